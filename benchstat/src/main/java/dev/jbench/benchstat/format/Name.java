package dev.jbench.benchstat.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark name as written after {@code Benchmark}, e.g. {@code Sort/size=100-8}. Mirrors {@code benchfmt.Name}.
 *
 * <p>A name is a base name, then sub-benchmark parts each starting with {@code /} ({@code /size=100} is a
 * key/value part, {@code /fast} a positional one), then an optional GOMAXPROCS suffix {@code -N} (a final
 * {@code -} followed by one or more ASCII digits: {@code Foo-8}, {@code Foo-08}; {@code Foo-} and {@code Foo-8x}
 * have none).
 *
 * @param full the whole name (may be empty)
 */
public record Name(String full) {

    public Name {
        if (full == null) {
            throw new NullPointerException("full");
        }
    }

    /** The name {@code full}. */
    public static Name of(String full) {
        return new Name(full);
    }

    /**
     * The base name: everything before the first {@code /} if there is one, otherwise the name without its
     * GOMAXPROCS suffix ({@code Foo-8} → {@code Foo}, {@code -8} → empty).
     */
    public String base() {
        int slash = full.indexOf('/');
        if (slash >= 0) {
            return full.substring(0, slash);
        }
        return full.substring(0, gomaxprocsStart());
    }

    /**
     * The parts after the base name, in order: sub-benchmark parts keep their leading {@code /}
     * ({@code /size=1k}, {@code /positional}), and the GOMAXPROCS suffix, if any, is a final part {@code -8}.
     * {@code base() + String.join("", parts())} is the full name.
     */
    public List<String> parts() {
        int suffix = gomaxprocsStart();
        List<String> parts = new ArrayList<>(4);
        int prev = full.indexOf('/');
        if (prev >= 0 && prev < suffix) {
            for (int i = prev + 1; i < suffix; i++) {
                if (full.charAt(i) == '/') {
                    parts.add(full.substring(prev, i));
                    prev = i;
                }
            }
            parts.add(full.substring(prev, suffix));
        }
        if (suffix < full.length()) {
            parts.add(full.substring(suffix));
        }
        return parts;
    }

    /** The GOMAXPROCS suffix including its dash ({@code -8}), or the empty string. */
    public String gomaxprocsSuffix() {
        return full.substring(gomaxprocsStart());
    }

    /** The name without its GOMAXPROCS suffix. */
    public String withoutGomaxprocs() {
        return full.substring(0, gomaxprocsStart());
    }

    /**
     * The value of sub-name key {@code key}, written as in projections with a leading slash ({@code /size}): the
     * text after the first part starting with {@code /size=}, up to the next {@code /} or the GOMAXPROCS suffix (it
     * may contain {@code =}). For {@code /gomaxprocs} the {@code -N} suffix wins, without its dash. Returns the
     * empty string when the name has no such part, as Go's extractor does.
     *
     * @param key a sub-name key starting with {@code /}
     */
    public String subNameValue(String key) {
        List<String> parts = parts();
        if (key.equals("/gomaxprocs") && !parts.isEmpty()) {
            String last = parts.get(parts.size() - 1);
            if (last.charAt(0) == '-') {
                return last.substring(1);
            }
        }
        String prefix = key + "=";
        for (String part : parts) {
            if (part.startsWith(prefix)) {
                return part.substring(prefix.length());
            }
        }
        return "";
    }

    /** Index where the GOMAXPROCS suffix starts, or {@code full.length()} when there is none. */
    private int gomaxprocsStart() {
        int n = full.length();
        for (int i = n - 1; i >= 0; i--) {
            char c = full.charAt(i);
            if (c == '-' && i < n - 1) {
                return i;
            }
            if (c < '0' || c > '9') {
                break;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return full;
    }
}
