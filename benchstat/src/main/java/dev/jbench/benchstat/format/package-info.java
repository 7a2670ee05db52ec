/**
 * The Go benchmark data format (https://go.googlesource.com/proposal/+/master/design/14313-benchmark-format.md),
 * mirroring golang/perf's {@code benchfmt}.
 *
 * <p>Reading, step by step:
 * <ol>
 *   <li>{@link dev.jbench.benchstat.format.Files} turns command-line arguments into inputs ({@code label=path},
 *       {@code -} for standard input, {@code path#N} for repeated paths, optional JMH JSON detection) and opens them
 *       lazily, one after the other, giving each result the internal configuration key {@code .file}.</li>
 *   <li>{@link dev.jbench.benchstat.format.Reader} splits an input into lines (LF or CRLF, any length) and classifies
 *       each: benchmark line, {@code Unit} metadata line, {@code key: value} configuration line, or ignored.</li>
 *   <li>It yields a stream of {@link dev.jbench.benchstat.format.Record}s: a
 *       {@link dev.jbench.benchstat.format.Result} per benchmark line (values tidied by
 *       {@link dev.jbench.benchstat.format.Value#of}), a {@link dev.jbench.benchstat.format.UnitMetadata} per new
 *       {@code key=value} of a unit, and a non-fatal {@link dev.jbench.benchstat.format.SyntaxError}
 *       ({@code file:line: msg}) per malformed line. I/O failures are {@link java.io.IOException}s.</li>
 * </ol>
 * {@link dev.jbench.benchstat.format.Writer} writes results back in the same format (byte for byte for
 * Go-written input), and lets the jbench harness write its {@code go test}-style lines through the same code.
 *
 * <p>Deliberate differences from Go: no 64 KiB line limit; a NaN measurement is a SyntaxError and is dropped
 * (benchstat hangs on it). Note that {@code Record} shares its simple name with {@link java.lang.Record}: import
 * {@code dev.jbench.benchstat.format.Record} explicitly rather than with a wildcard.
 *
 * <p>Depends on {@code units} only.
 */
package dev.jbench.benchstat.format;
