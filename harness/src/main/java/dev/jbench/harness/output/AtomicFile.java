package dev.jbench.harness.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A text file that is always complete: every {@link #append} rewrites the whole content to a temporary file in the
 * same directory and renames it over the target. A reader (or a run killed at any moment) sees the previous or the
 * new content, never a torn line. Result files are small (a line per sample), so rewriting is cheap.
 */
public final class AtomicFile {

    private final Path target;
    private final StringBuilder content = new StringBuilder();

    /** A file at {@code target}; nothing is written until the first append. */
    public AtomicFile(Path target) {
        this.target = target.toAbsolutePath();
    }

    /** The target path. */
    public Path path() {
        return target;
    }

    /** Appends {@code text} and publishes the new content. */
    public synchronized void append(String text) throws IOException {
        content.append(text);
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
