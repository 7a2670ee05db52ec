package dev.jbench.benchstat.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A row order for {@code -sort}: a strict "less" relation applied with a stable sort, so rows that compare equal
 * keep their input order (also in reverse orders, which swap the arguments of "less" rather than the result).
 */
@FunctionalInterface
interface RowOrder {

    /** Whether {@code a} should appear before {@code b}. */
    boolean less(Row a, Row b);

    /** By benchmark name (code point order, as Go compares UTF-8 bytes). */
    RowOrder BY_NAME = (a, b) -> compareCodePoints(a.benchmark, b.benchmark) < 0;

    /** By {@code |delta| × change}: biggest improvements first, then unchanged rows, then regressions. */
    RowOrder BY_DELTA = (a, b) -> Math.abs(a.pctDelta) * a.change.sign < Math.abs(b.pctDelta) * b.change.sign;

    default RowOrder reversed() {
        return (a, b) -> less(b, a);
    }

    /**
     * The order named by a {@code -sort} value: {@code none} (empty result), {@code name} or {@code delta},
     * optionally prefixed by {@code -} to reverse.
     *
     * @throws IllegalArgumentException if the name is unknown
     */
    static Optional<RowOrder> parse(String name) {
        boolean reverse = name.startsWith("-");
        String base = reverse ? name.substring(1) : name;
        RowOrder order;
        switch (base) {
            case "none":
                return Optional.empty();
            case "name":
                order = BY_NAME;
                break;
            case "delta":
                order = BY_DELTA;
                break;
            default:
                throw new IllegalArgumentException("invalid -sort \"" + name + "\": want [-]name, [-]delta or none");
        }
        return Optional.of(reverse ? order.reversed() : order);
    }

    /**
     * Sorts {@code rows} in place, stably. A merge sort that only ever asks "less(right, left)" never throws on
     * an inconsistent relation (NaN deltas), unlike {@link List#sort}.
     */
    default void sort(List<Row> rows) {
        List<Row> sorted = mergeSort(new ArrayList<>(rows));
        rows.clear();
        rows.addAll(sorted);
    }

    private List<Row> mergeSort(List<Row> rows) {
        if (rows.size() <= 1) {
            return rows;
        }
        int mid = rows.size() / 2;
        List<Row> left = mergeSort(new ArrayList<>(rows.subList(0, mid)));
        List<Row> right = mergeSort(new ArrayList<>(rows.subList(mid, rows.size())));
        List<Row> out = new ArrayList<>(rows.size());
        int i = 0;
        int j = 0;
        while (i < left.size() && j < right.size()) {
            if (less(right.get(j), left.get(i))) {
                out.add(right.get(j++));
            } else {
                out.add(left.get(i++));
            }
        }
        out.addAll(left.subList(i, left.size()));
        out.addAll(right.subList(j, right.size()));
        return out;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
