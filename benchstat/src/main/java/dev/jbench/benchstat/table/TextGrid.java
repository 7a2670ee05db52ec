package dev.jbench.benchstat.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays out a fixed-width text table: cells placed by (row, column), optionally spanning several columns, each with
 * a left margin and an alignment. Behaves like benchstat's {@code texttab.Table}, whose column-width algorithm
 * decides where every {@code │} of the text output lands, so its rules are reproduced exactly:
 * <ul>
 *   <li>a cell's default left margin is one space, none in column 0 or for an empty value;</li>
 *   <li>the margin of a column is the longest margin of any cell starting there (even an invisible one);</li>
 *   <li>widths are first fitted to single-column cells, then spanning cells widen their non-shrink columns,
 *       widest first, each to the rounded-up average of what is still missing;</li>
 *   <li>cells whose value and margin are both blank are not printed, so lines carry no trailing blanks;</li>
 *   <li>all widths count code points, not UTF-16 chars or display width.</li>
 * </ul>
 * Methods return {@code this} so calls chain, as in {@code grid.row().cell("a").cell("b", Align.RIGHT)}.
 */
final class TextGrid {

    /** Where a value sits inside the width its cell spans. */
    enum Align { LEFT, CENTER, RIGHT }

    private record GridCell(int row, int col, int span, String value, String leftMargin, Align align) {
    }

    private final List<GridCell> cells = new ArrayList<>();
    private final List<Boolean> shrink = new ArrayList<>();
    private int cols;
    private int curRow;
    private int curCol;

    /** Starts a new row. The first call (before any cell) stays on row 0. */
    TextGrid row() {
        if (!cells.isEmpty()) {
            curRow++;
        }
        curCol = 0;
        return this;
    }

    /** Skips forward to column {@code col} (0-based) of the current row. */
    TextGrid col(int col) {
        if (col < curCol) {
            throw new IllegalStateException("cannot move from column " + curCol + " to earlier column " + col);
        }
        curCol = col;
        return this;
    }

    /** The column the next cell will start in. */
    int curCol() {
        return curCol;
    }

    /** Adds a left-aligned one-column cell with the default margin. */
    TextGrid cell(String value) {
        return span(1, value, Align.LEFT, null);
    }

    /** Adds a one-column cell with the default margin. */
    TextGrid cell(String value, Align align) {
        return span(1, value, align, null);
    }

    /** Adds a one-column cell; {@code leftMargin == null} means the default margin. */
    TextGrid cell(String value, Align align, String leftMargin) {
        return span(1, value, align, leftMargin);
    }

    /**
     * Adds a cell spanning {@code span >= 1} columns at the current position and moves past it.
     *
     * @param leftMargin the margin printed before the value, or {@code null} for the default (one space, none in
     *                   column 0 or for an empty value)
     */
    TextGrid span(int span, String value, Align align, String leftMargin) {
        String margin = leftMargin;
        if (margin == null) {
            margin = curCol == 0 || value.isEmpty() ? "" : " ";
        }
        cells.add(new GridCell(curRow, curCol, span, value, margin, align));
        curCol += span;
        cols = Math.max(cols, curCol);
        return this;
    }

    /** Marks column {@code col} as a shrink column: spanning cells never widen it. */
    void setShrink(int col, boolean value) {
        while (shrink.size() < col + 1) {
            shrink.add(false);
        }
        shrink.set(col, value);
    }

    private boolean isShrink(int col) {
        return col < shrink.size() && shrink.get(col);
    }

    /** Lays the table out and appends it to {@code out}, each line ending in {@code \n}. */
    void format(Appendable out) {
        try {
            formatTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The laid-out table as a string. */
    String format() {
        StringBuilder sb = new StringBuilder();
        format(sb);
        return sb.toString();
    }

    private void formatTo(Appendable out) throws IOException {
        int[] margin = new int[cols];
        for (GridCell c : cells) {
            margin[c.col()] = Math.max(margin[c.col()], GoText.runes(c.leftMargin()));
        }
        int[] widths = columnWidths(margin);
        int[] offs = new int[cols + 1];
        for (int i = 0; i < cols; i++) {
            offs[i + 1] = offs[i] + widths[i];
        }

        List<GridCell> ordered = new ArrayList<>(cells);
        ordered.sort(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::col));
        int row = 0;
        int off = 0;
        for (GridCell c : ordered) {
            if (GoText.isBlank(c.value()) && GoText.isBlank(c.leftMargin())) {
                continue; // no trailing blanks from empty cells at the end of a row
            }
            for (; row < c.row(); row++) {
                out.append('\n');
                off = 0;
            }
            int spaces = offs[c.col()] - off;
            appendSpaces(out, Math.abs(spaces)); // Go's %*s pads by |width| even when negative
            appendRightJustified(out, c.leftMargin(), margin[c.col()]);
            off += spaces + margin[c.col()];
            int width = offs[c.col() + c.span()] - offs[c.col()] - margin[c.col()];
            String padded = pad(c.value(), c.align(), width);
            out.append(padded);
            off += GoText.runes(padded);
        }
        if (!cells.isEmpty()) {
            out.append('\n');
        }
    }

    /** Column widths including margins: single cells first, then spans in order of increasing span. */
    private int[] columnWidths(int[] margin) {
        int[] ws = new int[cols];
        List<GridCell> bySpan = new ArrayList<>(cells);
        bySpan.sort(Comparator.comparingInt(GridCell::span));
        for (GridCell c : bySpan) {
            int need = GoText.runes(c.value()) + margin[c.col()];
            if (c.span() == 1) {
                ws[c.col()] = Math.max(ws[c.col()], need);
                continue;
            }
            int have = 0;
            for (int col = c.col(); col < c.col() + c.span(); col++) {
                have += ws[col];
            }
            if (have >= need) {
                continue;
            }
            // Shrink columns keep their width but count towards the span; the others grow, widest first,
            // each to the rounded-up average of what is still missing, so rounding spreads to the narrow ones.
            List<Integer> growable = new ArrayList<>();
            for (int col = c.col(); col < c.col() + c.span(); col++) {
                if (isShrink(col)) {
                    need -= ws[col];
                } else {
                    growable.add(col);
                }
            }
            growable.sort((a, b) -> Integer.compare(ws[b], ws[a]));
            int remaining = growable.size();
            for (int col : growable) {
                int avg = (need + remaining - 1) / remaining; // truncating, as Go's
                ws[col] = Math.max(ws[col], avg);
                need -= ws[col];
                remaining--;
            }
        }
        return ws;
    }

    private static String pad(String s, Align align, int width) {
        StringBuilder sb = new StringBuilder();
        switch (align) {
            case LEFT -> sb.append(s);
            case CENTER -> {
                int left = (width - GoText.runes(s)) / 2; // truncating division, as Go's
                spaces(sb, Math.abs(left));
                sb.append(s);
            }
            case RIGHT -> {
                try {
                    appendRightJustified(sb, s, width);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return sb.toString();
    }

    /** Go's {@code %*s}: right-justify in {@code width} code points, left-justify when width is negative. */
    private static void appendRightJustified(Appendable out, String s, int width) throws IOException {
        int fill = Math.abs(width) - GoText.runes(s);
        if (fill <= 0) {
            out.append(s);
        } else if (width > 0) {
            appendSpaces(out, fill);
            out.append(s);
        } else {
            out.append(s);
            appendSpaces(out, fill);
        }
    }

    private static void appendSpaces(Appendable out, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }

    private static void spaces(StringBuilder sb, int n) {
        sb.append(" ".repeat(Math.max(0, n)));
    }
}
