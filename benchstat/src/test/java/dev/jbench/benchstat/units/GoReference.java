package dev.jbench.benchstat.units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reference tables produced by Go 1.19 ({@code src/test/resources/units/gen_go_floats.go.txt} says how): each row
 * is tab-separated, lines starting with '#' are headers.
 */
final class GoReference {
    private GoReference() {
    }

    static List<String[]> rows(String resource) {
        try (InputStream in = GoReference.class.getResourceAsStream("/units/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /units/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Undoes Go's strconv.Quote for the printable inputs the generator uses. */
    static String unquote(String q) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < q.length() - 1; i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                char n = q.charAt(++i);
                sb.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
