/**
 * Filter and projection expressions over benchmark results, keys and their order: Go's {@code benchproc}.
 *
 * <p>The pipeline, as jbenchstat uses it:
 * <ol>
 * <li><b>Parse.</b> {@link dev.jbench.benchstat.projection.Filter#parse} compiles {@code -filter};
 * one {@link dev.jbench.benchstat.projection.ProjectionParser} parses {@code -table} (with
 * {@link dev.jbench.benchstat.projection.ProjectionParser#parseWithUnit unit}), {@code -row}, {@code -col} and
 * {@code -ignore}, so that keys named in one are excluded from {@code .config}/{@code .fullname} in the others;
 * fixed orders add constraints to the filter; {@code residue()} covers what nothing projected. Errors are
 * {@link dev.jbench.benchstat.projection.ExpressionSyntaxException}s that render as message, query and caret.</li>
 * <li><b>Filter.</b> {@link dev.jbench.benchstat.projection.Filter#match} gives a
 * {@link dev.jbench.benchstat.projection.Match} per result; {@code apply} keeps the matching measurements.</li>
 * <li><b>Project.</b> {@link dev.jbench.benchstat.projection.Projection#project} (or {@code projectValues}, one
 * key per measurement with its unit) extracts the fields into an interned
 * {@link dev.jbench.benchstat.projection.Key}: equal values give the same object, so keys group results in hash
 * maps. Projecting records the order in which each top-level field's values were first observed and grows
 * {@code .config} with new configuration keys.</li>
 * <li><b>Sort.</b> {@link dev.jbench.benchstat.projection.Keys#sort} orders keys field by field (flattened):
 * observation order by default, {@code @alpha}, {@code @num} or a fixed list; where a field's order cannot tell two
 * different values apart it falls back to byte-wise order. Sub-fields of {@code .config} have no observation
 * order, so tables sort by configuration values byte-wise, not in input order (as Go does).
 * {@link dev.jbench.benchstat.projection.KeyHeader} groups sorted keys for headers, and
 * {@link dev.jbench.benchstat.projection.Keys#nonSingularFields} names residue fields that vary.</li>
 * </ol>
 *
 * <h2>Keys</h2>
 * {@code .name} (base name, e.g. {@code Copy} of {@code Copy/size=4k-16}), {@code .fullname} (the whole name),
 * {@code /key} (a sub-name value, {@code 4k} for {@code /size}; {@code /gomaxprocs} also reads the {@code -16}
 * suffix), {@code .file} (the input's label), {@code .unit} (filters only: a measurement's unit, tidied or as
 * written), {@code .config} (projections only: all file configuration keys), anything else a configuration key
 * (missing = empty).
 *
 * <h2>Filter syntax</h2>
 * <pre>
 * expr    = andExpr {"OR" andExpr}
 * andExpr = match {"AND"? match}
 * match   = "(" expr ")" | "-" match | "*" | key ":" value | key ":" "(" value {"OR" value} ")"
 * value   = word | "/" regexp "/"
 * word    = bareWord | Go double-quoted string;  bareWord = [^-*"():@,][^ ():@,]*
 * </pre>
 * A literal matches exactly; a regexp (Go RE2 syntax, see {@code Re2}) matches anywhere in the value.
 *
 * <h2>Projection syntax</h2>
 * <pre>
 * expr = part {","? part}
 * part = key | key "@" order | key "@" "(" word {word} ")"       order = alpha | num
 * </pre>
 * A fixed order {@code key@(a b)} sorts by position in the list and filters out other values.
 */
package dev.jbench.benchstat.projection;
