package dev.jbench.benchstat.format;

/**
 * One item read from a Go benchmark data stream: a benchmark {@link Result}, a {@link UnitMetadata}
 * line, or a non-fatal {@link SyntaxError}. Mirrors {@code benchfmt.Record}.
 */
public sealed interface Record permits Result, UnitMetadata, SyntaxError {
}
