package dev.jbench.benchstat.v1;

import dev.jbench.benchstat.units.GoNumberFormatException;
import dev.jbench.benchstat.units.GoStrconv;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Parses the flags of classic benchstat with Go {@code flag} package syntax ({@code -name value},
 * {@code -name=value}, {@code --name}, bare boolean flags, {@code --} ends the flags), except that options may
 * also follow file names (a deliberate difference), and bad values are usage errors.
 */
final class ClassicFlags {

    static final String USAGE = "usage: jbenchstat -v1 [options] old.txt [new.txt] [more.txt ...]\n"
            + "options:\n"
            + "  -alpha α\n"
            + "    \tconsider change significant if p < α (default 0.05)\n"
            + "  -csv\n"
            + "    \tprint results in CSV form\n"
            + "  -delta-test test\n"
            + "    \tsignificance test to apply to delta: utest, ttest, or none (default \"utest\")\n"
            + "  -geomean\n"
            + "    \tprint the geometric mean of each file\n"
            + "  -html\n"
            + "    \tprint results as an HTML table\n"
            + "  -norange\n"
            + "    \tsuppress range columns (CSV only)\n"
            + "  -sort order\n"
            + "    \tsort by order: [-]delta, [-]name, none (default \"none\")\n"
            + "  -split labels\n"
            + "    \tsplit benchmarks by labels (default \"pkg,goos,goarch\")\n";

    private static final List<String> BOOL_FLAGS = List.of("geomean", "html", "csv", "norange");
    private static final List<String> VALUE_FLAGS = List.of("delta-test", "alpha", "split", "sort");

    private ClassicFlags() {
    }

    /** Signals {@code -h}/{@code -help}: print the usage. */
    static final class HelpRequested extends Exception {
        private static final long serialVersionUID = 1L;
    }

    static ClassicOptions parse(String[] args) throws UsageException, HelpRequested {
        String deltaTest = "utest";
        double alpha = 0.05;
        boolean geomean = false;
        boolean html = false;
        boolean csv = false;
        boolean noRange = false;
        String split = "pkg,goos,goarch";
        String sort = "none";
        List<String> files = new ArrayList<>();
        boolean flagsDone = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (flagsDone || arg.length() < 2 || arg.charAt(0) != '-') {
                files.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                flagsDone = true;
                continue;
            }
            String name = arg.substring(arg.charAt(1) == '-' ? 2 : 1);
            if (name.isEmpty() || name.charAt(0) == '-' || name.charAt(0) == '=') {
                throw new UsageException("bad flag syntax: " + arg);
            }
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("v1")) {
                if (value != null) {
                    parseBool(name, value);
                }
                continue; // the mode switch itself, when the dispatcher leaves it in
            }
            if (BOOL_FLAGS.contains(name)) {
                boolean b = value == null || parseBool(name, value);
                switch (name) {
                    case "geomean" -> geomean = b;
                    case "html" -> html = b;
                    case "csv" -> csv = b;
                    default -> noRange = b;
                }
                continue;
            }
            if (!VALUE_FLAGS.contains(name)) {
                if (name.equals("h") || name.equals("help")) {
                    throw new HelpRequested();
                }
                throw new UsageException("flag provided but not defined: -" + name);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException("flag needs an argument: -" + name);
                }
                value = args[++i];
            }
            switch (name) {
                case "delta-test" -> deltaTest = value;
                case "alpha" -> alpha = parseAlpha(value);
                case "split" -> split = value;
                default -> sort = value;
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no input files");
        }
        String testName = deltaTest;
        DeltaTest test = DeltaTest.parse(testName).orElseThrow(() -> new UsageException(
                "invalid -delta-test \"" + testName + "\": want utest, ttest or none"));
        Optional<RowOrder> order;
        try {
            order = RowOrder.parse(sort);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<String> splitBy = split.isEmpty() ? List.of() : Arrays.asList(split.split(",", -1));
        return new ClassicOptions(test, alpha, geomean, html, csv, noRange, splitBy, order, files);
    }

    /** Go {@code strconv.ParseBool}. */
    private static boolean parseBool(String name, String value) throws UsageException {
        switch (value) {
            case "1", "t", "T", "TRUE", "true", "True":
                return true;
            case "0", "f", "F", "FALSE", "false", "False":
                return false;
            default:
                throw new UsageException("invalid boolean value \"" + value + "\" for -" + name + ": parse error");
        }
    }

    private static double parseAlpha(String value) throws UsageException {
        double v;
        try {
            v = GoStrconv.parseFloat(value);
        } catch (GoNumberFormatException e) {
            String why = e.reason() == GoNumberFormatException.Reason.RANGE ? "value out of range" : "parse error";
            throw new UsageException("invalid value \"" + value + "\" for flag -alpha: " + why);
        }
        if (!(v >= 0 && v <= 1)) {
            throw new UsageException("-alpha must be in range [0, 1]");
        }
        return v;
    }
}
