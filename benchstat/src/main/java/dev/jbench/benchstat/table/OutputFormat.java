package dev.jbench.benchstat.table;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The output formats of {@link Tables}: benchstat's {@code text} and {@code csv}, plus {@code markdown} and {@code json}. */
public enum OutputFormat {
    /** benchstat's {@code │} tables with footnotes ({@link TextRenderer}). */
    TEXT,
    /** benchstat's CSV; warnings go to the second stream with cell references ({@link CsvRenderer}). */
    CSV,
    /** GitHub-flavoured Markdown for pull-request comments ({@link MarkdownRenderer}). */
    MARKDOWN,
    /** Every number and verdict for tools ({@link JsonRenderer}). */
    JSON;

    /** The flag value naming this format: {@code text}, {@code csv}, {@code markdown}, {@code json}. */
    public String flagValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code value} (exact lower-case flag value), if any. */
    public static Optional<OutputFormat> parse(String value) {
        return Arrays.stream(values()).filter(f -> f.flagValue().equals(value)).findFirst();
    }

    /**
     * Renders {@code tables} in this format.
     *
     * @param out      standard output
     * @param warnings where CSV writes its warnings (standard error); other formats put warnings in {@code out}
     */
    public void render(Tables tables, Appendable out, Appendable warnings) {
        switch (this) {
            case TEXT -> TextRenderer.write(tables, out);
            case CSV -> CsvRenderer.write(tables, out, warnings);
            case MARKDOWN -> MarkdownRenderer.write(tables, out);
            case JSON -> JsonRenderer.write(tables, out);
        }
    }
}
