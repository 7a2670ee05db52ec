package dev.jbench.benchstat.format;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads benchmark results from a sequence of inputs, one after the other, adding the internal configuration key
 * {@code .file} to every result. Mirrors Go's {@code benchfmt.Files}.
 *
 * <ul>
 *   <li>With {@link Option#ALLOW_LABELS}, an argument {@code label=path} (split at the first {@code =}; the label may
 *       be empty) reads {@code path} and uses {@code label} as {@code .file}.</li>
 *   <li>Unlabelled paths given more than once are labelled {@code path#0}, {@code path#1}, ... (counting only the
 *       unlabelled occurrences), so their results stay apart instead of silently doubling samples.</li>
 *   <li>With {@link Option#ALLOW_STDIN}, the path {@code -} is standard input, and no paths at all means standard
 *       input alone.</li>
 *   <li>With {@link Option#DETECT_JMH_JSON}, an input that starts with {@code [} is read as JMH JSON
 *       ({@link JmhJsonReader}); it gets the same {@code .file} key.</li>
 *   <li>Files are opened lazily, in order. A file that cannot be opened or read ends the sequence with an
 *       {@link IOException} whose message has Go's form: {@code open x.txt: no such file or directory}.</li>
 * </ul>
 * Unit metadata carries across files; configuration does not.
 */
public final class Files implements Closeable {

    /** Optional behaviours; the CLI uses both. */
    public enum Option {
        /** {@code -} means standard input, and an empty path list means standard input alone. */
        ALLOW_STDIN,
        /** Paths may be {@code label=path}. */
        ALLOW_LABELS,
        /**
         * An input whose first non-blank character is {@code [} is read as a JMH JSON result file
         * ({@link JmhJsonReader}) instead of Go benchmark text.
         */
        DETECT_JMH_JSON
    }

    /** How many leading bytes are examined to tell JMH JSON from Go text. */
    private static final int SNIFF_BYTES = 4096;

    /**
     * One input.
     *
     * @param path    the path as given ({@code -} for standard input)
     * @param label   the value of {@code .file} for its results
     * @param isStdin whether it is standard input
     */
    public record Input(String path, String label, boolean isStdin) {
    }

    private final List<Input> inputs;
    private final InputStream stdin;
    private final Path directory;
    private final boolean detectJson;
    private int nextInput;
    private Reader reader;
    private java.util.Iterator<Record> jsonRecords;
    private InputStream current;
    private boolean currentIsStdin;

    /** Inputs {@code paths} with all options, standard input {@code System.in}, relative to the working directory. */
    public Files(List<String> paths) {
        this(paths, EnumSet.allOf(Option.class), System.in, Path.of(""));
    }

    /**
     * Inputs {@code paths}.
     *
     * @param paths     command-line style arguments
     * @param options   which of {@link Option} apply
     * @param stdin     what {@code -} reads (never closed by this class)
     * @param directory the directory relative paths are resolved against (labels and error messages keep the path
     *                  as given)
     */
    public Files(List<String> paths, Set<Option> options, InputStream stdin, Path directory) {
        this.inputs = parse(paths, options);
        this.detectJson = options.contains(Option.DETECT_JMH_JSON);
        this.stdin = stdin;
        this.directory = directory;
    }

    /** The inputs with their labels, in reading order. */
    public List<Input> inputs() {
        return inputs;
    }

    /** Parses the path arguments into inputs, applying labels and {@code #N} disambiguation. */
    static List<Input> parse(List<String> paths, Set<Option> options) {
        boolean allowStdin = options.contains(Option.ALLOW_STDIN);
        boolean allowLabels = options.contains(Option.ALLOW_LABELS);
        List<Input> out = new ArrayList<>();
        if (allowStdin && paths.isEmpty()) {
            out.add(new Input("-", "-", true));
        }
        Map<String, Integer> count = new HashMap<>();
        List<Boolean> labelled = new ArrayList<>();
        for (String arg : paths) {
            String path = arg;
            String label = arg;
            int eq = arg.indexOf('=');
            boolean isLabelled = allowLabels && eq >= 0;
            if (isLabelled) {
                label = arg.substring(0, eq);
                path = arg.substring(eq + 1);
            } else {
                count.merge(path, 1, Integer::sum);
            }
            out.add(new Input(path, label, allowStdin && path.equals("-")));
            labelled.add(isLabelled);
        }
        Map<String, Integer> seen = new HashMap<>();
        int offset = out.size() - paths.size();
        for (int i = 0; i < paths.size(); i++) {
            Input in = out.get(offset + i);
            if (labelled.get(i) || count.get(in.path()) == 1) {
                continue;
            }
            int n = seen.merge(in.path(), 1, Integer::sum) - 1;
            out.set(offset + i, new Input(in.path(), in.path() + "#" + n, in.isStdin()));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The next record of the sequence, or null after the last input.
     *
     * @throws IOException if an input cannot be opened or read; reading stops there
     */
    public Record next() throws IOException {
        while (true) {
            if (current == null) {
                if (nextInput >= inputs.size()) {
                    return null;
                }
                Input in = inputs.get(nextInput++);
                currentIsStdin = in.isStdin();
                current = currentIsStdin ? stdin : open(in.path());
                if (detectJson) {
                    current = new BufferedInputStream(current, SNIFF_BYTES * 2);
                    if (isJson(current, in.path())) {
                        jsonRecords = readJson(in).iterator();
                    }
                }
                if (reader == null) {
                    reader = new Reader(current, in.path(), ".file", in.label());
                } else {
                    reader.reset(current, in.path(), ".file", in.label());
                }
            }
            if (jsonRecords != null) {
                if (jsonRecords.hasNext()) {
                    return jsonRecords.next();
                }
                jsonRecords = null;
                closeCurrent();
                continue;
            }
            Record r;
            try {
                r = reader.next();
            } catch (IOException e) {
                closeCurrent();
                throw e;
            }
            if (r != null) {
                return r;
            }
            closeCurrent();
        }
    }

    /** Unit metadata accumulated from all inputs read so far. */
    public UnitMetadataMap units() {
        return reader == null ? new UnitMetadataMap() : reader.units();
    }

    /** Closes the input being read, if any (never standard input). */
    @Override
    public void close() throws IOException {
        closeCurrent();
    }

    private void closeCurrent() throws IOException {
        InputStream c = current;
        current = null;
        if (c != null && !currentIsStdin) {
            c.close();
        }
    }

    private static boolean isJson(InputStream in, String path) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = new byte[SNIFF_BYTES];
        int n = 0;
        try {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
        } catch (IOException e) {
            throw new IOException(path + ":0: " + e.getMessage(), e);
        }
        in.reset();
        return JmhJsonReader.looksLikeJson(head, n);
    }

    private List<Record> readJson(Input in) throws IOException {
        String text;
        try {
            text = new String(current.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            closeCurrent();
            throw new IOException(in.path() + ":0: " + e.getMessage(), e);
        }
        return JmhJsonReader.read(text, in.path(), List.of(new Config(".file", in.label(), false)));
    }

    private InputStream open(String path) throws IOException {
        Path p = directory.resolve(path);
        try {
            if (java.nio.file.Files.isDirectory(p)) {
                throw new IOException(path + ":0: read " + path + ": is a directory");
            }
            return java.nio.file.Files.newInputStream(p);
        } catch (NoSuchFileException e) {
            throw new IOException("open " + path + ": no such file or directory", e);
        } catch (AccessDeniedException e) {
            throw new IOException("open " + path + ": permission denied", e);
        } catch (java.nio.file.FileSystemException e) {
            String reason = e.getReason() == null ? "cannot open" : e.getReason().toLowerCase(java.util.Locale.ROOT);
            throw new IOException("open " + path + ": " + reason, e);
        }
    }
}
