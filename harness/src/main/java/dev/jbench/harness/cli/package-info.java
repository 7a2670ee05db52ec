/**
 * The {@code jbench} command: Go's {@code go test -bench} flags (single or double dash, {@code -flag=value} or
 * {@code -flag value}) parsed with picocli into {@link dev.jbench.harness.options.RunOptions}, then discovery, the
 * run and the output wired together. {@link dev.jbench.harness.cli.Main} is the only class that calls
 * {@code System.exit}: 0 ok, 1 a benchmark failed or the run could not start, 2 usage error.
 */
package dev.jbench.harness.cli;
