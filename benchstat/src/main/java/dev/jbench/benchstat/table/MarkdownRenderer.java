package dev.jbench.benchstat.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders {@link Tables} as GitHub-flavoured Markdown that a CI job can post on a pull request. Same content as the
 * text output: changed table-key fields as a bullet list, then per table one GFM table whose header names each
 * column and its unit, cells {@code center ± range} and {@code delta (p=… n=…)} with the same superscript footnote
 * markers, a {@code geomean} row (only for tables with more than one row), and the footnotes as a list.
 *
 * <p>Example:
 * <pre>
 * - goos: linux
 *
 * | | old.txt<br>sec/op | new.txt<br>sec/op | vs base |
 * | :-- | --: | --: | --: |
 * | Encode | 1.718µ ± 1% | 1.423µ ± 1% | -17.20% (p=0.000 n=10) |
 * </pre>
 * Text from the input (names, config values, units) is escaped so that it renders literally.
 */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    /** Writes all tables to {@code out}. */
    public static void write(Tables tables, Appendable out) {
        try {
            List<Table> list = tables.tables();
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append('\n');
                }
                List<KeyField> changed = TextRenderer.changedKeyFields(list, i);
                for (KeyField f : changed) {
                    out.append("- ").append(escape(f.name())).append(':');
                    if (!f.value().isEmpty()) {
                        out.append(' ').append(escape(f.value()));
                    }
                    out.append('\n');
                }
                if (!changed.isEmpty()) {
                    out.append('\n');
                }
                writeTable(list.get(i), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTable(Table t, Appendable out) throws IOException {
        Footnotes notes = new Footnotes();
        int n = t.columns().size();

        List<String> header = new ArrayList<>();
        List<String> align = new ArrayList<>();
        header.add("");
        align.add(":--");
        for (int i = 0; i < n; i++) {
            String label = t.columns().get(i).label();
            header.add(label.isEmpty() ? escape(t.unit()) : escape(label) + "<br>" + escape(t.unit()));
            align.add("--:");
            if (i > 0) {
                header.add("vs base");
                align.add("--:");
            }
        }
        line(out, header);
        line(out, align);

        for (Row row : t.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(escape(row.label()));
            for (int i = 0; i < n; i++) {
                Optional<Cell> maybe = row.cell(i);
                String center = "";
                String delta = "";
                if (maybe.isPresent()) {
                    Cell c = maybe.get();
                    center = withMarkers(escape(c.centerText()) + " ± " + escape(c.rangeText()),
                            notes.markers(c.warnings()));
                    if (c.comparison().isPresent()) {
                        BaselineComparison cmp = c.comparison().get();
                        delta = withMarkers(cmp.deltaText() + " (" + cmp.pnText() + ")",
                                notes.markers(cmp.warnings()));
                    }
                }
                cells.add(center);
                if (i > 0) {
                    cells.add(delta);
                }
            }
            line(out, cells);
        }

        if (t.showsGeomean()) {
            List<String> cells = new ArrayList<>();
            cells.add(Table.GEOMEAN_LABEL);
            for (int i = 0; i < n; i++) {
                Geomean g = t.geomeans().get(i);
                String value = g.value().isPresent() ? escape(g.valueText()) : "";
                if (i == 0) {
                    // As in the text output, a column's geomean footnotes follow its last part.
                    cells.add(withMarkers(value, notes.markers(g.warnings())));
                } else {
                    cells.add(value);
                    String delta = g.ratio().isPresent() ? g.deltaText() : "?";
                    cells.add(withMarkers(delta, notes.markers(g.warnings())));
                }
            }
            line(out, cells);
        }

        List<String> messages = notes.messages();
        if (!messages.isEmpty()) {
            out.append('\n');
            for (int i = 0; i < messages.size(); i++) {
                out.append("- ").append(Superscript.of(i + 1)).append(' ').append(escape(messages.get(i)))
                        .append('\n');
            }
        }
    }

    private static String withMarkers(String text, String markers) {
        if (markers.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? markers : text + " " + markers;
    }

    private static void line(Appendable out, List<String> cells) throws IOException {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(c).append(" |");
        }
        out.append('\n');
    }

    /**
     * Backslash-escapes the ASCII punctuation that means something inside a GFM table cell ({@code |}, emphasis,
     * code, links, HTML tags, strikethrough, entities), so text from the input renders literally. Our own delta and
     * p-value strings ({@code ~ (p=0.446 n=10)}) are safe as they are: one {@code ~} never strikes through.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<|~&".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
