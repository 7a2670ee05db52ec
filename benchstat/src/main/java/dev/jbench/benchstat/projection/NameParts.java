package dev.jbench.benchstat.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a benchmark name ({@code benchfmt.Name.Base/Parts}), computed directly on the string so that the
 * common lookups allocate at most the returned substring.
 *
 * <p>A name is a base, then parts that each start with {@code /} ({@code /size=1k}, {@code /positional}), then
 * optionally a GOMAXPROCS suffix {@code -N} (a final {@code -} followed by one or more ASCII digits).
 */
final class NameParts {

    private NameParts() {
    }

    /** Index of the {@code -} that starts the GOMAXPROCS suffix, or {@code name.length()} if there is none. */
    static int gomaxprocsStart(String name) {
        for (int i = name.length() - 1; i >= 0; i--) {
            char c = name.charAt(i);
            if (c == '-' && i < name.length() - 1) {
                return i;
            }
            if (c < '0' || c > '9') {
                break;
            }
        }
        return name.length();
    }

    /** The base name: everything before the first {@code /}, or without the GOMAXPROCS suffix if there is none. */
    static String base(String name) {
        int slash = name.indexOf('/');
        return slash >= 0 ? name.substring(0, slash) : name.substring(0, gomaxprocsStart(name));
    }

    /**
     * The value of sub-name key {@code key} (with its leading {@code /}): the first part that starts with
     * {@code /key=}, up to the next {@code /} or the GOMAXPROCS suffix; {@code ""} if there is none. For
     * {@code /gomaxprocs} a {@code -N} suffix wins.
     */
    static String subValue(String name, String keyWithEquals, boolean gomaxprocs) {
        int suffix = gomaxprocsStart(name);
        if (gomaxprocs && suffix < name.length()) {
            return name.substring(suffix + 1);
        }
        int at = name.indexOf(keyWithEquals);
        if (at < 0 || at + keyWithEquals.length() > suffix) {
            return "";
        }
        int from = at + keyWithEquals.length();
        int slash = name.indexOf('/', from);
        int to = slash >= 0 && slash < suffix ? slash : suffix;
        return name.substring(from, to);
    }

    /** The base followed by the parts: {@code Foo/a=1/b-8} gives {@code [Foo, /a=1, /b, -8]}. */
    static List<String> split(String name) {
        int suffix = gomaxprocsStart(name);
        List<String> parts = new ArrayList<>();
        int prev = 0;
        for (int i = 0; i < suffix; i++) {
            if (name.charAt(i) == '/') {
                parts.add(name.substring(prev, i));
                prev = i;
            }
        }
        parts.add(name.substring(prev, suffix));
        if (suffix < name.length()) {
            parts.add(name.substring(suffix));
        }
        return parts;
    }
}
