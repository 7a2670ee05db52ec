package ${package};

/** 32-bit FNV-1a, the code under test of the sample benchmark. */
public final class Fnv {

    private static final int OFFSET_BASIS = 0x811c9dc5;
    private static final int PRIME = 0x01000193;

    private Fnv() {
    }

    /** Returns the FNV-1a hash of {@code data}. */
    public static int hash(byte[] data) {
        int h = OFFSET_BASIS;
        for (byte b : data) {
            h ^= b & 0xff;
            h *= PRIME;
        }
        return h;
    }
}
