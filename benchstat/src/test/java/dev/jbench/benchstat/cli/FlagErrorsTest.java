package dev.jbench.benchstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Flag syntax errors: Go flag package messages, then the usage, nothing on stdout, exit status 2. */
class FlagErrorsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "-delta-test utest old.txt     | flag provided but not defined: -delta-test",
            "-geomean old.txt              | flag provided but not defined: -geomean",
            "old.txt -alpha                | flag needs an argument: -alpha",
            "-alpha abc old.txt            | invalid value \"abc\" for flag -alpha: parse error",
            "-alpha=1e400 old.txt          | invalid value \"1e400\" for flag -alpha: value out of range",
            "--confidence=0,9 old.txt      | invalid value \"0,9\" for flag -confidence: parse error",
            "-alpha 1d old.txt             | invalid value \"1d\" for flag -alpha: parse error",
            "-alpha 1__0 old.txt           | invalid value \"1__0\" for flag -alpha: parse error",
            "---alpha 0.1 old.txt          | bad flag syntax: ---alpha",
            "-=x old.txt                   | bad flag syntax: -=x",
            "-fail-on=speedup old.txt      | invalid value \"speedup\" for flag -fail-on: must be regression",
            "-threshold=-5% old.txt        | invalid value \"-5%\" for flag -threshold: must be a percentage >= 0 such as 5%",
            "-threshold=five old.txt       | invalid value \"five\" for flag -threshold: must be a percentage such as 5%",
            "-v1=maybe old.txt             | invalid boolean value \"maybe\" for -v1: parse error",
    })
    void flagErrorPrintsGoMessageThenUsage(String args, String message) {
        Captured r = Captured.run(args.trim().split(" +"));
        assertThat(r.status()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(message + "\nUsage: jbenchstat [flags] inputs...\n");
        assertThat(r.err()).contains("  -alpha α\n");
    }

    @Test
    void noInputsPrintsUsageAndExits2() {
        Captured r = Captured.run("-alpha", "0.1");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Usage: jbenchstat [flags] inputs...\n");
    }

    @ParameterizedTest
    @CsvSource({"-h", "-help", "--help", "--h"})
    void helpPrintsUsageOnStderrAndExits0(String flag) {
        Captured r = Captured.run(flag, "old.txt");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Usage: jbenchstat [flags] inputs...\n");
    }

    @Test
    void usageListsEveryFlagInGoPrintDefaultsLayout() {
        String usage = Captured.run("-h").err();
        assertThat(usage).contains("""
                  -alpha α
                    \tconsider change significant if p < α (default 0.05)
                  -col projection
                    \tsplit results into columns by distinct values of projection (default ".file")
                  -confidence level
                    \tconfidence level for ranges (default 0.95)
                """);
        assertThat(usage).contains("""
                  -ignore keys
                    \tignore variations in keys
                  -row projection
                """);
        assertThat(usage).contains("    \t  json     - every cell with center, interval, n, p, delta and warnings\n"
                + "    \t (default \"text\")\n");
        assertThat(usage).contains("  -fail-on regression\n", "  -threshold percent\n", "  -v1\n",
                "  -table projection\n    \tsplit results into tables by distinct values of projection (default \".config\")\n");
        assertThat(usage).endsWith("\n");
    }
}
