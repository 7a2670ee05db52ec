package dev.jbench.benchstat.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Projection grammar: fields of valid expressions, and Go's messages and offsets for invalid ones. */
class ProjectionExprParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            a,b                | a;b
            a, b               | a;b
            a b                | a;b
            a,.name            | a;.name
            a,/b               | a;/b
            a@alpha, b@num     | a@alpha;b@num
            a@(1 2), b@(3 4)   | a@(1 2);b@(3 4)
            "x y"@("p q" r)    | "x y"@("p q" r)
            a@foo              | a@foo
            """)
    void validExpressions(String expr, String fields) {
        List<String> got = ProjectionExprParser.parse(expr).stream().map(FieldSpec::toString).toList();
        assertThat(got).isEqualTo(Arrays.asList(fields.split(";")));
    }

    @Test
    void emptyExpressionHasNoFields() {
        assertThat(ProjectionExprParser.parse("")).isEmpty();
        assertThat(ProjectionExprParser.parse("  ")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} at {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            a,,b      | expected key                                        | 2
            ',a'      | expected key                                        | 0
            a@        | expected named sort order or parenthesized list     | 2
            a@,b      | expected named sort order or parenthesized list     | 2
            a@(       | missing )                                           | 3
            a@(,      | missing )                                           | 3
            a@(x OR)  | missing )                                           | 5
            a@()      | nothing to match                                    | 3
            a@( )     | nothing to match                                    | 4
            a)        | expected key                                        | 1
            a "b      | missing end quote                                   | 2
            """)
    void invalidExpressions(String expr, String message, int offset) {
        assertThatThrownBy(() -> ProjectionExprParser.parse(expr))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
                    assertThat(e.description()).isEqualTo(message);
                    assertThat(e.offset()).isEqualTo(offset);
                });
    }

    @Test
    void offsetsOfKeyAndOrder() {
        FieldSpec f = ProjectionExprParser.parse("x, /size@num").get(1);
        assertThat(f.key()).isEqualTo("/size");
        assertThat(f.keyOffset()).isEqualTo(3);
        assertThat(f.orderOffset()).isEqualTo(9);
        FieldSpec fixed = ProjectionExprParser.parse(".config@(1 2)").get(0);
        assertThat(fixed.order()).isEqualTo(FieldSpec.FIXED);
        assertThat(fixed.fixed()).containsExactly("1", "2");
        assertThat(fixed.orderOffset()).isEqualTo(8);
    }
}
