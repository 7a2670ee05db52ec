package dev.jbench.benchstat.projection;

/**
 * The fuzzy number parser of the {@code num} order ({@code benchproc/sort.go parseNum}): Go's
 * {@code strconv.ParseFloat}, else the first match of {@code ([0-9.]+)([kKMGTPEZY]i?)?[bB]?} anywhere in the
 * string with an SI (×1000^k) or IEC ({@code i}, ×1024^k) multiplier. Hand-written instead of a regexp because it
 * runs on every comparison while sorting.
 */
final class NumParser {

    private static final String PREFIXES = "KMGTPEZY";

    /** Returned for strings that are not numbers; a NaN with a payload no parser produces. */
    private static final long ERROR_BITS = 0x7ff80000_0000deadL;

    private NumParser() {
    }

    static boolean isError(double v) {
        return Double.doubleToRawLongBits(v) == ERROR_BITS;
    }

    static double parseNum(String x) {
        double v = GoFloat.parse(x);
        if (!GoFloat.isError(v)) {
            return v;
        }
        int start = -1;
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if ((c >= '0' && c <= '9') || c == '.') {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return Double.longBitsToDouble(ERROR_BITS);
        }
        int end = start;
        while (end < x.length() && ((x.charAt(end) >= '0' && x.charAt(end) <= '9') || x.charAt(end) == '.')) {
            end++;
        }
        double n = GoFloat.parse(x.substring(start, end));
        if (GoFloat.isError(n)) {
            return Double.longBitsToDouble(ERROR_BITS);
        }
        int exp = 0;
        boolean iec = false;
        if (end < x.length()) {
            char p = x.charAt(end);
            int k = p == 'k' ? 0 : PREFIXES.indexOf(p);
            if (k >= 0) {
                exp = k + 1;
                iec = end + 1 < x.length() && x.charAt(end + 1) == 'i';
            }
        }
        return n * Math.pow(iec ? 1024 : 1000, exp);
    }
}
