package dev.jbench.benchstat.table;

import dev.jbench.benchstat.format.Reader;
import dev.jbench.benchstat.format.Record;
import dev.jbench.benchstat.format.SyntaxError;
import dev.jbench.benchstat.projection.Filter;
import dev.jbench.benchstat.projection.Projection;
import dev.jbench.benchstat.projection.ProjectionParser;
import dev.jbench.benchstat.projection.UnitProjection;
import dev.jbench.benchstat.stats.Thresholds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test driver doing what jbenchstat does with a subset of its flags ({@code -table -row -col -ignore -filter -alpha
 * -confidence -format}, Go flag syntax, options before files, {@code label=path}): read, build, render. The real
 * command lives in the {@code cli} package; this keeps the table package's tests independent of it.
 */
final class Pipeline {

    String table = ".config";
    String row = ".fullname";
    String col = ".file";
    String ignore = "";
    String filter = "*";
    double alpha = 0.05;
    double confidence = 0.95;
    String format = "text";
    final List<String> inputs = new ArrayList<>();

    /** Whether every argument was understood (else the case needs the real CLI). */
    boolean supported = true;

    static Pipeline parse(List<String> args) {
        Pipeline p = new Pipeline();
        int i = 0;
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            String name = a.replaceFirst("^--?", "");
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                p.supported = false;
                return p;
            }
            switch (name) {
                case "table" -> p.table = value;
                case "row" -> p.row = value;
                case "col" -> p.col = value;
                case "ignore" -> p.ignore = value;
                case "filter" -> p.filter = value;
                case "alpha" -> p.alpha = Double.parseDouble(value);
                case "confidence" -> p.confidence = Double.parseDouble(value);
                case "format" -> p.format = value;
                default -> p.supported = false;
            }
        }
        p.inputs.addAll(args.subList(i, args.size()));
        return p;
    }

    /** Reads the inputs (relative to {@code dir}) and builds the tables; syntax errors go to {@code err}. */
    Tables build(Path dir, StringBuilder err) throws IOException {
        Filter f = Filter.parse(filter);
        ProjectionParser parser = new ProjectionParser();
        UnitProjection tableBy = parser.parseWithUnit(table, f);
        Projection rowBy = parser.parse(row, f);
        Projection colBy = parser.parse(col, f);
        parser.parse(ignore, f);
        Builder builder = new Builder(tableBy.projection(), rowBy, colBy, parser.residue(), f);

        Map<String, Integer> unlabelledCount = new HashMap<>();
        for (String in : inputs) {
            if (in.indexOf('=') < 0) {
                unlabelledCount.merge(in, 1, Integer::sum);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (String in : inputs) {
            String label;
            String path;
            int eq = in.indexOf('=');
            if (eq >= 0) {
                label = in.substring(0, eq);
                path = in.substring(eq + 1);
            } else {
                path = in;
                label = in;
                if (unlabelledCount.get(in) > 1) {
                    label = in + "#" + (seen.merge(in, 1, Integer::sum) - 1); // path#0, path#1, ...
                }
            }
            try (InputStream s = Files.newInputStream(dir.resolve(path))) {
                Reader reader = new Reader(s, path, ".file", label);
                for (Record r; (r = reader.next()) != null; ) {
                    if (r instanceof SyntaxError e) {
                        err.append(e).append('\n');
                    } else {
                        builder.add(r);
                    }
                }
            }
        }
        return builder.toTables(confidence, Thresholds.withDefaults().withCompareAlpha(alpha));
    }

    /** Renders in {@link #format} (or {@code override} if not null). */
    String render(Tables t, String override, StringBuilder err) {
        String name = override != null ? override : format;
        StringBuilder out = new StringBuilder();
        OutputFormat.parse(name).orElseThrow(() -> new IllegalArgumentException("format " + name))
                .render(t, out, err);
        return out.toString();
    }
}
