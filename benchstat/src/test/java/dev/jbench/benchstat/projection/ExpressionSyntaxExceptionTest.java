package dev.jbench.benchstat.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The three-line rendering that benchstat prints after "parsing -col: ". */
class ExpressionSyntaxExceptionTest {

    @Test
    void rendersMessageQueryAndCaretLikeGo() {
        // From BENCHSTAT_NOTES §1: benchstat -col '/x@foo'.
        assertThatThrownBy(() -> new ProjectionParser().parse("/x@foo", Filter.all()))
                .hasMessage("syntax error: unknown order \"foo\"\n\t/x@foo\n\t   ^");
    }

    @Test
    void caretCountsGraphicCodePointsOnly() {
        // A tab is not graphic (it does not move the caret); "☃" and the supplementary "😀" count once each.
        ExpressionSyntaxException e = new ExpressionSyntaxException("m", "\t☃😀x", 4);
        assertThat(e.caretColumn()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo("syntax error: m\n\t\t☃😀x\n\t  ^");
    }

    @Test
    void caretAtEndOfQuery() {
        assertThatThrownBy(() -> Filter.parse("(a:b"))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
                    assertThat(e.offset()).isEqualTo(4);
                    assertThat(e.getMessage()).isEqualTo("syntax error: missing \")\"\n\t(a:b\n\t    ^");
                });
    }
}
