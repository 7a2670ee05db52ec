package dev.jbench.benchstat.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Filter grammar: canonical forms of valid queries, and Go's messages and offsets for invalid ones. */
class FilterParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            *                              | *
            a:b                            | a:b
            a :b                           | a:b
            a : b                          | a:b
            "a":"b c"                      | a:"b c"
            "a\\"":"b c"                   | "a\\"":"b c"
            "a\\u2603":"b c"               | a☃:"b c"
            a-b:c                          | a-b:c
            a*b:c                          | a*b:c
            (a:b)                          | a:b
            a:b c:d e:f                    | (a:b AND c:d AND e:f)
            -a:b                           | -a:b
            -*                             | -*
            a:b AND c:d                    | (a:b AND c:d)
            -a:b AND c:d                   | (-a:b AND c:d)
            -(a:b AND c:d)                 | -(a:b AND c:d)
            a:b AND * AND c:d              | (a:b AND * AND c:d)
            a:b OR c:d                     | (a:b OR c:d)
            a:b AND c:d OR e:f AND g:h     | ((a:b AND c:d) OR (e:f AND g:h))
            a:b AND (c:d OR e:f) AND g:h   | (a:b AND (c:d OR e:f) AND g:h)
            a:/b[/](/)\\/c/                | a:/b[/](/)\\/c/
            a:(b OR c OR d)                | (a:b OR a:c OR a:d)
            a:(b OR "c " OR /d/)           | (a:b OR a:"c " OR a:/d/)
            a:"AND"                        | a:AND
            .unit:ns/op                    | .unit:ns/op
            a:b\u3000c:d                   | (a:b AND c:d)
            a:"\\x41\\101"                 | a:AA
            """)
    void validQueries(String query, String canonical) {
        assertThat(FilterParser.parse(query).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}: {1} at {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            a                 | expected key:value                                                              | 0
            a :               | expected key:value                                                              | 0
            a:                | expected key:value                                                              | 0
            ''                | expected key:value or subexpression                                             | 0
            ()                | expected key:value or subexpression                                             | 1
            AND               | expected key:value or subexpression                                             | 0
            '  OR'            | expected key:value or subexpression                                             | 2
            "a\\z":"b c"      | bad escape sequence                                                             | 0
            x "\\q"          | bad escape sequence                                                             | 2
            a "b              | missing end quote                                                               | 2
            a:"b\\"           | missing end quote                                                               | 2
            (a:b              | missing ")"                                                                     | 4
            (a:b))            | unexpected ")"                                                                  | 5
            a:b @             | unexpected "@"                                                                  | 4
            a:b ,c:d          | unexpected ","                                                                  | 4
            a:/b              | missing close "/"                                                               | 2
            a:/b/c            | regexp must be followed by space or an operator (unescaped "/"?)                | 5
            a:/a)/            | missing close "/"                                                               | 2
            a:(b c)           | value list must be separated by OR                                              | 5
            a:(b AND c)       | value list must be separated by OR                                              | 5
            a:(b OR AND)      | expected value                                                                  | 8
            a:()              | expected value                                                                  | 3
            """)
    void invalidQueries(String query, String message, int offset) {
        assertThatThrownBy(() -> FilterParser.parse(query))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
                    assertThat(e.description()).isEqualTo(message);
                    assertThat(e.offset()).isEqualTo(offset);
                    assertThat(e.query()).isEqualTo(query);
                });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            a:/[[:foo:]]/   | error parsing regexp: invalid character class range: `[:foo:]`
            a:/[[](]/       | error parsing regexp: missing closing ): `[[](]`
            a:/(/           | missing close "/"
            a:/x)y/         | missing close "/"
            a:/a**/         | error parsing regexp: invalid nested repetition operator: `**`
            a:/a*+/         | error parsing regexp: invalid nested repetition operator: `*+`
            a:/*a/          | error parsing regexp: missing argument to repetition operator: `*`
            a:/(?=a)/       | error parsing regexp: invalid or unsupported Perl syntax: `(?=`
            a:/(?>a)/       | error parsing regexp: invalid or unsupported Perl syntax: `(?>`
            a:/(a)\\1/      | error parsing regexp: invalid escape sequence: `\\1`
            a:/\\Z/         | error parsing regexp: invalid escape sequence: `\\Z`
            a:/[z-a]/       | error parsing regexp: invalid character class range: `z-a`
            a:/[a/          | missing close "/"
            a:/a{1001}/     | error parsing regexp: invalid repeat count: `{1001}`
            a:/a{2,1}/      | error parsing regexp: invalid repeat count: `{2,1}`
            """)
    void regexpErrorsAreGos(String query, String message) {
        assertThatThrownBy(() -> FilterParser.parse(query))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
                    assertThat(e.description()).isEqualTo(message);
                    assertThat(e.offset()).isEqualTo(2);
                });
    }
}
