package dev.jbench.benchstat.v1;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code jbenchstat -v1 [options] old.txt [new.txt] [more.txt ...]}: classic benchstat (golang/perf before the
 * 2023 rewrite). One input prints a summary table per unit; two print old, new, delta and a significance note;
 * more print one column per file.
 *
 * <p>Exit status: 0 on success, 2 on a usage error (bad flag or value, no input), 1 when an input cannot be read.
 * Standard output gets the tables only when every input was read.
 */
public final class ClassicCommand {

    private ClassicCommand() {
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after {@code -v1} (a leading or embedded {@code -v1} is ignored)
     * @param out  receives the tables (UTF-8)
     * @param err  receives errors and the usage text
     * @param in   standard input (classic benchstat reads only named files, so it is unused)
     * @return the exit status: 0 ok, 1 unreadable input, 2 usage error
     */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
        return run(args, out, err, in, Path.of(""));
    }

    /**
     * Like {@link #run(String[], PrintStream, PrintStream, InputStream)}, resolving relative file names in
     * {@code workDir} (for in-process callers and tests); file names are still shown as given.
     *
     * @param workDir directory for relative input paths; {@code null} means the process's working directory
     */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in, Path workDir) {
        if (workDir == null) {
            workDir = Path.of("");
        }
        ClassicOptions options;
        try {
            options = ClassicFlags.parse(args);
        } catch (UsageException e) {
            err.print("jbenchstat: " + e.getMessage() + "\n" + ClassicFlags.USAGE);
            err.flush();
            return 2;
        } catch (ClassicFlags.HelpRequested e) {
            // Classic benchstat's usage function always exits with status 2, also for -h.
            err.print(ClassicFlags.USAGE);
            err.flush();
            return 2;
        }
        Collection collection = new Collection(options.splitBy());
        for (String file : options.files()) {
            Path path;
            try {
                path = workDir.resolve(file);
            } catch (InvalidPathException e) {
                err.print("jbenchstat: open " + file + ": invalid file name (" + e.getReason() + ")\n");
                err.flush();
                return 1;
            }
            try (InputStream stream = Files.newInputStream(path)) {
                collection.addFile(file, stream, err);
            } catch (IOException | UncheckedIOException e) {
                err.print("jbenchstat: " + describe(file, path, e) + "\n");
                err.flush();
                return 1;
            }
        }
        TableBuilder builder = new TableBuilder(options.deltaTest(), options.alpha(), options.geomean(),
                options.order().orElse(null));
        List<Table> tables = builder.build(collection);
        String text;
        if (options.html()) {
            text = HtmlFormat.format(tables);
        } else if (options.csv()) {
            text = CsvFormat.format(tables, options.noRange());
        } else {
            text = TextFormat.format(tables);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        out.flush();
        err.flush();
        return 0;
    }

    /** An I/O error in Go's words: {@code open x: no such file or directory}, {@code read x: is a directory}. */
    private static String describe(String file, Path path, Exception e) {
        if (e instanceof NoSuchFileException) {
            return "open " + file + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "open " + file + ": permission denied";
        }
        if (Files.isDirectory(path)) {
            return "read " + file + ": is a directory";
        }
        return "read " + file + ": " + e.getMessage();
    }
}
