package dev.jbench.benchstat.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parity with Go: every expression in {@code projection/go-expression-errors.txt} was given to the real benchstat
 * (golang.org/x/perf 712aea8 built with Go 1.19); its error (from "parsing ...", three lines) or OK is the oracle.
 */
class GoExpressionErrorsTest {

    private record Case(String flag, String expression, String goOutcome) {
    }

    @TestFactory
    Stream<DynamicTest> sameErrorsAsGoBenchstat() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.flag + " " + c.expression,
                () -> assertThat(outcome(c.flag, c.expression)).isEqualTo(c.goOutcome)));
    }

    /** What jbenchstat reports for {@code flag expression}, in benchstat's words, or OK. */
    private static String outcome(String flag, String expression) {
        try {
            Filter filter = Filter.all();
            ProjectionParser parser = new ProjectionParser();
            switch (flag) {
                case "-filter" -> Filter.parse(expression);
                case "-table" -> parser.parseWithUnit(expression, filter);
                default -> parser.parse(expression, filter);
            }
            return "OK";
        } catch (ExpressionSyntaxException e) {
            return "parsing " + flag + ": " + e.getMessage();
        }
    }

    private static List<Case> cases() throws IOException {
        String text;
        try (InputStream in = GoExpressionErrorsTest.class.getResourceAsStream("/projection/go-expression-errors.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && !lines[i].startsWith("=== ")) {
            i++;
        }
        while (i < lines.length && lines[i].startsWith("=== ")) {
            String flag = lines[i].substring(4);
            String expr = lines[i + 1];
            int j = i + 2;
            StringBuilder outcome = new StringBuilder(lines[j++]);
            while (j < lines.length && !lines[j].startsWith("=== ") && !(j == lines.length - 1 && lines[j].isEmpty())) {
                outcome.append('\n').append(lines[j++]);
            }
            cases.add(new Case(flag, expr, outcome.toString()));
            i = j;
        }
        assertThat(cases).hasSizeGreaterThan(150);
        return cases;
    }
}
