package dev.jbench.harness.output;

import dev.jbench.benchstat.format.Config;
import dev.jbench.benchstat.format.Writer;
import dev.jbench.harness.run.BenchCase;
import dev.jbench.harness.run.Measurement;
import dev.jbench.harness.run.RunListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code go test -bench}'s text: header {@code key: value} lines before the first line, one line per measurement as
 * it ends, {@code --- FAIL: name} with the indented reason, then {@code PASS} / {@code ok  \tpkg\t1.234s} or
 * {@code FAIL} / {@code FAIL\tpkg\t1.234s}. Written through jbenchstat's {@link Writer} (Go-test config style) to
 * standard output (unless {@code -json} owns it) and to the {@code -o} file, which is republished atomically after
 * every line.
 */
public final class TextReport implements RunListener {

    private final Writer stdout;
    private final PrintWriter stdoutRaw;
    private final StringWriter fileBuffer = new StringWriter();
    private final Writer file;
    private final AtomicFile resultsFile;
    private final PrintWriter err;
    private final boolean benchmem;
    private List<Config> config = List.of();
    private String pkg = "";
    private int width;

    /**
     * @param out         standard output, or {@code null} when it carries JSON instead
     * @param resultsFile the {@code -o} file, or {@code null}
     * @param err         where notes go
     */
    public TextReport(PrintWriter out, AtomicFile resultsFile, PrintWriter err, boolean benchmem) {
        this.stdoutRaw = out;
        this.stdout = out == null ? null : new Writer(out, Writer.ConfigStyle.GO_TEST);
        this.resultsFile = resultsFile;
        this.file = resultsFile == null ? null : new Writer(fileBuffer, Writer.ConfigStyle.GO_TEST);
        this.err = err;
        this.benchmem = benchmem;
    }

    @Override
    public synchronized void start(Map<String, String> header, List<BenchCase> cases) {
        List<Config> c = new ArrayList<>();
        header.forEach((k, v) -> c.add(new Config(k, v, true)));
        config = List.copyOf(c);
        pkg = header.getOrDefault("pkg", "");
        width = cases.stream().mapToInt(x -> x.name().length()).max().orElse(0);
    }

    @Override
    public synchronized void result(Measurement m) {
        line(GoLine.format(m, width, benchmem));
    }

    @Override
    public synchronized void failure(BenchCase c, String message) {
        StringBuilder sb = new StringBuilder("--- FAIL: ").append(c.name());
        // Go indents a failure's message by 4 spaces and its continuation lines by 8.
        String indent = "\n    ";
        for (String l : message.split("\\R")) {
            sb.append(indent).append(l.strip());
            indent = "\n        ";
        }
        line(sb.toString());
    }

    @Override
    public synchronized void note(String message) {
        err.println("jbench: " + message);
        err.flush();
    }

    @Override
    public synchronized void end(Status status, Duration elapsed) {
        String secs = String.format(Locale.ROOT, "%.3fs", elapsed.toNanos() / 1e9);
        String text = switch (status) {
            case PASS -> "PASS\nok  \t" + pkg + "\t" + secs + "\n";
            case FAIL -> "FAIL\nFAIL\t" + pkg + "\t" + secs + "\n";
            case INTERRUPTED -> "signal: interrupt\nFAIL\t" + pkg + "\t" + secs + "\n";
        };
        try {
            if (stdout != null) {
                stdout.writeText(text);
                stdout.flush();
            }
            if (file != null) {
                file.writeText(text);
                publish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(String line) {
        try {
            if (stdout != null) {
                stdout.writeLine(config, line);
                stdout.flush();
                stdoutRaw.flush();
            }
            if (file != null) {
                file.writeLine(config, line);
                publish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publish() throws IOException {
        file.flush();
        String text = fileBuffer.toString();
        fileBuffer.getBuffer().setLength(0);
        resultsFile.append(text);
    }
}
