package dev.jbench.benchstat.table;

import dev.jbench.benchstat.units.GoFloats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders {@link Tables} as benchstat's CSV: raw values printed like Go's {@code %v} so a spreadsheet gets full
 * precision, and warnings written to a separate stream as {@code <cell>: <message>} (e.g. {@code B6: benchmarks
 * vary in .fullname}) so they don't break the CSV.
 *
 * <p>Column-header and geomean rows are padded with empty fields to the table's full width (benchstat after
 * golang/go#67760); data rows end after their last present cell, exactly as benchstat writes them.
 */
public final class CsvRenderer {

    // Each logical column is <center> <CI>; non-baseline ones add <vs base> <P>.
    private static final int CENTER_COLS = 2;
    private static final int DELTA_COLS = 2;

    private final GoCsvWriter csv;
    private final Appendable warnings;
    private final List<String> record = new ArrayList<>();
    private int line = 1; // 1-based number of the next CSV line, for warning cell references

    private CsvRenderer(Appendable out, Appendable warnings) {
        this.csv = new GoCsvWriter(out);
        this.warnings = warnings;
    }

    /** Writes all tables to {@code out} and their warnings to {@code warnings} (usually standard error). */
    public static void write(Tables tables, Appendable out, Appendable warnings) {
        CsvRenderer r = new CsvRenderer(out, warnings);
        List<Table> list = tables.tables();
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                r.emitSingle("");
            }
            for (KeyField f : TextRenderer.changedKeyFields(list, i)) {
                r.emitSingle(f.toString());
            }
            r.writeTable(list.get(i));
        }
    }

    static int startCol(int column) {
        return column == 0 ? 1 : 1 + CENTER_COLS + (column - 1) * (CENTER_COLS + DELTA_COLS);
    }

    private void writeTable(Table t) {
        int n = t.columns().size();
        for (int f = 0; f < t.columnFields().size(); f++) {
            for (int i = 0; i < n; i++) {
                padTo(startCol(i));
                record.add(t.columns().get(i).values().get(f));
            }
            padTo(startCol(n));
            emit();
        }

        for (int i = 0; i < n; i++) {
            padTo(startCol(i));
            record.add(t.unit());
            record.add("CI");
            if (i > 0) {
                record.add("vs base");
                record.add("P");
            }
        }
        emit();

        for (Row row : t.rows()) {
            record.add(row.label());
            for (int i = 0; i < n; i++) {
                Optional<Cell> maybe = row.cell(i);
                if (maybe.isEmpty()) {
                    continue;
                }
                Cell cell = maybe.get();
                padTo(startCol(i));
                warn(cell.warnings());
                record.add(GoFloats.formatShortest(cell.center()));
                record.add(cell.rangeText());
                if (i > 0 && cell.comparison().isPresent()) {
                    BaselineComparison c = cell.comparison().get();
                    warn(c.warnings());
                    record.add(c.deltaText());
                    record.add(c.pnText());
                }
            }
            emit();
        }

        record.add(Table.GEOMEAN_LABEL);
        for (int i = 0; i < n; i++) {
            Geomean g = t.geomeans().get(i);
            padTo(startCol(i));
            warn(g.warnings());
            if (g.value().isPresent()) {
                record.add(GoFloats.formatShortest(g.value().getAsDouble()));
            }
            if (i > 0) {
                padTo(startCol(i) + CENTER_COLS);
                record.add(g.ratio().isPresent() ? g.deltaText() : "?");
            }
        }
        padTo(startCol(n));
        emit();
    }

    private void padTo(int width) {
        while (record.size() < width) {
            record.add("");
        }
    }

    private void emit() {
        csv.write(record);
        record.clear();
        line++;
    }

    private void emitSingle(String field) {
        record.add(field);
        emit();
    }

    /** Reports {@code messages} against the cell about to be written (the next field of the current record). */
    private void warn(List<String> messages) {
        String ref = cellName(record.size()) + line;
        try {
            for (String m : messages) {
                warnings.append(ref).append(": ").append(m).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * benchstat's spreadsheet-like column name of 0-based field {@code x}: base-26 digits {@code A..Z}, most
     * significant first ({@code 0 → A}, {@code 1 → B}, {@code 26 → BA}); not quite a spreadsheet's {@code AA}.
     */
    static String cellName(int x) {
        if (x == 0) {
            return "A";
        }
        StringBuilder sb = new StringBuilder();
        for (int v = x; v > 0; v /= 26) {
            sb.append((char) ('A' + v % 26));
        }
        return sb.reverse().toString();
    }
}
