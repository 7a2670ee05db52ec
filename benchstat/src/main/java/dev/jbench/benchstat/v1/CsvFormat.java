package dev.jbench.benchstat.v1;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV output ({@code -csv}): means as {@code %.5E}, a {@code ±} range column after each mean unless
 * {@code -norange}, the unit in the header, group rows as single fields, a blank line between tables. Fields are
 * quoted exactly as Go's {@code encoding/csv} does.
 */
final class CsvFormat {

    private CsvFormat() {
    }

    static String format(List<Table> tables, boolean noRange) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) {
                w.append('\n');
            }
            for (List<String> row : toCsv(tables.get(i), noRange)) {
                writeRecord(w, row);
            }
        }
        return w.toString();
    }

    static List<List<String>> toCsv(Table t, boolean noRange) {
        List<List<String>> rows = new ArrayList<>();
        // The unit comes from the first row's first cell, even when that cell is missing (then "()").
        String units = "";
        if (!t.rows.isEmpty() && !t.rows.get(0).metrics.isEmpty()) {
            units = " (" + t.rows.get(0).metrics.get(0).unit() + ")";
        }
        switch (t.configs.size()) {
            case 1:
                rows.add(withRanges(noRange, "name", List.of(t.metric + units)));
                break;
            case 2:
                rows.add(withRanges(noRange, "name",
                        List.of("old " + t.metric + units, "new " + t.metric + units, "delta")));
                break;
            default:
                rows.add(withRanges(noRange, "name \\ " + t.metric + units, trimCommonPathPrefix(t.configs)));
        }
        String group = "";
        for (Row row : t.rows) {
            if (!row.group.equals(group)) {
                group = row.group;
                rows.add(new ArrayList<>(List.of(group)));
            }
            List<String> text = new ArrayList<>();
            text.add(row.benchmark);
            for (Metrics m : row.metrics) {
                boolean missing = m.unit().isEmpty();
                text.add(missing ? "" : GoFormat.scientific(m.mean(), 5));
                if (!noRange) {
                    text.add(missing ? "" : m.formatDiff());
                }
            }
            if (t.configs.size() == 2) {
                text.add(row.delta);
                text.add(row.note);
            }
            rows.add(text);
        }
        rows.forEach(TextFormat::trim);
        return rows;
    }

    /** {@code label}, then each column followed by a {@code ±} column unless {@code noRange}. */
    private static List<String> withRanges(boolean noRange, String label, List<String> cols) {
        List<String> out = new ArrayList<>();
        out.add(label);
        for (String s : cols) {
            out.add(s);
            if (!noRange) {
                out.add("±");
            }
        }
        return out;
    }

    /**
     * Removes the longest common prefix ending in {@code /} from the non-empty names, if there are at least two
     * of them ({@code ./old.txt ./new.txt} → {@code old.txt new.txt}).
     */
    static List<String> trimCommonPathPrefix(List<String> ss) {
        byte[] prefix = null;
        int prefixLen = -1;
        boolean several = false;
        for (String s : ss) {
            if (s.isEmpty()) {
                continue;
            }
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (prefix == null) {
                prefix = b;
                prefixLen = b.length;
                continue;
            }
            several = true;
            prefixLen = Math.min(prefixLen, b.length);
            for (int j = 0; j < prefixLen; j++) {
                if (prefix[j] != b[j]) {
                    prefixLen = j;
                    break;
                }
            }
        }
        if (!several || prefixLen == 0) {
            return ss;
        }
        int cut = -1;
        for (int j = prefixLen - 1; j >= 0; j--) {
            if (prefix[j] == '/') {
                cut = j + 1;
                break;
            }
        }
        if (cut <= 0) {
            return ss;
        }
        List<String> out = new ArrayList<>();
        for (String s : ss) {
            if (s.isEmpty()) {
                out.add("");
            } else {
                byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.add(new String(b, cut, b.length - cut, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** One record as Go's {@code csv.Writer} writes it (comma-separated, {@code \n}-terminated). */
    private static void writeRecord(StringBuilder w, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.append(',');
            }
            String f = fields.get(i);
            if (!needsQuotes(f)) {
                w.append(f);
                continue;
            }
            w.append('"');
            for (int j = 0; j < f.length(); j++) {
                char c = f.charAt(j);
                if (c == '"') {
                    w.append("\"\"");
                } else {
                    w.append(c);
                }
            }
            w.append('"');
        }
        w.append('\n');
    }

    private static boolean needsQuotes(String f) {
        if (f.isEmpty()) {
            return false;
        }
        if (f.equals("\\.")) {
            return true;
        }
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '"' || c == ',' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return GoText.isSpace(f.codePointAt(0));
    }
}
