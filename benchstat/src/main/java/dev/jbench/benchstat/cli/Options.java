package dev.jbench.benchstat.cli;

import java.io.PrintStream;
import java.util.List;
import java.math.BigDecimal;

/**
 * The flags of jbenchstat's default (benchstat v2) mode, their defaults, and the usage text. Mirrors the flag
 * definitions in golang/perf {@code cmd/benchstat/main.go}, extended with {@code -format markdown|json},
 * {@code -fail-on}, {@code -threshold} and {@code -v1}.
 */
final class Options {

    /** What {@code -fail-on} makes the exit status depend on. */
    enum FailOn {
        /** Default: the exit status ignores the comparisons. */
        NOTHING,
        /** Exit status 3 when a significant comparison is worse than {@code -threshold} (see {@link RegressionGate}). */
        REGRESSION
    }

    static final String USAGE = """
            Usage: jbenchstat [flags] inputs...

            jbenchstat computes statistical summaries and A/B comparisons of Go
            benchmarks. It shows benchmark medians in a table with a row for each
            benchmark and a column for each input file. If there is more than one
            input file, it also shows A/B comparisons between the files. If a
            difference is likely to be noise, it shows "~".

            Inputs are Go benchmark format files (go test -bench, jbench) or JMH
            JSON result files (-rf json); "-" reads standard input, and
            "label=path" labels a file's column. Flags may also follow the inputs.
            Exit status: 0 ok, 1 unreadable input, 2 usage error, 3 regression
            found by -fail-on.

            Examples:
              $ jbenchstat old.txt new.txt
              $ jbenchstat -format markdown old.txt new.txt
              $ jbenchstat -fail-on=regression -threshold=25% old.txt new.txt
              $ jbenchstat -fail-on=regression old.txt new.txt    # exit status 3
              $ jbenchstat -col /format -row .name new.txt
              $ jbenchstat old=jmh-old.json new=jmh-new.json
              $ jbenchstat -v1 -geomean old.txt new.txt

            For details, see https://pkg.go.dev/golang.org/x/perf/cmd/benchstat.
            """;

    String table = ".config";
    String row = ".fullname";
    String col = ".file";
    String ignore = "";
    String filter = "*";
    double alpha = 0.05;
    double confidence = 0.95;
    String format = "text";
    FailOn failOn = FailOn.NOTHING;
    /** Regression threshold in percent, &ge; 0. */
    double thresholdPercent = 0;

    /** Parsed inputs (non-flag arguments) in order. */
    List<String> inputs = List.of();

    private final GoFlagSet flags = new GoFlagSet();

    Options() {
        flags.define("table", GoFlagSet.Kind.STRING, table,
                "split results into tables by distinct values of `projection`", v -> table = v);
        flags.define("row", GoFlagSet.Kind.STRING, row,
                "split results into rows by distinct values of `projection`", v -> row = v);
        flags.define("col", GoFlagSet.Kind.STRING, col,
                "split results into columns by distinct values of `projection`", v -> col = v);
        flags.define("ignore", GoFlagSet.Kind.STRING, ignore, "ignore variations in `keys`", v -> ignore = v);
        flags.define("filter", GoFlagSet.Kind.STRING, filter,
                "use only benchmarks matching benchfilter `query`", v -> filter = v);
        flags.define("alpha", GoFlagSet.Kind.FLOAT, "0.05", "consider change significant if p < `α`",
                v -> alpha = GoFloat.parse(v));
        flags.define("confidence", GoFlagSet.Kind.FLOAT, "0.95", "confidence `level` for ranges",
                v -> confidence = GoFloat.parse(v));
        flags.define("format", GoFlagSet.Kind.STRING, format, """
                print results in `format`:
                  text     - plain text
                  csv      - comma-separated values (warnings will be written to stderr)
                  markdown - GitHub-flavoured Markdown tables, for pull-request comments
                  json     - every cell with center, interval, n, p, delta and warnings
                """, v -> format = v);
        flags.define("fail-on", GoFlagSet.Kind.VALUE, "",
                "exit with status 3 if any comparison is a `regression`: significant (p <= α)\n"
                        + "and worse than -threshold in the unit's bad direction", v -> failOn = parseFailOn(v));
        flags.define("threshold", GoFlagSet.Kind.VALUE, "0",
                "with -fail-on, ignore changes of at most `percent` (e.g. 5%)", v -> thresholdPercent = parsePercent(v));
        flags.define("v1", GoFlagSet.Kind.BOOL, "false",
                "classic benchstat (old name/old time/op/new time/op/delta tables and flags; see -v1 -h)", v -> parseBool(v)); // valid forms are taken out by Main before parsing

    }

    /**
     * Parses {@code args} into this object.
     *
     * @throws GoFlagSet.FlagException on a flag syntax error (print it, then the usage; exit status 2)
     * @throws GoFlagSet.HelpRequested on {@code -h}/{@code -help} (print the usage; exit status 0)
     */
    void parse(String[] args) throws GoFlagSet.FlagException, GoFlagSet.HelpRequested {
        inputs = flags.parse(args);
    }

    /** Prints the usage paragraph and the flag list, as Go's {@code flags.Usage}. */
    void printUsage(PrintStream err) {
        err.print(USAGE);
        flags.printDefaults(err);
    }

    static FailOn parseFailOn(String v) {
        return switch (v) {
            case "regression" -> FailOn.REGRESSION;
            case "", "nothing" -> FailOn.NOTHING;
            default -> throw new IllegalArgumentException("must be regression");
        };
    }

    /** {@code 5%}, {@code 5} or {@code 0.5%}: a percentage &ge; 0 (the {@code %} is optional). */
    static double parsePercent(String v) {
        String s = v.endsWith("%") ? v.substring(0, v.length() - 1) : v;
        double p;
        try {
            p = GoFloat.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be a percentage such as 5%");
        }
        if (p >= 0 && p < Double.POSITIVE_INFINITY) {
            return p;
        }
        throw new IllegalArgumentException("must be a percentage >= 0 such as 5%");
    }

    /** Go's {@code strconv.ParseBool}. */
    static boolean parseBool(String v) {
        return switch (v) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> throw new IllegalArgumentException("parse error");
        };
    }

    /** Formats {@link #thresholdPercent} for messages, e.g. {@code 5%}. */
    String thresholdText() {
        return new BigDecimal(Double.toString(thresholdPercent)).stripTrailingZeros().toPlainString() + "%";
    }
}
