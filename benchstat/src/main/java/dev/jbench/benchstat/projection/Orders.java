package dev.jbench.benchstat.projection;

import java.util.Comparator;

/**
 * The named sort orders of projections ({@code key@alpha}, {@code key@num}) and Go's byte-wise string order.
 */
final class Orders {

    private Orders() {
    }

    /**
     * Go's {@code a < b} on strings: UTF-8 byte order, which is code point order. Java's
     * {@link String#compareTo} compares UTF-16 units and puts U+E000..U+FFFF after supplementary characters.
     */
    static int compareBytes(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return Integer.compare(codePointRank(x), codePointRank(y));
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** Rank of a UTF-16 unit such that surrogates sort after U+E000..U+FFFF (the usual fix-up). */
    private static int codePointRank(char c) {
        if (c < 0xD800) {
            return c;
        }
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }

    static final Comparator<String> ALPHA = Orders::compareBytes;

    /** Numbers first in numeric order, then NaNs, then non-numbers; equal numbers are "unordered". */
    static final Comparator<String> NUM = (a, b) -> {
        double x = NumParser.parseNum(a);
        double y = NumParser.parseNum(b);
        boolean xNum = !NumParser.isError(x);
        boolean yNum = !NumParser.isError(y);
        if (xNum && yNum) {
            if (x < y || (!Double.isNaN(x) && Double.isNaN(y))) {
                return -1;
            }
            if (x > y || (Double.isNaN(x) && !Double.isNaN(y))) {
                return 1;
            }
            return 0;
        }
        if (!xNum && !yNum) {
            return 0;
        }
        return xNum ? -1 : 1;
    };

    /** The named order, or null if {@code name} is not one. */
    static Comparator<String> named(String name) {
        return switch (name) {
            case "alpha" -> ALPHA;
            case "num" -> NUM;
            default -> null;
        };
    }
}
