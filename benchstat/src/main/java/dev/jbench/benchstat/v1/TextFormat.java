package dev.jbench.benchstat.v1;

import java.util.ArrayList;
import java.util.List;

/**
 * Fixed-width text output. Column widths are shared by all tables (maximum code-point length of each column
 * over every header and data row; group rows do not count). The name column is left-aligned, cells
 * right-aligned, a trailing {@code (p=...)} note left-aligned; trailing empty cells are dropped; a blank line
 * separates tables.
 */
final class TextFormat {

    private TextFormat() {
    }

    static String format(List<Table> tables) {
        List<List<List<String>>> textTables = new ArrayList<>();
        for (Table t : tables) {
            textTables.add(toText(t));
        }
        List<Integer> max = new ArrayList<>();
        for (List<List<String>> table : textTables) {
            for (List<String> row : table) {
                if (row.size() == 1) {
                    continue; // group row
                }
                while (max.size() < row.size()) {
                    max.add(0);
                }
                for (int i = 0; i < row.size(); i++) {
                    max.set(i, Math.max(max.get(i), GoFormat.runeCount(row.get(i))));
                }
            }
        }
        StringBuilder w = new StringBuilder();
        for (int t = 0; t < textTables.size(); t++) {
            if (t > 0) {
                w.append('\n');
            }
            List<List<String>> table = textTables.get(t);
            List<String> header = table.get(0);
            for (int i = 0; i < header.size(); i++) {
                String s = header.get(i);
                if (i == 0) {
                    w.append(GoFormat.padRight(s, max.get(i)));
                } else if (i == header.size() - 1) {
                    w.append("  ").append(s).append('\n');
                } else {
                    w.append("  ").append(GoFormat.padRight(s, max.get(i)));
                }
            }
            for (List<String> row : table.subList(1, table.size())) {
                for (int i = 0; i < row.size(); i++) {
                    String s = row.get(i);
                    if (row.size() == 1) {
                        w.append(s);
                    } else if (i == 0) {
                        w.append(GoFormat.padRight(s, max.get(i)));
                    } else if (i == row.size() - 1 && s.startsWith("(")) {
                        w.append("  ").append(s); // left-align the p-value note
                    } else {
                        w.append("  ").append(GoFormat.padLeft(s, max.get(i)));
                    }
                }
                w.append('\n');
            }
        }
        return w.toString();
    }

    /** The table as rows of cells: header, then group rows (one cell) and data rows, trailing "" trimmed. */
    static List<List<String>> toText(Table t) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        switch (t.configs.size()) {
            case 1:
                header.add("name");
                header.add(t.metric);
                break;
            case 2:
                header.add("name");
                header.add("old " + t.metric);
                header.add("new " + t.metric);
                header.add("delta");
                break;
            default:
                header.add("name \\ " + t.metric);
                header.addAll(t.configs);
        }
        rows.add(header);
        String group = "";
        for (Row row : t.rows) {
            if (!row.group.equals(group)) {
                group = row.group;
                rows.add(new ArrayList<>(List.of(group)));
            }
            List<String> text = new ArrayList<>();
            text.add(row.benchmark);
            for (Metrics m : row.metrics) {
                text.add(m.format(row.scaler));
            }
            if (t.configs.size() == 2) {
                text.add(row.delta.equals("~") ? "~   " : row.delta);
                text.add(row.note);
            }
            rows.add(text);
        }
        rows.forEach(TextFormat::trim);
        return rows;
    }

    static void trim(List<String> cols) {
        while (!cols.isEmpty() && cols.get(cols.size() - 1).isEmpty()) {
            cols.remove(cols.size() - 1);
        }
    }
}
