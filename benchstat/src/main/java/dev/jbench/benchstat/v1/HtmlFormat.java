package dev.jbench.benchstat.v1;

import java.util.ArrayList;
import java.util.List;

/**
 * HTML output ({@code -html}): a stand-alone page with one {@code <table>} holding a {@code <tbody>} per unit,
 * laid out byte for byte as classic benchstat's template renders it. Text is escaped as Go's safehtml does
 * ({@code & < > ' "}, control and non-characters become U+FFFD); deltas use U+2212 for the minus sign.
 */
final class HtmlFormat {

    private static final String HEADER = "<!doctype html>\n"
            + "<html>\n"
            + "<head>\n"
            + "<meta charset=\"utf-8\">\n"
            + "<title>Performance Result Comparison</title>\n"
            + "<style>\n"
            + ".benchstat { border-collapse: collapse; }\n"
            + ".benchstat th:nth-child(1) { text-align: left; }\n"
            + ".benchstat tbody td:nth-child(1n+2):not(.note) { text-align: right; padding: 0em 1em; }\n"
            + ".benchstat tr:not(.configs) th { border-top: 1px solid #666; border-bottom: 1px solid #ccc; }\n"
            + ".benchstat .nodelta { text-align: center !important; }\n"
            + ".benchstat .better td.delta { font-weight: bold; }\n"
            + ".benchstat .worse td.delta { font-weight: bold; color: #c00; }\n"
            + "</style>\n"
            + "</head>\n"
            + "<body>\n";

    private static final String FOOTER = "</body>\n</html>\n";

    private HtmlFormat() {
    }

    static String format(List<Table> tables) {
        StringBuilder w = new StringBuilder(HEADER);
        if (!tables.isEmpty()) {
            Table first = tables.get(0);
            w.append("\n<table class='benchstat ").append(first.oldNewDelta() ? "oldnew" : "").append("'>\n");
            if (first.configs.size() != 1) {
                w.append("<tr class='configs'><th>");
                for (String config : first.configs) {
                    w.append("<th>").append(escape(config));
                }
                w.append('\n');
            }
            w.append('\n');
            for (Table t : tables) {
                appendTable(w, t);
            }
            w.append("\n</table>\n");
        }
        return w.append(FOOTER).toString();
    }

    private static void appendTable(StringBuilder w, Table t) {
        w.append("\n<tbody>\n");
        if (t.configs.size() == 1) {
            w.append("\n<tr><th><th>").append(escape(t.metric)).append('\n');
        } else {
            w.append("<tr><th><th colspan='").append(t.configs.size()).append("' class='metric'>")
                    .append(escape(t.metric));
            if (t.oldNewDelta()) {
                w.append("<th>delta");
            }
            w.append('\n');
        }
        for (List<Row> group : groupRuns(t.rows)) {
            String name = group.get(0).group;
            if (!name.isEmpty()) { // rows carry a group only when there are several
                int colspan = t.configs.size() + (t.oldNewDelta() ? 1 : 0) + 1;
                w.append("<tr class='group'><th colspan='").append(colspan).append("'>").append(escape(name));
            }
            for (Row row : group) {
                if (t.oldNewDelta()) {
                    String cls = row.change == Row.Change.BETTER ? "better"
                            : row.change == Row.Change.WORSE ? "worse" : "unchanged";
                    w.append("<tr class='").append(cls).append("'>");
                } else {
                    w.append("<tr>");
                }
                w.append("<td>").append(escape(row.benchmark));
                for (Metrics m : row.metrics) {
                    w.append("<td>").append(escape(m.format(row.scaler)));
                }
                if (t.oldNewDelta()) {
                    w.append("<td class='").append(row.delta.equals("~") ? "nodelta" : "delta").append("'>")
                            .append(escape(row.delta.replace("-", "\u2212")))
                            .append("<td class='note'>").append(escape(row.note));
                }
                w.append('\n');
            }
        }
        w.append("<tr><td>&nbsp;\n</tbody>\n");
    }

    /** Consecutive rows with the same group. */
    private static List<List<Row>> groupRuns(List<Row> rows) {
        List<List<Row>> out = new ArrayList<>();
        String group = "";
        List<Row> cur = new ArrayList<>();
        for (Row r : rows) {
            if (!r.group.equals(group)) {
                group = r.group;
                if (!cur.isEmpty()) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
            }
            cur.add(r);
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** safehtml's HTMLEscaped: coerce to interchange-valid UTF-8, then Go's html.EscapeString. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                case '"':
                    out.append("&#34;");
                    break;
                default:
                    out.appendCodePoint(isControlOrNonCharacter(c) ? 0xFFFD : c);
            }
        });
        return out.toString();
    }

    private static boolean isControlOrNonCharacter(int c) {
        boolean control = c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1F) || (c >= 0x7F && c <= 0x9F);
        boolean nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
        return control || nonCharacter;
    }
}
