package dev.jbench.benchstat.format;

/**
 * A benchmark name as written after {@code Benchmark}, e.g. {@code Sort/size=100-8}. Mirrors {@code benchfmt.Name}.
 *
 * @param full the whole name
 */
public record Name(String full) {

    @Override
    public String toString() {
        return full;
    }
}
