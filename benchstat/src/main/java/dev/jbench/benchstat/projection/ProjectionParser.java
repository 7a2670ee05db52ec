package dev.jbench.benchstat.projection;

import dev.jbench.benchstat.format.Config;
import dev.jbench.benchstat.format.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a group of related projection expressions, e.g. benchstat's {@code -table}, {@code -row}, {@code -col}
 * and {@code -ignore}. Mirrors {@code benchproc.ProjectionParser}.
 *
 * <p>Keys named specifically in any projection of the group are excluded from the group keys of every other one:
 * a configuration key from {@code .config}; a sub-name key from {@code .fullname} (deleted from the name;
 * {@code /gomaxprocs} deletes the {@code -N} suffix; {@code .name} turns the base into {@code *}). The outcome
 * does not depend on the order the expressions are parsed in, provided all are parsed before projecting.
 * Not thread-safe.
 */
public final class ProjectionParser {

    private final Set<String> configKeys = new HashSet<>();
    private final List<String> fullnameKeys = new ArrayList<>();
    private boolean haveConfig;
    private boolean haveFullname;
    /** Built on the first projected result, when all exclusions are known. */
    private Extractor fullExtractor;

    /** A parser with no projections yet. */
    public ProjectionParser() {
    }

    /**
     * Parses one projection expression such as {@code .name,/size@num}.
     *
     * @param projection the expression; {@code ""} is a projection without fields
     * @param filter     receives (AND) the constraints of fixed orders like {@code /size@(1k 4k)}; may be null if
     *                   the expression has none
     * @throws ExpressionSyntaxException on a malformed expression or an invalid field
     * @throws IllegalArgumentException  if the expression has a fixed order and {@code filter} is null
     */
    public Projection parse(String projection, Filter filter) {
        List<FieldSpec> specs = ProjectionExprParser.parse(projection);
        Projection proj = new Projection();
        List<Filter.Fn> filterParts = new ArrayList<>();
        for (FieldSpec spec : specs) {
            Filter.Fn f = addField(proj, projection, spec);
            if (f != null) {
                filterParts.add(f);
            }
        }
        if (!filterParts.isEmpty()) {
            if (filter == null) {
                throw new IllegalArgumentException("projection expression " + projection
                        + " contains a filter, but parse was passed a null Filter");
            }
            filter.andWith(filterParts);
        }
        return proj;
    }

    /**
     * Like {@link #parse}, plus a trailing {@code .unit} field (in observation order) that
     * {@link Projection#projectValues} fills with each measurement's tidied unit.
     */
    public UnitProjection parseWithUnit(String projection, Filter filter) {
        Projection proj = parse(projection, filter);
        Field unit = proj.addField(proj.root(), ".unit");
        unit.orderByObservation();
        proj.setUnitField(unit);
        return new UnitProjection(proj, unit);
    }

    /**
     * A projection of everything no projection of this parser has projected: {@code .config} and/or
     * {@code .fullname} if they were not projected, with the same exclusions. Its order is meaningless. Used to
     * warn when a table cell mixes results that differ in something else ({@link Keys#nonSingularFields}).
     */
    public Projection residue() {
        Projection s = new Projection();
        if (!haveConfig) {
            addField(s, "", new FieldSpec(".config", FieldSpec.FIRST, List.of(), 0, 0));
        }
        if (!haveFullname) {
            addField(s, "", new FieldSpec(".fullname", FieldSpec.FIRST, List.of(), 0, 0));
        }
        return s;
    }

    /** Adds one field to {@code s}; returns its filter for fixed orders, else null. */
    private Filter.Fn addField(Projection s, String q, FieldSpec spec) {
        Comparator<String> named = null;
        Map<String, Integer> fixed = null;
        switch (spec.order()) {
            case FieldSpec.FIXED -> {
                fixed = new HashMap<>();
                // A repeated value takes its last position, as Go's map assignment does.
                for (int i = 0; i < spec.fixed().size(); i++) {
                    fixed.put(spec.fixed().get(i), i);
                }
            }
            case FieldSpec.FIRST -> {
            }
            default -> {
                named = Orders.named(spec.order());
                if (named == null) {
                    throw new ExpressionSyntaxException("unknown order " + GoText.quote(spec.order()), q,
                            spec.orderOffset());
                }
            }
        }
        Map<String, Integer> fixedMap = fixed;
        Comparator<String> namedOrder = named;
        java.util.function.Consumer<Field> initField = field -> {
            if (fixedMap != null) {
                field.order = (a, b) -> Integer.compare(fixedMap.getOrDefault(a, 0), fixedMap.getOrDefault(b, 0));
            } else if (namedOrder != null) {
                field.order = namedOrder;
            } else {
                field.orderByObservation();
            }
        };
        switch (spec.key()) {
            case ".config" -> {
                if (fixedMap != null) {
                    throw new ExpressionSyntaxException("fixed order not allowed for .config", q, spec.orderOffset());
                }
                haveConfig = true;
                Field group = s.addGroup(s.root(), ".config");
                Map<String, Field> seen = new HashMap<>();
                s.addProjector((p, r) -> {
                    for (Config c : r.config()) {
                        if (!c.file()) {
                            continue;
                        }
                        Field f = seen.get(c.key());
                        if (f == null) {
                            // Projection runs after all expressions were parsed, so configKeys is complete.
                            if (configKeys.contains(c.key())) {
                                continue;
                            }
                            f = p.addField(group, c.key());
                            initField.accept(f);
                            seen.put(c.key(), f);
                        }
                        p.set(f.idx, c.value());
                    }
                });
                return null;
            }
            case ".fullname" -> {
                haveFullname = true;
                Field f = s.addField(s.root(), ".fullname");
                initField.accept(f);
                s.addProjector((p, r) -> {
                    if (fullExtractor == null) {
                        fullExtractor = Extractor.fullNameExcluding(fullnameKeys);
                    }
                    p.set(f.idx, fullExtractor.extract(r));
                });
                // A fixed order filters on the full name as written, without exclusions (as Go does).
                return fixedMap == null ? null : fixedFilter(fixedMap, r -> r.name().full());
            }
            case ".unit" -> throw new ExpressionSyntaxException(".unit is only allowed in filters", q, spec.keyOffset());
            default -> {
                Extractor ext;
                try {
                    ext = Extractor.of(spec.key());
                } catch (IllegalArgumentException e) {
                    throw new ExpressionSyntaxException(e.getMessage(), q, spec.keyOffset());
                }
                if (spec.key().equals(".name") || spec.key().startsWith("/")) {
                    fullnameKeys.add(spec.key());
                } else {
                    configKeys.add(spec.key());
                }
                Field f = s.addField(s.root(), spec.key());
                initField.accept(f);
                s.addProjector((p, r) -> p.set(f.idx, ext.extract(r)));
                return fixedMap == null ? null : fixedFilter(fixedMap, ext);
            }
        }
    }

    private static Filter.Fn fixedFilter(Map<String, Integer> fixed, Extractor ext) {
        return r -> fixed.containsKey(ext.extract(r)) ? Filter.TRUE : Filter.FALSE;
    }
}
