package dev.jbench.benchstat.projection;

import java.util.regex.Pattern;

/**
 * One token of the expression syntax.
 *
 * @param kind    {@link #WORD}, {@link #QUOTED}, {@link #REGEXP}, {@link #AND}, {@link #OR}, an operator character
 *                ({@code ( ) : @ , - *}) or {@link #EOF}
 * @param start   index of the token's first char (after skipped white space)
 * @param end     index just after the token: where lexing resumes
 * @param text    the token: unquoted for quoted words, the regexp source for regexps
 * @param pattern the compiled regexp for {@link #REGEXP} tokens, else {@code null}
 */
record Token(char kind, int start, int end, String text, Pattern pattern) {

    static final char EOF = 0;
    static final char WORD = 'w';
    static final char QUOTED = 'q';
    static final char REGEXP = 'r';
    static final char AND = 'A';
    static final char OR = 'O';

    boolean isWord() {
        return kind == WORD || kind == QUOTED;
    }
}
