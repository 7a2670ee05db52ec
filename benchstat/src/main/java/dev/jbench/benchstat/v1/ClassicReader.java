package dev.jbench.benchstat.v1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads benchmark lines the way classic benchstat's {@code storage/benchfmt} reader does.
 *
 * <p>Lines end at {@code \n} with one trailing {@code \r} removed; unlike Go there is no 64 KiB line limit
 * (a deliberate difference). Configuration lines {@code key: value} update the labels of the following results
 * (an empty value deletes the key). The reader's "permanent header labels" quirk is kept: a blank line makes the
 * labels set so far permanent (later lines cannot change them) and any other non-configuration line makes the
 * permanent set empty, but only until the first benchmark line of each {@link #next()} call, which empties it
 * again.
 */
final class ClassicReader {

    private final InputStream in;
    private Map<String, String> labels = new HashMap<>();
    private Map<String, String> permLabels;
    private int lineNum;
    private boolean eof;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private String lastName;
    private Map<String, String> lastNameLabels;
    private Map<String, String> lastLabels;

    ClassicReader(InputStream in) {
        this.in = in;
    }

    /** A benchmark line with the labels in force where it was read. */
    record Line(Map<String, String> labels, Map<String, String> nameLabels, int lineNum, String content) {
    }

    /** The next benchmark line, or {@code null} at the end of the input. */
    Line next() throws IOException {
        boolean havePerm = permLabels != null;
        String line;
        while ((line = readLine()) != null) {
            lineNum++;
            String[] kv = parseKeyValueLine(line);
            if (kv != null) {
                if (permLabels != null && permLabels.containsKey(kv[0])) {
                    continue;
                }
                if (kv[1].isEmpty()) {
                    labels.remove(kv[0]);
                } else {
                    labels.put(kv[0], kv[1]);
                }
                continue;
            }
            if (!havePerm) {
                permLabels = line.isEmpty() ? new HashMap<>(labels) : new HashMap<>();
            }
            String fullName = parseBenchmarkLine(line);
            if (fullName != null) {
                if (!fullName.equals(lastName)) {
                    // Repeated runs of one benchmark share the parsed name (as Go's reader caches it).
                    lastName = fullName;
                    lastNameLabels = Map.copyOf(parseNameLabels(fullName));
                }
                if (!labels.equals(lastLabels)) {
                    lastLabels = Map.copyOf(labels);
                }
                return new Line(lastLabels, lastNameLabels, lineNum, line);
            }
        }
        return null;
    }

    /** {@code [key, value]} of a configuration line, or {@code null} if the line is not one. */
    static String[] parseKeyValueLine(String line) {
        String key = null;
        String val = null;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            if (i == 0 && !GoText.isLower(c)) {
                return null;
            }
            if (GoText.isSpace(c) || GoText.isUpper(c)) {
                return null;
            }
            if (i > 0 && c == ':') {
                key = line.substring(0, i);
                val = line.substring(i + 1);
                break;
            }
            i += Character.charCount(c);
        }
        if (key == null) {
            return null;
        }
        if (val.isEmpty()) {
            return new String[] {key, ""};
        }
        int start = 0;
        while (start < val.length() && (val.charAt(start) == ' ' || val.charAt(start) == '\t')) {
            start++;
        }
        return start == 0 ? null : new String[] {key, val.substring(start)};
    }

    /** The name after {@code Benchmark} if the line's first space-delimited word starts with it, else null. */
    static String parseBenchmarkLine(String line) {
        int space = GoText.indexOfSpace(line);
        if (space < 0) {
            return null;
        }
        String name = line.substring(0, space);
        return name.startsWith("Benchmark") ? name.substring("Benchmark".length()) : null;
    }

    /**
     * The labels a benchmark name implies: {@code gomaxprocs} from a {@code -N} suffix, {@code name} (the part
     * before the first {@code /}), {@code key=value} sub-benchmark parts, and positional parts as
     * {@code sub1}, {@code sub2}, ...
     */
    static Map<String, String> parseNameLabels(String name) {
        Map<String, String> out = new HashMap<>();
        int dash = name.lastIndexOf('-');
        if (dash >= 0 && GoText.isGoInt(name.substring(dash + 1))) {
            out.put("gomaxprocs", name.substring(dash + 1));
            name = name.substring(0, dash);
        }
        String[] parts = name.split("/", -1);
        out.put("name", parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String sub = parts[i];
            int eq = sub.indexOf('=');
            if (eq >= 0) {
                out.put(sub.substring(0, eq), sub.substring(eq + 1));
            } else {
                out.put("sub" + i, sub);
            }
        }
        return out;
    }

    private String readLine() throws IOException {
        if (eof) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            if (pos == limit) {
                limit = in.read(buf);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    eof = true;
                    return line.size() == 0 ? null : decode(line);
                }
            }
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            line.write(buf, start, pos - start);
            if (pos < limit) {
                pos++; // the newline
                return decode(line);
            }
        }
    }

    private static String decode(ByteArrayOutputStream buf) {
        byte[] bytes = buf.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') {
            len--;
        }
        return new String(bytes, 0, len, StandardCharsets.UTF_8);
    }
}
