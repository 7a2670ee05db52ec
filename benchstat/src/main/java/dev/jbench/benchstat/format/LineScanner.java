package dev.jbench.benchstat.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines like Go's {@code bufio.ScanLines}: a line ends at {@code \n}, one trailing
 * {@code \r} is dropped, and the last line need not end with a newline. Unlike Go's scanner there is no line-length
 * limit (a deliberate difference of jbenchstat): the buffer grows to hold the longest line.
 *
 * <p>The current line is {@code buf()[start(), end())}, valid until the next call to {@link #next()}.
 */
final class LineScanner {
    private static final int INITIAL_SIZE = 1 << 14;

    private final InputStream in;
    private byte[] buf = new byte[INITIAL_SIZE];
    private int pos;        // start of unconsumed data
    private int limit;      // end of valid data
    private int searched;   // bytes from pos already known to hold no '\n'
    private boolean eof;
    private int lineStart;
    private int lineEnd;

    LineScanner(InputStream in) {
        this.in = in;
    }

    /** Advances to the next line; false at the end of input. */
    boolean next() throws IOException {
        while (true) {
            int from = pos + searched;
            for (int i = from; i < limit; i++) {
                if (buf[i] == '\n') {
                    setLine(pos, i);
                    pos = i + 1;
                    searched = 0;
                    return true;
                }
            }
            searched = limit - pos;
            if (eof) {
                if (pos < limit) {
                    setLine(pos, limit);
                    pos = limit;
                    searched = 0;
                    return true;
                }
                return false;
            }
            fill();
        }
    }

    private void setLine(int start, int end) {
        if (end > start && buf[end - 1] == '\r') {
            end--;
        }
        lineStart = start;
        lineEnd = end;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    byte[] buf() {
        return buf;
    }

    int start() {
        return lineStart;
    }

    int end() {
        return lineEnd;
    }
}
