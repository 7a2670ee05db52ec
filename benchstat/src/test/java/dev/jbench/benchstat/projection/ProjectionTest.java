package dev.jbench.benchstat.projection;

import static dev.jbench.benchstat.projection.Results.r;
import static dev.jbench.benchstat.projection.Results.withValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jbench.benchstat.format.Result;
import dev.jbench.benchstat.format.Value;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Projection semantics: extraction, interning, exclusions between projections, residue, unit projections. */
class ProjectionTest {

    private static Projection parse(String expr) {
        return new ProjectionParser().parse(expr, Filter.all());
    }

    private static String fields(Projection p, String... fullNameAndConfig) {
        String[] cfg = java.util.Arrays.copyOfRange(fullNameAndConfig, 1, fullNameAndConfig.length);
        return p.project(r(fullNameAndConfig[0], cfg)).toStringWithFields();
    }

    @Test
    void extractsKeys() {
        assertThat(fields(parse(".fullname"), "Name/a=1")).isEqualTo(".fullname:Name/a=1");
        assertThat(fields(parse("/a"), "Name/a=1")).isEqualTo("/a:1");
        assertThat(fields(parse(".name"), "Name/a=1")).isEqualTo(".name:Name");
        Projection a = parse("a");
        assertThat(fields(a, "", "a", "1", "b", "2")).isEqualTo("a:1");
        assertThat(fields(a, "", "b", "2")).isEmpty(); // missing values are omitted
        assertThat(fields(a, "", "a", "", "b", "2")).isEmpty();
        Projection config = parse(".config");
        assertThat(fields(config, "", "a", "1", "b", "2")).isEqualTo("a:1 b:2");
        assertThat(fields(config, "", "c", "3")).isEqualTo("c:3");
        assertThat(fields(config, "", "c", "3", "a", "2")).isEqualTo("a:2 c:3");
        assertThat(config.flattenedFields()).extracting(Field::name).containsExactly("a", "b", "c");
        assertThat(config.fields()).singleElement().satisfies(f -> {
            assertThat(f.isTuple()).isTrue();
            assertThat(f.subFields()).extracting(Field::name).containsExactly("a", "b", "c");
        });
    }

    @Test
    void toStringIsTheValuesOnly() {
        Key k = parse(".name,/gomaxprocs,goos").project(r("Sort/n=1-8", "goos", "linux"));
        assertThat(k).hasToString("Sort 8 linux");
        assertThat(k.toStringWithFields()).isEqualTo(".name:Sort /gomaxprocs:8 goos:linux");
    }

    @ParameterizedTest(name = "{0} of {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            .name       | Test             | Test
            .name       | Test/a           | Test
            .name       | Test-4           | Test
            .name       | Test/a-4         | Test
            .name       | -8               | ''
            .name       | Foo-             | Foo-
            .name       | Foo-8x           | Foo-8x
            /a          | Test             | ''
            /a          | Test/a=1         | 1
            /a          | Test/aa=1        | ''
            /a          | Test/a=1/b=2     | 1
            /a          | Test/b=1/a=2     | 2
            /a          | Test/b=1/a=2-4   | 2
            /a          | Test/a=x=y       | x=y
            /a          | Test/a=1/a=2     | 1
            /gomaxprocs | Test             | ''
            /gomaxprocs | Test/gomaxprocs=4 | 4
            /gomaxprocs | Test-4           | 4
            /gomaxprocs | Test/a-04        | 04
            .fullname   | Test-2           | Test-2
            """)
    void nameExtraction(String key, String name, String want) {
        assertThat(Extractor.of(key).extract(r(name))).isEqualTo(want);
    }

    @ParameterizedTest(name = "{0} excluding {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Test                  | /a             | Test
            Test/a=123            | /a             | Test
            Test/b=123/a=123      | /a             | Test/b=123
            Test/a=123/b=123      | /a             | Test/b=123
            Test/a=123/a=123      | /a             | Test
            Test/a=123-2          | /a             | Test-2
            Test                  | .name          | *
            Test/a=123            | .name          | */a=123
            Test                  | .name;/a       | *
            Test/a=123            | .name;/a       | *
            Test/a=123/b=123      | .name;/a       | */b=123
            Test                  | /gomaxprocs    | Test
            Test/a=123            | /gomaxprocs    | Test/a=123
            Test/a=123-2          | /gomaxprocs    | Test/a=123
            Test/gomaxprocs=123   | /gomaxprocs    | Test
            Test-a/b=1            | /gomaxprocs    | Test-a/b=1
            """)
    void fullNameExclusions(String name, String exclude, String want) {
        assertThat(Extractor.fullNameExcluding(List.of(exclude.split(";"))).extract(r(name))).isEqualTo(want);
    }

