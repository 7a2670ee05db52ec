package dev.jbench.harness.profile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * File names of one benchmark's profiles: {@code <stem>.<flag file name>}, in the flag file's directory, where the
 * stem is the benchmark's Go name made safe: {@code BenchmarkSort/size=100-2} → {@code BenchmarkSort_size=100-2}.
 *
 * <p>Safety: the stem keeps only {@code A-Z a-z 0-9 . _ = + - @}, everything else (path separators, {@code :},
 * spaces, control and non-ASCII characters) becomes {@code _}, and a leading dot or dash becomes {@code _}, so a
 * stem is never {@code ..}, never hidden, never an option, and can never name another directory. When the mapping
 * lost more than {@code /}, or the stem is long, 8 hex digits of the name's SHA-256 are appended so that different
 * names cannot share files. {@link #resolve} checks containment once more before anything is written.
 */
public final class ProfileFiles {

    /** Longest stem kept before the hash; file systems allow 255 bytes per name, leave room for the suffixes. */
    static final int MAX_STEM = 120;

    private ProfileFiles() {
    }

    /** The safe stem for a Go benchmark name. */
    public static String stem(String goName) {
        StringBuilder sb = new StringBuilder(goName.length());
        boolean lossy = false;
        for (int i = 0; i < goName.length(); i++) {
            char c = goName.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '=' || c == '+' || c == '-' || c == '@';
            if (ok) {
                sb.append(c);
            } else {
                sb.append('_');
                lossy |= c != '/';
            }
        }
        if (sb.length() == 0 || sb.charAt(0) == '.' || sb.charAt(0) == '-') {
            sb.insert(0, '_');
            lossy = true;
        }
        if (sb.indexOf("..") >= 0) {
            lossy = true; // harmless inside a name, but a reader should not have to think about it
            String s = sb.toString().replace("..", "._");
            sb.setLength(0);
            sb.append(s);
        }
        if (sb.length() > MAX_STEM) {
            sb.setLength(MAX_STEM);
            lossy = true;
        }
        if (lossy) {
            sb.append('~').append(hash(goName));
        }
        return sb.toString();
    }

    /**
     * The file for benchmark stem {@code stem} of the flag path {@code flagPath}: same directory, name
     * {@code stem + "." + flag file name}.
     *
     * @throws IllegalStateException if the result would leave that directory (cannot happen for {@link #stem} output)
     */
    public static Path resolve(Path flagPath, String stem, String suffix) {
        Path dir = flagPath.toAbsolutePath().normalize().getParent();
        Path f = dir.resolve(stem + "." + suffix).normalize();
        if (!dir.equals(f.getParent()) || stem.contains("/") || stem.contains("\\")) {
            throw new IllegalStateException("profile file " + f + " would leave " + dir);
        }
        return f;
    }

    /** The pprof file name for a flag value: the value's own file name. */
    public static String profileSuffix(Path flagPath) {
        return flagPath.getFileName().toString();
    }

    /** The flame graph's name next to a profile: the flag's file name without its extension(s), plus {@code .html}. */
    public static String htmlSuffix(Path flagPath) {
        String n = flagPath.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".pb.gz", ".pprof.gz", ".prof", ".pprof", ".pb", ".gz", ".out"}) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                return n.substring(0, n.length() - ext.length()) + ".html";
            }
        }
        return n + ".html";
    }

    /** The trace file name: the flag's file name, with {@code .jfr} added unless present (JMC looks for it). */
    public static String traceSuffix(Path flagPath) {
        String n = flagPath.getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith(".jfr") ? n : n + ".jfr";
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
