package dev.jbench.benchstat.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 bytes of a character stream, so the byte-oriented {@link LineScanner} can read a {@link Reader}. */
final class Utf8InputStream extends InputStream {
    private final Reader in;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3 + 16);
    private boolean eof;

    Utf8InputStream(Reader in) {
        this.in = in;
        chars.flip();
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (eof && !chars.hasRemaining()) {
                return -1;
            }
            if (!eof) {
                chars.compact();
                int n = in.read(chars);
                chars.flip();
                if (n < 0) {
                    eof = true;
                }
            }
            bytes.clear();
            CoderResult r = encoder.encode(chars, bytes, eof);
            if (eof && !r.isOverflow()) {
                encoder.flush(bytes);
            }
            bytes.flip();
            if (eof && !bytes.hasRemaining() && !chars.hasRemaining()) {
                return -1;
            }
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