    @Test
    void keysAreInterned() {
        Projection s = parse("a,b");
        Key c12 = s.project(r("", "a", "1", "b", "2"));
        assertThat(s.project(r("", "a", "1", "b", "2"))).isSameAs(c12);
        assertThat(s.project(r("", "a", "1", "b", "3"))).isNotEqualTo(c12);
        assertThat(s.project(r("", "a", "1", "b", "2", "c", "3"))).isSameAs(c12);
        assertThat(c12.hashCode()).isEqualTo(parse("a,b").project(r("", "a", "1", "b", "2")).hashCode());
    }

    @Test
    void keysSurviveGrowingConfig() {
        Projection s = parse(".config");
        Key before = s.project(r("", "a", "1"));
        s.project(r("", "b", "2")); // adds field b
        assertThat(s.project(r("", "a", "1"))).isSameAs(before);
        assertThat(before.get(s.flattenedFields().get(1))).isEmpty();
    }

    @Test
    void fieldsAndFlattenedFields() {
        assertThat(parse("a,b,c").fields()).extracting(Field::name).containsExactly("a", "b", "c");
        Projection p = parse("a,.config,c");
        assertThat(p.fields()).extracting(Field::name).containsExactly("a", ".config", "c");
        assertThat(p.flattenedFields()).extracting(Field::name).containsExactly("a", "c");
        p.project(r("", "x", "1", "a", "2"));
        assertThat(p.flattenedFields()).extracting(Field::name).containsExactly("a", "x", "c");
        assertThat(parse("a,/b,c").flattenedFields()).extracting(Field::name).containsExactly("a", "/b", "c");
    }

    @ParameterizedTest(name = "{0}: {1} at {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a@foo            | unknown order "foo"                  | 2
            .config@(1 2)    | fixed order not allowed for .config  | 8
            .config@foo      | unknown order "foo"                  | 8
            x,.unit          | .unit is only allowed in filters     | 2
            .unit@foo        | unknown order "foo"                  | 6
            '""'             | key must not be empty                | 0
            """)
    void fieldErrors(String expr, String message, int offset) {
        assertThatThrownBy(() -> parse(expr.equals("'\"\"'") ? "\"\"" : expr))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
                    assertThat(e.description()).isEqualTo(message);
                    assertThat(e.offset()).isEqualTo(offset);
                });
    }

    @Test
    void fixedOrderFilters() {
        Filter f = Filter.all();
        new ProjectionParser().parse("a@(a b c)", f);
        assertThat(f.apply(r("", "a", "a"))).isPresent();
        assertThat(f.apply(r("", "a", "b"))).isPresent();
        assertThat(f.apply(r("", "a", "aa"))).isEmpty();
        assertThat(f.apply(r("", "a", "z"))).isEmpty();
        assertThatThrownBy(() -> new ProjectionParser().parse("a@(x)", null))
                .isInstanceOf(IllegalArgumentException.class);
        // An invalid projection adds nothing to the filter.
        Filter g = Filter.parse("b:1");
        assertThatThrownBy(() -> new ProjectionParser().parse("a@(x), .unit", g));
        assertThat(g.apply(r("", "b", "1"))).isPresent();
    }

    @Test
    void fixedOrderOnFullnameFiltersTheNameAsWritten() {
        Filter f = Filter.all();
        ProjectionParser pp = new ProjectionParser();
        pp.parse(".fullname@(Sort-8)", f);
        pp.parse("/gomaxprocs", f);
        assertThat(f.apply(r("Sort-8"))).isPresent();
        assertThat(f.apply(r("Sort-4"))).isEmpty();
    }

    @Test
    void specificKeysAreExcludedFromGroupKeysOfOtherProjections() {
        ProjectionParser pp = new ProjectionParser();
        Projection s = pp.parse(".fullname,.config", Filter.all());
        pp.parse(".name,/a,exc", Filter.all()); // parsed later, still excluded
        assertThat(fields(s, "Name")).isEqualTo(".fullname:*");
        assertThat(fields(s, "Name/a=1")).isEqualTo(".fullname:*");
        assertThat(fields(s, "Name/a=1/b=2")).isEqualTo(".fullname:*/b=2");
        assertThat(fields(s, "Name", "exc", "1")).isEqualTo(".fullname:*");
        assertThat(fields(s, "Name", "exc", "1", "abc", "2")).isEqualTo(".fullname:* abc:2");
        assertThat(fields(s, "Name", "abc", "2")).isEqualTo(".fullname:* abc:2");
    }

    @ParameterizedTest(name = "residue of \"{0}\" = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                 | x:3 y:4 .fullname:Name/a=1/b=2
            .config,.fullname  | ''
            x,/a               | y:4 .fullname:Name/b=2
            .config            | .fullname:Name/a=1/b=2
            .fullname          | x:3 y:4
            .name              | x:3 y:4 .fullname:*/a=1/b=2
            """)
    void residue(String mainProjection, String want) {
        ProjectionParser pp = new ProjectionParser();
        pp.parse(mainProjection, Filter.all());
        Projection s = pp.residue();
        assertThat(fields(s, "Name/a=1/b=2", "x", "3", "y", "4")).isEqualTo(want);
    }

