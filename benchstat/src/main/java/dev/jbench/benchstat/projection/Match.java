package dev.jbench.benchstat.projection;

import dev.jbench.benchstat.format.Result;
import dev.jbench.benchstat.format.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Which measurements of one result a {@link Filter} kept. Mirrors {@code benchproc.Match}.
 *
 * <p>Terms about the whole result ({@code .name:Sort}) keep all measurements or none; {@code .unit} terms keep
 * some. Bits beyond the number of measurements are ignored.
 */
public final class Match {

    private final int n;
    /** Per-measurement mask, or null when the whole result matched ({@link #whole}) or not. */
    private final long[] mask;
    private final boolean whole;

    Match(int n, long[] mask, boolean whole) {
        this.n = n;
        this.mask = mask;
        this.whole = whole;
    }

    /** Whether every measurement matched (true for a result without measurements that matched as a whole). */
    public boolean all() {
        if (mask == null) {
            return whole;
        }
        for (int i = 0; i < n; i++) {
            if (!test(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether at least one measurement matched (for a whole-result match: whether the result matched). */
    public boolean any() {
        if (mask == null) {
            return whole;
        }
        for (int w = 0; w < mask.length; w++) {
            long bits = mask[w];
            int valid = n - w * 64;
            if (valid < 64) {
                bits &= (1L << valid) - 1;
            }
            if (bits != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether measurement {@code i} matched; false outside [0, number of measurements). */
    public boolean test(int i) {
        if (i < 0 || i >= n) {
            return false;
        }
        if (mask == null) {
            return whole;
        }
        return (mask[i >>> 6] & (1L << i)) != 0;
    }

    /**
     * {@code r} reduced to the matching measurements: {@code r} itself if all matched, otherwise a copy whose
     * values are the matching ones in order (empty if none matched; check {@link #any()}).
     */
    public Result apply(Result r) {
        if (all()) {
            return r;
        }
        List<Value> kept;
        if (!any()) {
            kept = List.of();
        } else {
            kept = new ArrayList<>(r.values().size());
            for (int i = 0; i < r.values().size(); i++) {
                if (test(i)) {
                    kept.add(r.values().get(i));
                }
            }
            kept = List.copyOf(kept);
        }
        return new Result(r.config(), r.name(), r.iters(), kept, r.fileName(), r.line());
    }
}
