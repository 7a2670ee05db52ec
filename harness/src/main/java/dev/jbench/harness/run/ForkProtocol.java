package dev.jbench.harness.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The line protocol a fork speaks on its standard output (the benchmark's own {@code System.out} is redirected to
 * standard error, so only the fork main writes here). Every message is one line: {@value #MARK}, then fields
 * separated by tabs, each escaped so that tabs, newlines and backslashes survive. Lines without the mark (JVM
 * warnings printed to stdout) are not protocol and are passed on to stderr by the host.
 *
 * <p>Messages of a measuring fork: {@code ready} (booted, waiting for {@link HostLink#GO}), {@code iter},
 * {@code gate} (first measured iteration next, waiting for {@link HostLink#MEASURE}), {@code fail}, {@code done}; of a
 * listing fork: {@code bench}, {@code param}, {@code info}, {@code jvmarg}, {@code hint}, {@code done}. The host's
 * commands travel the other way, on the fork's standard input ({@link HostLink}).
 */
public final class ForkProtocol {

    /** Prefix of every protocol line. */
    public static final String MARK = "#jbench";

    private ForkProtocol() {
    }

    /** One protocol line from {@code fields}. */
    public static String encode(String... fields) {
        StringBuilder sb = new StringBuilder(MARK);
        for (String f : fields) {
            sb.append('\t');
            escapeInto(sb, f);
        }
        return sb.toString();
    }

    /** The fields of a protocol line, or {@code null} when {@code line} is not one. */
    public static List<String> decode(String line) {
        if (!line.startsWith(MARK + "\t") && !line.equals(MARK)) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = MARK.length() + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                cur.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }

    private static void escapeInto(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
    }
}
