package dev.jbench.benchstat.projection;

import java.util.List;

/**
 * One parsed element of a projection expression ({@code parse.Field}): a key and how to order its values.
 *
 * @param key         the key, e.g. {@code .fullname}, {@code /size}, {@code goos}
 * @param order       {@code first} (observation order), {@code fixed} (the {@code fixed} list) or a named order
 *                    as written (validated later: {@code alpha}, {@code num})
 * @param fixed       the explicit value order for {@code fixed}, else empty
 * @param keyOffset   index of the key in the query
 * @param orderOffset index of the order (the name or the "(") in the query
 */
record FieldSpec(String key, String order, List<String> fixed, int keyOffset, int orderOffset) {

    static final String FIRST = "first";
    static final String FIXED = "fixed";

    /** The field as a projection expression that parses back to it. */
    @Override
    public String toString() {
        return switch (order) {
            case FIRST -> Lexer.quoteWord(key);
            case FIXED -> {
                StringBuilder b = new StringBuilder(Lexer.quoteWord(key)).append("@(");
                for (int i = 0; i < fixed.size(); i++) {
                    b.append(i > 0 ? " " : "").append(Lexer.quoteWord(fixed.get(i)));
                }
                yield b.append(')').toString();
            }
            default -> Lexer.quoteWord(key) + "@" + Lexer.quoteWord(order);
        };
    }
}
