package dev.jbench.benchstat.projection;

import static dev.jbench.benchstat.projection.Results.r;
import static dev.jbench.benchstat.projection.Results.withValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jbench.benchstat.format.Result;
import dev.jbench.benchstat.format.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Filter semantics: result-level terms, per-measurement .unit masks, boolean combination, apply. */
class FilterTest {

    /** Two measurements: sec/op written as ns/op, and B/op. */
    private static final Result RES = withValues("Name/n1=v3-4", List.of(
                    new Value(100e-9, "sec/op", 100, "ns/op"),
                    new Value(100, "B/op", 100, "B/op")),
            "f1", "v1", "f2", "v2");

    /** Bit i set if measurement i of {@link #RES} matches. */
    private static int mask(String query) {
        Match m = Filter.parse(query).match(RES);
        int got = (m.test(0) ? 1 : 0) | (m.test(1) ? 2 : 0);
        assertThat(m.all()).as("all() of %s", query).isEqualTo(got == 3);
        assertThat(m.any()).as("any() of %s", query).isEqualTo(got != 0);
        assertThat(m.test(-1)).isFalse();
        assertThat(m.test(2)).isFalse();
        return got;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            f1:v1                          | 3
            f1:v2                          | 0
            missing:''                     | 3
            missing:x                      | 0
            /n1:v3                         | 3
            /n1:/^v/                       | 3
            /gomaxprocs:4                  | 3
            .name:Name                     | 3
            .name:Nam                      | 0
            .name:/Nam/                    | 3
            .name:/^am/                    | 0
            .fullname:Name/n1=v3-4         | 3
            .unit:ns/op                    | 1
            .unit:sec/op                   | 1
            .unit:B/op                     | 2
            .unit:foo                      | 0
            .unit:/op$/                    | 3
            *                              | 3
            f1:v1 OR f1:v2                 | 3
            f1:v1 AND f1:v2                | 0
            f1:v1 f1:v2                    | 0
            f1:v1 f2:v2                    | 3
            -f1:v1                         | 0
            --f1:v1                        | 3
            -*                             | 0
            .unit:(ns/op OR B/op)          | 3
            -.unit:ns/op                   | 2
            f1:v1 .unit:B/op               | 2
            f1:v2 OR .unit:B/op            | 2
            f1:v1 OR .unit:B/op            | 3
            -(f1:v1 .unit:B/op)            | 1
            .unit:ns/op OR .unit:B/op      | 3
            .unit:ns/op .unit:B/op         | 0
            """)
    void masks(String query, int want) {
        assertThat(mask(query.replace("''", "\"\""))).isEqualTo(want);
    }

    @Test
    void manyMeasurementsThroughAllOperators() {
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            values.add(new Value(1, "u" + i, 1, ""));
        }
        Result res = withValues("Name", values, "f1", "v1");
        Match m = Filter.parse("f1:v1 AND --(f1:v2 OR .unit:(u0 OR u64 OR u129))").match(res);
        for (int i = 0; i < 130; i++) {
            assertThat(m.test(i)).as("u%d", i).isEqualTo(i == 0 || i == 64 || i == 129);
        }
        // Bits of the inverted mask beyond the 130 measurements must not count.
        Match none = Filter.parse("-.unit:/u/").match(res);
        assertThat(none.any()).isFalse();
        assertThat(Filter.parse("-.unit:nothing").match(res).all()).isTrue();
    }

    @Test
    void applyReducesValuesToTheMatchingOnes() {
        Result kept = Filter.parse(".unit:B/op").apply(RES).orElseThrow();
        assertThat(kept.values()).extracting(Value::unit).containsExactly("B/op");
        assertThat(kept.name()).isEqualTo(RES.name());
        assertThat(kept.config()).isEqualTo(RES.config());
        assertThat(Filter.parse("f1:v1").apply(RES)).containsSame(RES);
        assertThat(Filter.parse("f1:nope").apply(RES)).isEmpty();
        assertThat(Filter.parse(".unit:nope").match(RES).apply(RES).values()).isEmpty();
        assertThat(RES.values()).hasSize(2);
    }

    @Test
    void resultWithoutMeasurementsMatchesAsAWhole() {
        assertThat(Filter.parse("f1:v1").apply(r("X", "f1", "v1"))).isPresent();
        assertThat(Filter.parse("f1:v2").apply(r("X", "f1", "v1"))).isEmpty();
        // Go: an all-bits mask over zero measurements is All(), so the result is kept.
        assertThat(Filter.parse(".unit:x").apply(r("X"))).isPresent();
    }

    @Test
    void fileKeyIsTheInputLabel() {
        Result res = Results.fromFile("old", "X");
        assertThat(Filter.parse(".file:old").match(res).all()).isTrue();
        assertThat(Filter.parse(".file:new").match(res).any()).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1} at {2}")
    @CsvSource(delimiter = '|', textBlock = """
            .config:x              | .config is only allowed in projections | 0
            a:b OR .config:/x/     | .config is only allowed in projections | 7
            a:b "":x               | key must not be empty                  | 4
            """)
    void semanticErrors(String query, String message, int offset) {
        assertThatThrownBy(() -> Filter.parse(query))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
                    assertThat(e.description()).isEqualTo(message);
                    assertThat(e.offset()).isEqualTo(offset);
                });
    }

    @Test
    void regexpsAreUnanchoredRe2() {
        Result res = r("Sort/size=1k-8", "cpu", "Intel(R) Xeon(R) 2.20GHz");
        assertThat(Filter.parse("cpu:/Xeon/").match(res).all()).isTrue();
        assertThat(Filter.parse("cpu:/GHz$/").match(res).all()).isTrue();
        assertThat(Filter.parse("cpu:/^Xeon/").match(res).all()).isFalse();
        assertThat(Filter.parse("cpu:/(?i)xeon/").match(res).all()).isTrue();
        assertThat(Filter.parse("cpu:/[[:digit:]]\\.[[:digit:]]+GHz/").match(res).all()).isTrue();
        assertThat(Filter.parse("cpu:/\\x{58}eon/").match(res).all()).isTrue();
        assertThat(Filter.parse("cpu:/(?P<brand>Intel)/").match(res).all()).isTrue();
        assertThat(Filter.parse(".fullname:/size=1k{1}-/").match(res).all()).isTrue();
        // A "{" that is not a repeat is literal in RE2 (Java would reject it).
        assertThat(Filter.parse("cpu:/a{/").match(r("X", "cpu", "a{")).all()).isTrue();
        // "[" and "&&" inside a class are literal in RE2.
        assertThat(Filter.parse("cpu:/^[]&[]+$/").match(r("X", "cpu", "[&&[")).all()).isTrue();
    }
}
