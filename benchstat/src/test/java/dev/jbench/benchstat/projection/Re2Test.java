package dev.jbench.benchstat.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where java.util.regex and RE2 differ, the translated pattern must behave like RE2 (unanchored search). */
class Re2Test {

    @ParameterizedTest(name = "/{0}/ on \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            a$            | 'a\\n'   | false
            (?m)a$        | 'a\\n'   | true
            a\\z          | a        | true
            .             | '\\n'    | false
            (?s).         | '\\n'    | true
            a.c           | 'a\\rc'  | true
            ^b            | 'a\\nb'  | false
            (?m)^b        | 'a\\nb'  | true
            \\v           | '\\u000b' | true
            \\v           | '\\n'    | false
            \\s           | '\\u000b' | false
            [[:space:]]   | '\\u000b' | true
            [\\s]         | '\\u000b' | false
            \\12          | '\\n'    | true
            \\0           | '\\u0000' | true
            (?U)a+        | aaa      | true
            ^(?U)(a+)$    | aaa      | true
            []a]          | ]        | true
            [^]a]         | ]        | false
            [a-]          | -        | true
            \\pL          | é        | true
            \\p{Greek}    | λ        | true
            \\P{Greek}    | λ        | false
            \\p{^Greek}   | λ        | false
            [[:^alpha:]]  | a        | false
            \\Q.*\\E      | '.*'     | true
            \\Q.*\\E      | ab       | false
            (?i)straße    | STRASSE  | false
            (?i)é         | É        | true
            a{2}          | aa       | true
            a{,2}         | 'a{,2}'  | true
            a{01}         | 'a{01}'  | true
            \\x{1F600}    | 😀       | true
            \\x41\\x{42}  | AB       | true
            x*?y          | xxy      | true
            (?:ab)+       | abab     | true
            \\bx\\b      | 'éx'     | true
            \\bx\\b      | 'ax'     | false
            \\Bx         | 'éx'     | false
            \\Bx         | 'ax'     | true
            """)
    void matchesLikeRe2(String re, String input, boolean want) throws Exception {
        Pattern p = Re2.compile(unescape(re));
        assertThat(p.matcher(unescape(input)).find()).isEqualTo(want);
    }

    @ParameterizedTest(name = "/{0}/ -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            a**          | invalid nested repetition operator: `**`
            a*+          | invalid nested repetition operator: `*+`
            a*?+         | invalid nested repetition operator: `*?+`
            a{2}{3}      | invalid nested repetition operator: `{2}{3}`
            ?            | missing argument to repetition operator: `?`
            (*)          | missing argument to repetition operator: `*`
            'a|*'        | missing argument to repetition operator: `*`
            (a           | missing closing ): `(a`
            a)           | unexpected ): `a)`
            [a           | missing closing ]: `[a`
            [z-a]        | invalid character class range: `z-a`
            [[:foo:]]    | invalid character class range: `[:foo:]`
            \\p{Foo}     | invalid character class range: `\\p{Foo}`
            (?=a)        | invalid or unsupported Perl syntax: `(?=`
            (?!a)        | invalid or unsupported Perl syntax: `(?!`
            (?x)a        | invalid or unsupported Perl syntax: `(?x`
            (?i-)a       | invalid or unsupported Perl syntax: `(?i-)`
            \\1          | invalid escape sequence: `\\1`
            \\e          | invalid escape sequence: `\\e`
            \\Z          | invalid escape sequence: `\\Z`
            \\R          | invalid escape sequence: `\\R`
            [\\b]        | invalid escape sequence: `\\b`
            \\x{110000}  | invalid escape sequence: `\\x{110000`
            \\xZZ       | invalid escape sequence: `\\xZZ`
            \\x{}       | invalid escape sequence: `\\x{}`
            (?-)a        | invalid or unsupported Perl syntax: `(?-)`
            (?P<a-b>x)   | invalid named capture: `(?P<a-b>`
            (?<n>x)      | invalid or unsupported Perl syntax: `(?<`
            \\C          | invalid escape sequence: `\\C`
            \\p{greek}  | invalid character class range: `\\p{greek}`
            \\p{Cn}     | invalid character class range: `\\p{Cn}`
            a{1001}      | invalid repeat count: `{1001}`
            a\\          | trailing backslash at end of expression: ``
            """)
    void rejectsLikeRe2(String re, String message) {
        try {
            Re2.compile(unescape(re));
            throw new AssertionError("accepted " + re);
        } catch (Re2SyntaxException e) {
            assertThat(e.getMessage()).isEqualTo("error parsing regexp: " + unescape(message));
        }
    }

    /** Table cells spell backslashes doubled and control characters as Java escapes. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == 'n') {
                    b.append('\n');
                    i++;
                    continue;
                } else if (n == 'r') {
                    b.append('\r');
                    i++;
                    continue;
                } else if (n == 'u' && i + 5 < s.length()) {
                    b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                } else if (n == '\\') {
                    b.append('\\');
                    i++;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }
}
