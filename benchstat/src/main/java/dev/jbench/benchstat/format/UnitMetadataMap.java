package dev.jbench.benchstat.format;

import dev.jbench.benchstat.units.Tidy;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Unit metadata accumulated from {@code Unit} lines, keyed by <em>tidied</em> unit and metadata key (there is no way
 * to untidy a unit, and lookups come with tidied units). Mirrors Go's {@code benchfmt.UnitMetadataMap}.
 */
public final class UnitMetadataMap {

    private record Key(String unit, String key) {
    }

    private final Map<Key, UnitMetadata> map = new LinkedHashMap<>();

    /** The metadata {@code key} of {@code unit} (tidied first, so {@code ns/op} finds {@code sec/op}), or null. */
    public UnitMetadata get(String unit, String key) {
        return map.get(new Key(Tidy.unit(unit), key));
    }

    /**
     * Whether values of {@code unit} are declared exact ({@code Unit <unit> assume=exact}); otherwise benchstat
     * assumes nothing about their distribution.
     */
    public boolean assumesExact(String unit) {
        UnitMetadata m = get(unit, "assume");
        return m != null && m.value().equals("exact");
    }

    /**
     * Whether higher (+1) or lower (-1) values of {@code unit} are better, or 0 if unknown: from {@code better=higher}
     * or {@code better=lower}, else Go's defaults (lower is better for {@code ns/op}, {@code sec/op}, {@code B/op},
     * {@code allocs/op}; higher for {@code MB/s}, {@code B/s}).
     */
    public int better(String unit) {
        UnitMetadata m = get(unit, "better");
        if (m != null) {
            return switch (m.value()) {
                case "higher" -> 1;
                case "lower" -> -1;
                default -> 0;
            };
        }
        return switch (unit) {
            case "ns/op", "sec/op", "B/op", "allocs/op" -> -1;
            case "MB/s", "B/s" -> 1;
            default -> 0;
        };
    }

    /** All metadata in the order it was first set. */
    public Collection<UnitMetadata> all() {
        return Collections.unmodifiableCollection(map.values());
    }

    /** The metadata already stored for {@code m}'s tidied unit and key, or null. */
    UnitMetadata existing(String tidiedUnit, String key) {
        return map.get(new Key(tidiedUnit, key));
    }

    void put(UnitMetadata m) {
        map.put(new Key(m.unit(), m.key()), m);
    }
}
