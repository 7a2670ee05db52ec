package dev.jbench.harness.ab;

import dev.jbench.harness.run.BenchCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which case runs on which side, and in which order.
 *
 * @param slots the cases by Go name: head's order first, then the ones only the base has
 */
public record AbPlan(List<Slot> slots) {

    /**
     * One Go name and its case on each side.
     *
     * @param name the Go name both files print
     * @param base the base's case, or {@code null} when the base does not have it
     * @param head the head's case, or {@code null} when the head does not have it
     */
    public record Slot(String name, BenchCase base, BenchCase head) {

        /** True when both sides have the case, so it can be compared. */
        public boolean paired() {
            return base != null && head != null;
        }
    }

    public AbPlan {
        slots = List.copyOf(slots);
    }

    /** Pairs the selected cases of both sides by Go name. */
    public static AbPlan pair(List<BenchCase> head, List<BenchCase> base) {
        Map<String, BenchCase> baseByName = new LinkedHashMap<>();
        base.forEach(c -> baseByName.put(c.name(), c));
        List<Slot> slots = new ArrayList<>();
        for (BenchCase h : head) {
            slots.add(new Slot(h.name(), baseByName.remove(h.name()), h));
        }
        baseByName.forEach((name, b) -> slots.add(new Slot(name, b, null)));
        return new AbPlan(slots);
    }

    /** Names of the cases only the head has. */
    public List<String> headOnly() {
        return slots.stream().filter(s -> s.base() == null).map(Slot::name).toList();
    }

    /** Names of the cases only the base has. */
    public List<String> baseOnly() {
        return slots.stream().filter(s -> s.head() == null).map(Slot::name).toList();
    }

    /**
     * ABBA: true when the base forks before the head in {@code round} (1-based). Odd rounds run base then head, even
     * rounds head then base, so over every two rounds each side has been first once: a linear drift and any effect
     * of being the second fork of a pair cancel.
     */
    public static boolean baseFirst(int round) {
        return round % 2 == 1;
    }

    /** Forks a run of {@code rounds} rounds starts (for progress): one per side that has the case, per round. */
    public int forks(int rounds) {
        int perRound = 0;
        for (Slot s : slots) {
            perRound += (s.base() != null ? 1 : 0) + (s.head() != null ? 1 : 0);
        }
        return perRound * rounds;
    }
}
