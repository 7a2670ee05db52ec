package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Benchmarks measure code that works: the published FNV-1a test vectors. */
class FnvTest {

    @Test
    void matchesPublishedVectors() {
        assertEquals(0x811c9dc5, Fnv.hash(new byte[0]));
        assertEquals(0xe40c292c, Fnv.hash("a".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(0xbf9cf968, Fnv.hash("foobar".getBytes(StandardCharsets.US_ASCII)));
    }
}
