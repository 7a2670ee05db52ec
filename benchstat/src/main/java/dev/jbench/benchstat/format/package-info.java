/**
 * The Go benchmark data format (https://go.googlesource.com/proposal/+/master/design/14313-benchmark-format.md):
 * a streaming reader that yields {@link dev.jbench.benchstat.format.Record}s, a writer, and multi-file input with
 * {@code label=path} arguments and {@code -} for standard input.
 */
package dev.jbench.benchstat.format;