    @Test
    void residueWarnsAboutMixedResults() {
        // The ExampleProjectionParser_Residue scenario: grouping by .fullname,goos hides two goarch values.
        ProjectionParser pp = new ProjectionParser();
        Projection p = pp.parse(".fullname,goos", null);
        Projection residue = pp.residue();
        Result[] rs = {
            r("Alloc", "goos", "linux", "goarch", "amd64"),
            r("Alloc", "goos", "linux", "goarch", "arm64"),
            r("Alloc", "goos", "darwin", "goarch", "amd64"),
        };
        java.util.Map<Key, List<Key>> groups = new java.util.LinkedHashMap<>();
        for (Result res : rs) {
            groups.computeIfAbsent(p.project(res), k -> new java.util.ArrayList<>()).add(residue.project(res));
        }
        List<Key> keys = new java.util.ArrayList<>(groups.keySet());
        Keys.sort(keys);
        assertThat(keys).extracting(Key::toStringWithFields)
                .containsExactly(".fullname:Alloc goos:linux", ".fullname:Alloc goos:darwin");
        assertThat(Keys.nonSingularFields(groups.get(keys.get(0)))).extracting(Field::name).containsExactly("goarch");
        assertThat(Keys.nonSingularFields(groups.get(keys.get(1)))).isEmpty();
    }

    @Test
    void unitProjectionGivesOneKeyPerMeasurement() {
        UnitProjection up = new ProjectionParser().parseWithUnit("x", null);
        Result res = withValues("Name", List.of(new Value(1e-7, "sec/op", 100, "ns/op"),
                new Value(1.21, "gigawatts", 1.21, "gigawatts")), "x", "1");
        List<Key> keys = up.projection().projectValues(res);
        assertThat(keys).extracting(Key::toStringWithFields).containsExactly("x:1 .unit:sec/op", "x:1 .unit:gigawatts");
        assertThat(keys).extracting(k -> k.get(up.unit())).containsExactly("sec/op", "gigawatts");
        assertThat(up.projection().unitField()).contains(up.unit());
        assertThat(up.projection().fields()).extracting(Field::name).containsExactly("x", ".unit");
        // project() leaves .unit empty; projectValues without a unit field repeats one key.
        assertThat(up.projection().project(res).get(up.unit())).isEmpty();
        Projection plain = parse("x");
        assertThat(plain.projectValues(res)).hasSize(2).allSatisfy(k -> assertThat(k).isSameAs(plain.project(res)));
        assertThat(plain.unitField()).isEmpty();
    }

    @Test
    void keyRejectsForeignAndTupleFields() {
        Projection a = parse(".config");
        Key k = a.project(r("", "x", "1"));
        assertThatThrownBy(() -> k.get(a.fields().get(0))).hasMessage(".config is a tuple field");
        Projection b = parse("x");
        assertThatThrownBy(() -> k.get(b.fields().get(0))).hasMessage("Key and Field have different Projections");
        Key other = b.project(r("", "x", "1"));
        assertThatThrownBy(() -> k.compareTo(other)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keys.sort(new java.util.ArrayList<>(List.of(k, other))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonSingularFields() {
        Projection s = parse(".config");
        assertThat(Keys.nonSingularFields(List.of())).isEmpty();
        Key a1b1 = s.project(r("", "a", "1", "b", "1"));
        Key a2b1 = s.project(r("", "a", "2", "b", "1"));
        Key a1b2 = s.project(r("", "a", "1", "b", "2"));
        assertThat(Keys.nonSingularFields(List.of(a1b1))).isEmpty();
        assertThat(Keys.nonSingularFields(List.of(a1b1, a1b1, a1b1))).isEmpty();
        assertThat(Keys.nonSingularFields(List.of(a1b1, a2b1))).extracting(Field::name).containsExactly("a");
        assertThat(Keys.nonSingularFields(List.of(a1b1, a2b1, a1b2))).extracting(Field::name).containsExactly("a", "b");
    }

    @Test
    void keyHeaderGroupsCommonPrefixes() {
        Projection s = parse("a,b,c");
        List<Key> keys = List.of(
                s.project(r("", "a", "1", "b", "1", "c", "1")),
                s.project(r("", "a", "1", "b", "1", "c", "2")),
                s.project(r("", "a", "2", "b", "2", "c", "2")),
                s.project(r("", "a", "2", "b", "3", "c", "3")));
        KeyHeader h = KeyHeader.of(keys);
        assertThat(h.levels()).extracting(Field::name).containsExactly("a", "b", "c");
        assertThat(render(h.top())).isEqualTo("1@0x2(1@0x2(1@0x1 2@1x1)) 2@2x2(2@2x1(2@2x1) 3@3x1(3@3x1))");
        assertThat(KeyHeader.of(List.of()).top()).isEmpty();
    }

    private static String render(List<KeyHeader.Node> nodes) {
        return nodes.stream().map(n -> n.value() + "@" + n.start() + "x" + n.len()
                + (n.children().isEmpty() ? "" : "(" + render(n.children()) + ")")).collect(Collectors.joining(" "));
    }
}
