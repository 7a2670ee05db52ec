package dev.jbench.benchstat.projection;

import dev.jbench.benchstat.format.Name;
import dev.jbench.benchstat.format.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts one key's value from a result ({@code benchproc/extract.go}). A missing value is {@code ""}.
 */
@FunctionalInterface
interface Extractor {

    String extract(Result r);

    /**
     * The extractor for {@code key}: {@code .name}, {@code .fullname}, {@code /subkey} (with {@code /gomaxprocs}
     * also reading the {@code -N} suffix), or else a configuration key (which includes internal keys such as
     * {@code .file}).
     *
     * @throws IllegalArgumentException "key must not be empty"
     */
    static Extractor of(String key) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty");
        }
        if (key.equals(".config") || key.equals(".unit")) {
            throw new IllegalStateException(key + " is not an extractor");
        }
        if (key.equals(".name")) {
            return r -> r.name().base();
        }
        if (key.equals(".fullname")) {
            return r -> r.name().full();
        }
        if (key.startsWith("/")) {
            return r -> r.name().subNameValue(key);
        }
        return r -> r.getConfig(key);
    }

    /**
     * The full name with excluded keys removed ({@code newExtractorFullName}): sub-name keys in {@code exclude}
     * are deleted from the name (deleted, not replaced, so that their presence does not leak into the value),
     * {@code /gomaxprocs} deletes the {@code -N} suffix, and {@code .name} replaces the base by {@code *}.
     * Other entries are ignored.
     */
    static Extractor fullNameExcluding(List<String> exclude) {
        List<String> delete = new ArrayList<>();
        boolean excName = false;
        boolean excGomaxprocs = false;
        for (String k : exclude) {
            if (k.equals(".name")) {
                excName = true;
            }
            if (k.startsWith("/")) {
                delete.add(k + "=");
                excGomaxprocs |= k.equals("/gomaxprocs");
            }
        }
        if (delete.isEmpty() && !excName) {
            return r -> r.name().full();
        }
        String[] del = delete.toArray(new String[0]);
        boolean name = excName;
        boolean gomaxprocs = excGomaxprocs;
        return r -> fullExcluded(r.name(), del, name, gomaxprocs);
    }

    private static String fullExcluded(Name n, String[] delete, boolean excName, boolean excGomaxprocs) {
        String full = n.full();
        boolean found = excName;
        for (int i = 0; !found && i < delete.length; i++) {
            found = full.contains(delete[i]);
        }
        if (!found && excGomaxprocs && full.indexOf('-') >= 0) {
            found = true;
        }
        if (!found) {
            return full;
        }
        StringBuilder b = new StringBuilder(full.length());
        b.append(excName ? "*" : n.base());
        outer:
        for (String part : n.parts()) {
            for (String k : delete) {
                if (part.startsWith(k)) {
                    continue outer;
                }
            }
            if (excGomaxprocs && part.charAt(0) == '-') {
                continue;
            }
            b.append(part);
        }
        return b.toString();
    }
}
