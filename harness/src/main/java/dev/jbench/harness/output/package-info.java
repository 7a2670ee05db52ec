/**
 * What a run prints: {@code go test -bench}'s text through jbenchstat's {@code format.Writer} (so the harness and
 * jbenchstat share one serializer), JSON events for {@code -json}, the {@code -o} results file (rewritten atomically
 * after every line, so an interrupted run keeps everything measured), and the live progress line on a terminal.
 *
 * <p>{@link dev.jbench.harness.output.GoLine} owns Go's column layout ({@code %-*s\t%8d\t} then the "pretty" number
 * widths of {@code testing.BenchmarkResult.String}); numbers go through jbenchstat's {@code GoFloats}, which rounds
 * half-to-even on the exact value, as Go's {@code strconv} does.
 */
package dev.jbench.harness.output;
