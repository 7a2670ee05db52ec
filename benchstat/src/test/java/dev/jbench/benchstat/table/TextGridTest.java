package dev.jbench.benchstat.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jbench.benchstat.table.TextGrid.Align;
import org.junit.jupiter.api.Test;

/** Layout rules of {@link TextGrid}; expected strings are what benchstat's texttab prints for the same calls. */
class TextGridTest {

    @Test
    void cellsAreSeparatedByOneSpaceAndLinesHaveNoTrailingBlanks() {
        TextGrid g = new TextGrid();
        g.row().cell("a").cell("b").cell("c");
        g.row().cell("long").cell("e").cell("long");
        assertThat(g.format()).isEqualTo("a    b c\nlong e long\n");
    }

    @Test
    void alignment() {
        TextGrid g = new TextGrid();
        g.row().cell("a", Align.LEFT).cell("b", Align.CENTER).cell("c", Align.RIGHT);
        g.row().cell("xxx").cell("xxx").cell("xxx");
        assertThat(g.format()).isEqualTo("a    b    c\nxxx xxx xxx\n");
    }

    @Test
    void centerPadsOnlyOnTheLeftRoundingDown() {
        TextGrid g = new TextGrid();
        g.row().cell("0123456789");
        g.row().cell("abc", Align.CENTER);
        g.row().cell("abcd", Align.CENTER);
        assertThat(g.format()).isEqualTo("0123456789\n   abc\n   abcd\n");
    }

    @Test
    void widestMarginOfAColumnAppliesToAllItsCells() {
        TextGrid g = new TextGrid();
        g.row().cell("a").cell("b", Align.LEFT, "  ");
        g.row().cell("c").cell("d");
        g.row().cell("e").cell("f", Align.LEFT, "|");
        assertThat(g.format()).isEqualTo("a  b\nc  d\ne |f\n");
    }

    @Test
    void missingCellsInTheMiddleAndAtTheEnd() {
        TextGrid g = new TextGrid();
        g.row().cell("a").col(2).cell("c");
        g.row().cell("d").cell("e").cell("f");
        assertThat(g.format()).isEqualTo("a   c\nd e f\n");

        g = new TextGrid();
        g.row().cell("a");
        g.row().cell("d").cell("e").cell("f");
        assertThat(g.format()).isEqualTo("a\nd e f\n");
    }

    @Test
    void blankRowsArePrinted() {
        TextGrid g = new TextGrid();
        g.row().cell("a");
        g.row();
        g.row();
        g.row().cell("b");
        assertThat(g.format()).isEqualTo("a\n\n\nb\n");
    }

    @Test
    void spansFitOrWidenTheirColumns() {
        TextGrid g = new TextGrid();
        g.row().cell("a").cell("b");
        g.row().span(2, "abc", Align.LEFT, null);
        assertThat(g.format()).isEqualTo("a b\nabc\n");

        g = new TextGrid();
        g.row().cell("a").cell("b");
        g.row().span(2, "abcdefg", Align.LEFT, null);
        assertThat(g.format()).isEqualTo("a   b\nabcdefg\n");

        g = new TextGrid();
        g.row().cell("abc").cell("def");
        g.row().span(2, "a", Align.RIGHT, null);
        assertThat(g.format()).isEqualTo("abc def\n      a\n");
    }

    @Test
    void spansWidenNarrowColumnsBeforeWideOnes() {
        TextGrid g = new TextGrid();
        g.row().cell("a").cell("def");
        g.row().span(2, "abdef", Align.RIGHT, null);
        assertThat(g.format()).isEqualTo("a def\nabdef\n");

        g = new TextGrid();
        g.row().cell("a").cell("def");
        g.row().span(2, "abcdef", Align.RIGHT, null);
        assertThat(g.format()).isEqualTo("a  def\nabcdef\n");
    }

    @Test
    void spansWithMargins() {
        TextGrid g = new TextGrid();
        g.row().cell("a").cell("b", Align.LEFT, "  ").cell("x");
        g.row().span(2, "a__b", Align.LEFT, null).cell("x");
        assertThat(g.format()).isEqualTo("a  b x\na__b x\n");
    }

    @Test
    void shrinkColumnsAreNotWidenedBySpans() {
        TextGrid g = new TextGrid();
        g.row().span(2, "abcdef", Align.LEFT, null);
        g.row().cell("a").cell("bc");
        g.row().cell("x").cell("y");
        g.setShrink(1, true);
        assertThat(g.format()).isEqualTo("abcdef\na   bc\nx   y\n");
    }

    @Test
    void widthsCountCodePointsNotCharsOrBytes() {
        TextGrid g = new TextGrid();
        g.row().cell("𝄞µ").cell("x");           // 2 code points, 3 UTF-16 chars, 6 bytes
        g.row().cell("abc").cell("☃", Align.RIGHT);
        assertThat(g.format()).isEqualTo("𝄞µ  x\nabc ☃\n");
    }

    @Test
    void emptyTablePrintsNothing() {
        assertThat(new TextGrid().format()).isEmpty();
    }

    @Test
    void movingBackwardsIsAProgrammingError() {
        TextGrid g = new TextGrid();
        g.row().cell("a").cell("b");
        assertThatThrownBy(() -> g.col(0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("earlier column 0");
    }
}
