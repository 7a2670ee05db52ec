package dev.jbench.benchstat.table;

import dev.jbench.benchstat.table.TextGrid.Align;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Renders {@link Tables} as benchstat's text output: table-key header lines, a {@code │}-ruled grid per table with
 * {@code vs base} columns and a geomean row, and numbered footnotes (numbering restarts in every table; identical
 * messages share a number).
 */
public final class TextRenderer {

    // Each logical column is <center> <± range> <footnotes>; non-baseline ones add <delta> <(p n)> <footnotes>.
    private static final int CENTER_COLS = 3;
    private static final int DELTA_COLS = 3;

    private TextRenderer() {
    }

    /** Writes all tables to {@code out}. */
    public static void write(Tables tables, Appendable out) {
        try {
            List<Table> list = tables.tables();
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append('\n');
                }
                for (KeyField line : changedKeyFields(list, i)) {
                    out.append(line.toString()).append('\n');
                }
                writeTable(list.get(i), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key fields of table {@code i} to print above it: all for the first table, else those that changed. */
    static List<KeyField> changedKeyFields(List<Table> tables, int i) {
        List<KeyField> key = tables.get(i).key();
        if (i == 0) {
            return key;
        }
        List<KeyField> prev = tables.get(i - 1).key();
        return key.stream()
                .filter(f -> prev.stream().noneMatch(p -> p.name().equals(f.name()) && p.value().equals(f.value())))
                .toList();
    }

    static int startCol(int column) {
        return column == 0 ? 1 : 1 + CENTER_COLS + (column - 1) * (CENTER_COLS + DELTA_COLS);
    }

    private static void writeTable(Table t, Appendable out) throws IOException {
        TextGrid grid = new TextGrid();
        Footnotes notes = new Footnotes();
        int rightEdge = startCol(t.columns().size() + 1);

        for (List<ColumnHeader.Node> level : ColumnHeader.levels(t.columns())) {
            grid.row();
            for (ColumnHeader.Node node : level) {
                int l = startCol(node.start());
                int r = startCol(node.start() + node.length());
                // A rule on the left of every header span delimits the columns it covers.
                grid.col(l).span(r - l, node.value(), Align.CENTER, " │ ");
            }
            grid.col(rightEdge).cell("", Align.LEFT, " │");
        }

        grid.row();
        for (int i = 0; i < t.columns().size(); i++) {
            int l = startCol(i);
            grid.col(l).span(CENTER_COLS, t.unit(), Align.CENTER, " │ ");
            if (i > 0) {
                grid.span(DELTA_COLS, "vs base", Align.LEFT, "  ");
            }
            // Interior columns of a group keep their natural width; only its outer columns stretch.
            for (int j = l + 1; j < grid.curCol(); j++) {
                grid.setShrink(j, true);
            }
        }
        grid.col(rightEdge).cell("", Align.LEFT, " │");

        for (Row row : t.rows()) {
            grid.row().cell(row.label());
            for (int i = 0; i < t.columns().size(); i++) {
                Optional<Cell> maybe = row.cell(i);
                if (maybe.isEmpty()) {
                    continue;
                }
                Cell cell = maybe.get();
                grid.col(startCol(i)).cell(cell.centerText(), Align.RIGHT);
                // The ± lives in the margin so that ±s line up and the range can be right-aligned.
                grid.cell(cell.rangeText(), Align.RIGHT, " ± ");
                grid.cell(notes.markers(cell.warnings()));
                if (i > 0 && cell.comparison().isPresent()) {
                    BaselineComparison c = cell.comparison().get();
                    grid.cell(c.deltaText(), Align.RIGHT);
                    grid.cell("(" + c.pnText() + ")");
                    grid.cell(notes.markers(c.warnings()));
                }
            }
        }

        if (t.showsGeomean()) {
            grid.row().cell(Table.GEOMEAN_LABEL);
            for (int i = 0; i < t.columns().size(); i++) {
                Geomean g = t.geomeans().get(i);
                if (g.value().isPresent()) {
                    grid.col(startCol(i)).cell(g.valueText(), Align.RIGHT);
                }
                if (i > 0) {
                    grid.col(startCol(i) + CENTER_COLS);
                    if (g.ratio().isPresent()) {
                        grid.cell(g.deltaText(), Align.RIGHT);
                    } else {
                        grid.cell("?");
                    }
                }
                grid.col(startCol(i + 1) - 1).cell(notes.markers(g.warnings()));
            }
        }

        grid.format(out);
        for (int i = 0; i < notes.messages().size(); i++) {
            out.append(Superscript.of(i + 1)).append(' ').append(notes.messages().get(i)).append('\n');
        }
    }
}
