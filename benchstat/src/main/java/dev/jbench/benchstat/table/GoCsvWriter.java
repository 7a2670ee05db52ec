package dev.jbench.benchstat.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes records the way Go's {@code encoding/csv} writer does with its defaults (comma separator, {@code \n} line
 * ends), so that CSV output matches benchstat byte for byte: a field is quoted only if it contains {@code ,},
 * {@code "}, {@code \r} or {@code \n}, is exactly {@code \.}, or starts with a Go white-space rune; quotes inside
 * are doubled. A record holding one empty field is an empty line.
 */
final class GoCsvWriter {

    private final Appendable out;

    GoCsvWriter(Appendable out) {
        this.out = out;
    }

    /** Writes one record followed by {@code \n}. */
    void write(List<String> record) {
        try {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeField(record.get(i));
            }
            out.append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeField(String field) throws IOException {
        if (!needsQuotes(field)) {
            out.append(field);
            return;
        }
        out.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                out.append("\"\"");
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    static boolean needsQuotes(String field) {
        if (field.isEmpty()) {
            return false;
        }
        if (field.equals("\\.")) {
            return true;
        }
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\n' || c == '\r' || c == '"' || c == ',') {
                return true;
            }
        }
        return GoText.isSpace(field.codePointAt(0));
    }
}
