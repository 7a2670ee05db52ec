package dev.jbench.harness.profile;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text report of {@code go tool pprof -top}: functions by flat value (or cumulative with {@code -cum}), laid
 * out as pprof lays them out, header lines included. Follows pprof's rules: values per function (lines merged),
 * a function counted once per sample in cum even when recursive, nodes whose cum is under 0.5% of the total
 * dropped (and said so), one output unit for the whole table chosen from the smallest shown value.
 */
public final class PprofTop {

    /** pprof's default node fraction: nodes under 0.5% of the total are dropped. */
    static final double NODE_FRACTION = 0.005;

    private PprofTop() {
    }

    private record Node(String name, long flat, long cum) {
    }

    /**
     * Prints the report.
     *
     * @param sampleIndex which sample type (index into {@code p.sampleTypes()})
     * @param cum         sort by cumulative value
     * @param limit       show at most this many nodes; 0 = all above the node fraction
     * @param zone        time zone of the {@code Time:} line
     */
    public static void print(Profile p, int sampleIndex, boolean cum, int limit, ZoneId zone, PrintWriter out) {
        Map<String, long[]> nodes = new LinkedHashMap<>();
        long total = 0;
        for (Profile.Sample s : p.samples()) {
            long v = s.values()[sampleIndex];
            total += v;
            if (s.stack().isEmpty()) {
                continue;
            }
            nodes.computeIfAbsent(s.stack().get(0).function(), k -> new long[2])[0] += v;
            Set<String> seen = new HashSet<>();
            for (Profile.Frame f : s.stack()) {
                if (seen.add(f.function())) {
                    nodes.computeIfAbsent(f.function(), k -> new long[2])[1] += v;
                }
            }
        }
        long cutoff = Math.abs((long) (total * NODE_FRACTION));
        List<Node> kept = new ArrayList<>();
        int dropped = 0;
        for (Map.Entry<String, long[]> e : nodes.entrySet()) {
            if (Math.abs(e.getValue()[1]) < cutoff) {
                dropped++;
            } else {
                kept.add(new Node(e.getKey(), e.getValue()[0], e.getValue()[1]));
            }
        }
        Comparator<Node> byFlat = Comparator.comparingLong((Node n) -> -Math.abs(n.flat())).thenComparing(Node::name)
                .thenComparingLong(n -> -Math.abs(n.cum()));
        Comparator<Node> byCum = Comparator.comparingLong((Node n) -> -Math.abs(n.cum())).thenComparing(Node::name)
                .thenComparingLong(n -> -Math.abs(n.flat()));
        // pprof sorts for display, then keeps the first N.
        int origCount = kept.size();
        kept.sort(cum ? byCum : byFlat);
        if (limit > 0 && kept.size() > limit) {
            kept = new ArrayList<>(kept.subList(0, limit));
        }
        Profile.ValueType type = p.sampleTypes().get(sampleIndex);
        String unit = outputUnit(kept, total, type.unit());
        List<String> header = new ArrayList<>();
        if (!p.mainFile().isEmpty()) {
            // pprof prints the mapping file's base name
            header.add("File: " + p.mainFile().substring(p.mainFile().lastIndexOf('/') + 1));
        }
        header.add("Type: " + type.type());
        if (p.timeNanos() != 0) {
            DateTimeFormatter f = DateTimeFormatter.ofPattern("MMM d, yyyy 'at' h:mma (zzz)", Locale.ROOT);
            String t = f.format(Instant.ofEpochSecond(0, p.timeNanos()).atZone(zone));
            header.add("Time: " + t.replace("AM (", "am (").replace("PM (", "pm ("));
        }
        if (p.durationNanos() != 0) {
            String duration = PprofUnits.label(p.durationNanos(), "nanoseconds",
                    PprofUnits.autoUnit(p.durationNanos(), "nanoseconds"));
            double[] f = new double[1];
            String ratio = "";
            if (PprofUnits.family(type.unit(), f) == 't' && total != 0) {
                ratio = "(" + PprofUnits.percentage((long) (total * f[0]), p.durationNanos()) + ")";
            }
            header.add("Duration: " + duration + ", Total samples = " + PprofUnits.label(total, type.unit(), unit)
                    + " " + ratio);
        }
        long flatSum = 0;
        for (Node n : kept) {
            flatSum += n.flat();
        }
        header.add("Showing nodes accounting for " + PprofUnits.label(flatSum, type.unit(), unit) + ", "
                + PprofUnits.percentage(flatSum, total).strip() + " of " + PprofUnits.label(total, type.unit(), unit)
                + " total");
        if (total != 0) {
            if (dropped > 0) {
                header.add("Dropped " + dropped + (dropped == 1 ? " node" : " nodes") + " (cum <= "
                        + PprofUnits.label(cutoff, type.unit(), unit) + ")");
            }
            if (!kept.isEmpty() && kept.size() < origCount) {
                header.add("Showing top " + kept.size() + " nodes out of " + origCount);
            }
        }
        header.forEach(out::println);
        out.printf(Locale.ROOT, "%10s %5s%% %5s%% %10s %5s%%%n", "flat", "flat", "sum", "cum", "cum");
        long sum = 0;
        for (Node n : kept) {
            sum += n.flat();
            out.printf(Locale.ROOT, "%10s %s %s %10s %s  %s%n", PprofUnits.label(n.flat(), type.unit(), unit),
                    PprofUnits.percentage(n.flat(), total), PprofUnits.percentage(sum, total),
                    PprofUnits.label(n.cum(), type.unit(), unit), PprofUnits.percentage(n.cum(), total), n.name());
        }
        out.flush();
    }

    /** pprof's selectOutputUnit: the unit of the smallest non-zero value, moved up when it is tiny next to the total. */
    private static String outputUnit(List<Node> nodes, long total, String unit) {
        if (nodes.isEmpty()) {
            return PprofUnits.autoUnit(total, unit);
        }
        long min = 0;
        for (Node n : nodes) {
            long v = Math.abs(n.flat()) == 0 ? Math.abs(n.cum()) : Math.abs(n.flat());
            if (v > 0 && (min == 0 || v < min)) {
                min = v;
            }
        }
        long max = total;
        if (min == 0) {
            min = max;
        }
        String minUnit = PprofUnits.autoUnit(min, unit);
        String maxUnit = PprofUnits.autoUnit(max, unit);
        if (!minUnit.equals(maxUnit) && min * 100 < max) {
            return PprofUnits.autoUnit(100 * min, unit);
        }
        return minUnit;
    }

    /** The index of sample type {@code name} (or a number), or the profile's default for {@code null}. */
    public static int sampleIndex(Profile p, String name) {
        if (name == null) {
            return p.defaultSampleType();
        }
        for (int i = 0; i < p.sampleTypes().size(); i++) {
            if (p.sampleTypes().get(i).type().equals(name)) {
                return i;
            }
        }
        try {
            int i = Integer.parseInt(name);
            if (i >= 0 && i < p.sampleTypes().size()) {
                return i;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        List<String> names = p.sampleTypes().stream().map(Profile.ValueType::type).toList();
        throw new IllegalArgumentException("-sample_index: no sample type \"" + name + "\"; this profile has " + names);
    }
}
