package dev.jbench.harness.profile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The protobuf wire format, as far as pprof's profile.proto needs it: varints (wire type 0), length-delimited
 * fields (wire type 2, including packed repeated varints), and skipping of fixed 32/64-bit fields. Hand-written
 * because it is about a hundred lines, where a protobuf runtime and generated code would be a dependency of megabytes.
 * See https://protobuf.dev/programming-guides/encoding/.
 */
final class ProtoWire {

    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LEN = 2;
    static final int FIXED32 = 5;

    private ProtoWire() {
    }

    /** Appends fields to a growing buffer. */
    static final class Out {
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

        void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                buf.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            buf.write((int) v);
        }

        private void tag(int field, int wireType) {
            varint(((long) field << 3) | wireType);
        }

        /** A varint field; proto3 omits zero values, so we do too. */
        Out int64(int field, long v) {
            if (v != 0) {
                tag(field, VARINT);
                varint(v);
            }
            return this;
        }

        Out bytes(int field, byte[] b) {
            tag(field, LEN);
            varint(b.length);
            buf.write(b, 0, b.length);
            return this;
        }

        Out string(int field, String s) {
            return bytes(field, s.getBytes(StandardCharsets.UTF_8));
        }

        Out message(int field, Out m) {
            return bytes(field, m.toByteArray());
        }

        /** A packed repeated varint field (written even when empty only if non-empty values exist). */
        Out packed(int field, long[] vs) {
            if (vs.length == 0) {
                return this;
            }
            Out inner = new Out();
            for (long v : vs) {
                inner.varint(v);
            }
            return bytes(field, inner.toByteArray());
        }

        /** Appends already encoded fields. */
        void raw(byte[] b) {
            buf.write(b, 0, b.length);
        }

        byte[] toByteArray() {
            return buf.toByteArray();
        }
    }

    /** Reads fields from a byte range; every read checks bounds and throws {@link MalformedProfileException}. */
    static final class In {
        private final byte[] b;
        private int pos;
        private final int end;
        int field;
        int wireType;

        In(byte[] b, int from, int to) {
            this.b = b;
            this.pos = from;
            this.end = to;
        }

        /** Advances to the next field's tag; false at the end. */
        boolean next() {
            if (pos >= end) {
                return false;
            }
            long tag = varint();
            field = (int) (tag >>> 3);
            wireType = (int) (tag & 7);
            if (field <= 0) {
                throw new MalformedProfileException("field number 0 at byte " + pos);
            }
            return true;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) {
                    throw new MalformedProfileException("truncated varint at byte " + pos);
                }
                int x = b[pos++] & 0xFF;
                v |= (long) (x & 0x7F) << shift;
                if (x < 0x80) {
                    return v;
                }
            }
            throw new MalformedProfileException("varint longer than 10 bytes at byte " + pos);
        }

        /** The payload of a length-delimited field as a sub-reader. */
        In sub() {
            long len = varint();
            if (len < 0 || len > end - pos) {
                throw new MalformedProfileException("length " + len + " past the end at byte " + pos);
            }
            In in = new In(b, pos, pos + (int) len);
            pos += (int) len;
            return in;
        }

        String string() {
            In s = sub();
            return new String(b, s.pos, s.end - s.pos, StandardCharsets.UTF_8);
        }

        /** A repeated varint field, packed or not: calls {@code sink} for each value. */
        void varints(java.util.function.LongConsumer sink) {
            if (wireType == LEN) {
                In s = sub();
                while (s.pos < s.end) {
                    sink.accept(s.varint());
                }
            } else if (wireType == VARINT) {
                sink.accept(varint());
            } else {
                throw new MalformedProfileException("field " + field + ": wire type " + wireType + " where a varint belongs");
            }
        }

        /** A single varint field's value. */
        long int64() {
            if (wireType != VARINT) {
                throw new MalformedProfileException("field " + field + ": wire type " + wireType + " where a varint belongs");
            }
            return varint();
        }

        void skip() {
            switch (wireType) {
                case VARINT -> varint();
                case FIXED64 -> advance(8);
                case LEN -> sub();
                case FIXED32 -> advance(4);
                default -> throw new MalformedProfileException("unsupported wire type " + wireType + " at byte " + pos);
            }
        }

        private void advance(int n) {
            if (n > end - pos) {
                throw new MalformedProfileException("truncated field at byte " + pos);
            }
            pos += n;
        }
    }
}
