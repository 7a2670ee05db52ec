package dev.jbench.benchstat.cli;

import dev.jbench.benchstat.units.GoStrconv;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A command-line parser with the syntax and the messages of Go's {@code flag} package, because jbenchstat promises
 * benchstat's command line: {@code -name value}, {@code -name=value}, {@code --name value}, {@code --name=value},
 * boolean flags without a value, {@code --} ends the options, a lone {@code -} is an argument (standard input), and
 * errors read {@code flag provided but not defined: -x}, {@code flag needs an argument: -alpha},
 * {@code invalid value "abc" for flag -alpha: parse error}.
 *
 * <p>One deliberate difference (BENCHSTAT_NOTES §0.3): Go stops at the first non-flag argument, so
 * {@code benchstat old.txt -alpha 0.1} reads a file called {@code -alpha}; here options may follow file names.
 *
 * <p>Why not picocli: picocli can declare single-dash long names and mix options with positionals, but its error
 * texts, its "-5 looks like an option" heuristics and its help layout are its own; reproducing Go's byte-for-byte
 * messages and {@code PrintDefaults} layout would take more custom code than this class, and loading picocli's
 * reflection-based model costs start-up time that a 0.35 s budget cannot spare.
 */
final class GoFlagSet {

    /** Parses and stores one flag's value; throws {@link IllegalArgumentException} with Go's reason text. */
    @FunctionalInterface
    interface Setter {
        void set(String value);
    }

    /** The kind of value, which decides the placeholder in the usage text and how defaults are shown. */
    enum Kind {
        BOOL(""), STRING("string"), FLOAT("float"), VALUE("value");

        final String placeholder;

        Kind(String placeholder) {
            this.placeholder = placeholder;
        }
    }

    private record Flag(String name, Kind kind, String usage, String defValue, Setter setter) {
    }

    /** A usage error: the message to print before the usage text (exit status 2). */
    static final class FlagException extends Exception {
        FlagException(String message) {
            super(message, null, false, false);
        }
    }

    /** Thrown for {@code -h}, {@code -help} and {@code --help} (usage on stderr, exit status 0). */
    static final class HelpRequested extends Exception {
        HelpRequested() {
            super("help requested", null, false, false);
        }
    }

    private final Map<String, Flag> flags = new TreeMap<>(); // sorted by name, as PrintDefaults lists them

    /**
     * Defines a flag.
     *
     * @param name     the name without dashes
     * @param kind     the kind of value
     * @param defValue the default as printed by the usage text (Go: {@code Value.String()} of the default)
     * @param usage    the help text; a {@code `word`} in it names the value in the usage text, as in Go
     * @param setter   receives the value (for {@link Kind#BOOL}: {@code "true"} when the flag has no {@code =value})
     */
    void define(String name, Kind kind, String defValue, String usage, Setter setter) {
        flags.put(name, new Flag(name, kind, usage, defValue, setter));
    }

    /**
     * Parses {@code args}, calling each flag's setter in order, and returns the non-flag arguments in order.
     *
     * @throws FlagException  on a syntax error, an unknown flag, a missing or invalid value
     * @throws HelpRequested  on {@code -h} or {@code -help} (unless defined as flags)
     */
    List<String> parse(String[] args) throws FlagException, HelpRequested {
        List<String> positional = new ArrayList<>();
        int i = 0;
        while (i < args.length) {
            String s = args[i++];
            if (s.length() < 2 || s.charAt(0) != '-') {
                positional.add(s);
                continue;
            }
            int minuses = 1;
            if (s.charAt(1) == '-') {
                minuses = 2;
                if (s.length() == 2) { // "--" terminates the flags
                    for (; i < args.length; i++) {
                        positional.add(args[i]);
                    }
                    break;
                }
            }
            String name = s.substring(minuses);
            if (name.isEmpty() || name.charAt(0) == '-' || name.charAt(0) == '=') {
                throw new FlagException("bad flag syntax: " + s);
            }
            String value = null;
            int eq = name.indexOf('=', 1);
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            Flag flag = flags.get(name);
            if (flag == null) {
                if (name.equals("help") || name.equals("h")) {
                    throw new HelpRequested();
                }
                throw new FlagException("flag provided but not defined: -" + name);
            }
            if (flag.kind == Kind.BOOL) {
                if (value == null) {
                    value = "true";
                }
                set(flag, value, "invalid boolean value " + GoStrconv.quote(value) + " for -" + name + ": ");
                continue;
            }
            if (value == null) {
                if (i >= args.length) {
                    throw new FlagException("flag needs an argument: -" + name);
                }
                value = args[i++];
            }
            set(flag, value, "invalid value " + GoStrconv.quote(value) + " for flag -" + name + ": ");
        }
        return positional;
    }

    private static void set(Flag flag, String value, String prefix) throws FlagException {
        try {
            flag.setter.set(value);
        } catch (IllegalArgumentException e) {
            throw new FlagException(prefix + e.getMessage());
        }
    }

    /** Prints the flag list exactly as Go's {@code FlagSet.PrintDefaults}. */
    void printDefaults(PrintStream out) {
        StringBuilder b = new StringBuilder();
        for (Flag flag : flags.values()) {
            int start = b.length();
            b.append("  -").append(flag.name);
            String usage = flag.usage;
            String placeholder = flag.kind.placeholder;
            int open = usage.indexOf('`');
            int close = open < 0 ? -1 : usage.indexOf('`', open + 1);
            if (close > 0) {
                placeholder = usage.substring(open + 1, close);
                usage = usage.substring(0, open) + placeholder + usage.substring(close + 1);
            }
            if (!placeholder.isEmpty()) {
                b.append(' ').append(placeholder);
            }
            // Go puts the usage of one-letter boolean flags on the same line.
            b.append(b.length() - start <= 4 ? "\t" : "\n    \t");
            b.append(usage.replace("\n", "\n    \t"));
            if (!isZero(flag)) {
                b.append(" (default ")
                        .append(flag.kind == Kind.STRING ? GoStrconv.quote(flag.defValue) : flag.defValue)
                        .append(')');
            }
            b.append('\n');
        }
        out.print(b);
    }

    private static boolean isZero(Flag flag) {
        return switch (flag.kind) {
            case BOOL -> flag.defValue.equals("false");
            case FLOAT -> flag.defValue.equals("0");
            default -> flag.defValue.isEmpty() || flag.defValue.equals("0");
        };
    }
}
