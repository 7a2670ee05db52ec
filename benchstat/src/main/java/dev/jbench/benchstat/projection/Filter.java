package dev.jbench.benchstat.projection;

import dev.jbench.benchstat.format.Result;
import dev.jbench.benchstat.format.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compiled filter expression such as {@code .name:Copy /size:4k} or {@code .unit:(ns/op OR B/op)}. Mirrors
 * {@code benchproc.Filter}; the grammar is described in the package documentation.
 *
 * <p>A filter decides per measurement: terms about the result keep all or none of its measurements, while
 * {@code .unit} terms (matching the tidied or the original unit, so {@code .unit:ns/op} keeps {@code sec/op}
 * values) keep some; AND, OR and NOT combine these masks. {@link ProjectionParser#parse} may narrow a filter with
 * the values of fixed orders ({@code /size@(1k 4k)}). Matching is thread-safe once no more projections are parsed.
 */
public final class Filter {

    /** Evaluates to {@link #TRUE}, {@link #FALSE} or a fresh per-measurement mask. */
    @FunctionalInterface
    interface Fn {
        long[] eval(Result r);
    }

    /** Whole-result outcomes; compared by identity, never modified. */
    static final long[] TRUE = new long[0];
    static final long[] FALSE = new long[0];

    private Fn fn;

    private Filter(Fn fn) {
        this.fn = fn;
    }

    /**
     * Compiles a filter expression. Use {@code *} to match everything.
     *
     * @throws ExpressionSyntaxException for a malformed query, a {@code .config} key, or an empty key
     */
    public static Filter parse(String query) {
        FilterNode tree = FilterParser.parse(query);
        Map<String, Extractor> extractors = new HashMap<>();
        return new Filter(compile(tree, query, extractors));
    }

    /** A filter that keeps everything (the expression {@code *}). */
    public static Filter all() {
        return new Filter(r -> TRUE);
    }

    private static Fn compile(FilterNode node, String query, Map<String, Extractor> extractors) {
        if (node instanceof FilterNode.OpNode op) {
            List<Fn> subs = new ArrayList<>();
            for (FilterNode e : op.exprs()) {
                subs.add(compile(e, query, extractors));
            }
            return combine(op.op(), subs);
        }
        FilterNode.MatchNode m = (FilterNode.MatchNode) node;
        if (m.key().equals(".unit")) {
            return r -> {
                List<Value> values = r.values();
                long[] mask = new long[(values.size() + 63) >>> 6];
                for (int i = 0; i < values.size(); i++) {
                    Value v = values.get(i);
                    if (m.matches(v.unit()) || (!v.origUnit().isEmpty() && m.matches(v.origUnit()))) {
                        mask[i >>> 6] |= 1L << i;
                    }
                }
                return mask;
            };
        }
        if (m.key().equals(".config")) {
            throw new ExpressionSyntaxException(".config is only allowed in projections", query, m.offset());
        }
        Extractor ext = extractors.get(m.key());
        if (ext == null) {
            try {
                ext = Extractor.of(m.key());
            } catch (IllegalArgumentException e) {
                throw new ExpressionSyntaxException(e.getMessage(), query, m.offset());
            }
            extractors.put(m.key(), ext);
        }
        Extractor x = ext;
        return r -> m.matches(x.extract(r)) ? TRUE : FALSE;
    }

    /** Boolean operators over masks, with Go's short-circuits ({@code filterOp}). */
    static Fn combine(FilterNode.Op op, List<Fn> subs) {
        Fn[] fns = subs.toArray(new Fn[0]);
        switch (op) {
            case NOT:
                return r -> {
                    long[] m = fns[0].eval(r);
                    if (m == TRUE) {
                        return FALSE;
                    } else if (m == FALSE) {
                        return TRUE;
                    }
                    for (int i = 0; i < m.length; i++) {
                        m[i] = ~m[i];
                    }
                    return m;
                };
            case AND:
                return r -> {
                    long[] acc = null;
                    for (Fn f : fns) {
                        long[] m = f.eval(r);
                        if (m == FALSE) {
                            return FALSE;
                        } else if (m == TRUE) {
                            continue;
                        } else if (acc == null) {
                            acc = m;
                        } else {
                            for (int i = 0; i < acc.length; i++) {
                                acc[i] &= m[i];
                            }
                        }
                    }
                    return acc == null ? TRUE : acc;
                };
            case OR:
                return r -> {
                    long[] acc = null;
                    for (Fn f : fns) {
                        long[] m = f.eval(r);
                        if (m == TRUE) {
                            return TRUE;
                        } else if (m == FALSE) {
                            continue;
                        } else if (acc == null) {
                            acc = m;
                        } else {
                            for (int i = 0; i < acc.length; i++) {
                                acc[i] |= m[i];
                            }
                        }
                    }
                    return acc == null ? FALSE : acc;
                };
            default:
                throw new IllegalStateException("unknown op " + op);
        }
    }

    /** ANDs {@code parts} in front of this filter (fixed-order constraints from a projection). */
    void andWith(List<Fn> parts) {
        List<Fn> all = new ArrayList<>(parts);
        all.add(fn);
        fn = combine(FilterNode.Op.AND, all);
    }

    /** Which measurements of {@code r} match; does not modify anything. */
    public Match match(Result r) {
        long[] m = fn.eval(r);
        int n = r.values().size();
        if (m == TRUE || m == FALSE) {
            return new Match(n, null, m == TRUE);
        }
        return new Match(n, m, false);
    }

    /**
     * {@code r} reduced to its matching measurements, or empty if none match (the result is filtered out).
     * Go's {@code Filter.Apply}.
     */
    public Optional<Result> apply(Result r) {
        long[] mask = fn.eval(r);
        // Whole-result verdicts (the usual case, e.g. no -filter) need no Match object.
        if (mask == TRUE) {
            return Optional.of(r);
        } else if (mask == FALSE) {
            return Optional.empty();
        }
        Match m = new Match(r.values().size(), mask, false);
        if (m.all()) {
            return Optional.of(r); // includes results without measurements that match as a whole, as in Go
        }
        return m.any() ? Optional.of(m.apply(r)) : Optional.empty();
    }
}
