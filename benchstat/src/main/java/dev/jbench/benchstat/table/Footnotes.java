package dev.jbench.benchstat.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers warning messages in order of first use within one table; identical messages share a number.
 */
final class Footnotes {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** The superscript markers of {@code warnings}, joined by a space; empty for no warnings. */
    String markers(List<String> warnings) {
        List<String> marks = new ArrayList<>(warnings.size());
        for (String w : warnings) {
            int n = numbers.computeIfAbsent(w, k -> numbers.size() + 1);
            marks.add(Superscript.of(n));
        }
        return String.join(" ", marks);
    }

    /** The messages in footnote order (message {@code i} has number {@code i+1}). */
    List<String> messages() {
        return List.copyOf(numbers.keySet());
    }
}
