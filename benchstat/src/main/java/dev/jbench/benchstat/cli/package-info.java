/**
 * The {@code jbenchstat} command line: wires flags to the packages below it, as golang/perf's
 * {@code cmd/benchstat/main.go} does.
 *
 * <p>Pipeline of the default (benchstat v2) mode, in this order so that the same error wins as in benchstat:
 * <ol>
 *   <li>{@link dev.jbench.benchstat.cli.GoFlagSet} parses the flags with Go {@code flag} syntax and messages
 *       (options may also follow the inputs);</li>
 *   <li>the {@code -filter} query, then the {@code -table}, {@code -row}, {@code -col}, {@code -ignore}
 *       projections are parsed ({@code projection});</li>
 *   <li>{@code -alpha}, {@code -confidence}, {@code -format} are checked;</li>
 *   <li>the inputs ({@code format.Files}: paths, {@code label=path}, {@code -} for stdin; Go benchmark text or JMH
 *       JSON, detected per file) are streamed; syntax errors go to stderr as they come; results pass the filter
 *       into the table builder ({@code table});</li>
 *   <li>after all input, the tables are rendered as text, CSV, Markdown or JSON;</li>
 *   <li>with {@code -fail-on=regression}, {@link dev.jbench.benchstat.cli.RegressionGate} turns significant
 *       regressions into exit status 3.</li>
 * </ol>
 * {@code -v1} selects the classic benchstat instead ({@code dev.jbench.benchstat.v1}).
 *
 * <p>Exit status: 0 success; 1 an input could not be read; 2 usage error (unknown flag, bad value, query syntax);
 * 3 regression found by {@code -fail-on}. Only {@link dev.jbench.benchstat.cli.Main#main} calls
 * {@code System.exit}.
 */
package dev.jbench.benchstat.cli;
