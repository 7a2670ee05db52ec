/**
 * Comparison tables (Go's {@code cmd/benchstat/internal/benchtab} and {@code texttab}): collects benchmark results
 * into cells, summarizes and compares them, and renders the result as text, CSV, Markdown or JSON.
 *
 * <h2>Pipeline</h2>
 * <ol>
 *   <li>{@code Builder} is created with the four projections the CLI parsed: table (must end with {@code .unit}),
 *       row, column and residue, plus the {@code -filter}.</li>
 *   <li>Every {@link dev.jbench.benchstat.format.Record} read is passed to {@code Builder.add}: results that pass
 *       the filter have each measurement added to the cell (table key incl. unit, row key, column key); unit
 *       metadata ({@code Unit sec/op assume=exact better=lower}) is remembered; syntax errors are ignored (the CLI
 *       prints them as it reads).</li>
 *   <li>{@code Builder.toTables(confidence, thresholds)} sorts tables, rows and columns, summarizes every cell
 *       (median and confidence interval, or the exact assumption), compares it with the baseline cell of its row
 *       (column 0), computes the geomean row and collects the warnings ("benchmarks vary in …" when a cell mixes
 *       residue keys, "need >= 6 samples …", …). The result is an immutable {@link dev.jbench.benchstat.table.Tables}
 *       model.</li>
 *   <li>An {@link dev.jbench.benchstat.table.OutputFormat} renders it: {@link dev.jbench.benchstat.table.TextRenderer}
 *       (benchstat's {@code │} layout, byte for byte), {@link dev.jbench.benchstat.table.CsvRenderer} (benchstat's
 *       CSV, warnings on a second stream with cell references), {@link dev.jbench.benchstat.table.MarkdownRenderer}
 *       (for pull-request comments) and {@link dev.jbench.benchstat.table.JsonRenderer} (for tools).</li>
 * </ol>
 *
 * <h2>Typical use (what {@code jbenchstat} does)</h2>
 * <pre>{@code
 * Builder builder = new Builder(tableBy, rowBy, colBy, residue, filter);
 * for (Record r : records) { builder.add(r); }
 * Tables tables = builder.toTables(0.95, Thresholds.withDefaults());
 * OutputFormat.TEXT.render(tables, out, err);
 * // regression gate:
 * for (Table t : tables.tables()) for (Row r : t.rows()) for (Optional<Cell> c : r.cells())
 *     c.flatMap(Cell::comparison).filter(cmp -> cmp.isRegression(5.0)).ifPresent(...);
 * }</pre>
 *
 * <p>Which way a unit improves is decided in one place, {@link dev.jbench.benchstat.table.Direction}. All output is
 * locale-independent; numbers are formatted as Go formats them.
 */
package dev.jbench.benchstat.table;
