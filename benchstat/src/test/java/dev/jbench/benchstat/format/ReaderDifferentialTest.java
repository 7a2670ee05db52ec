package dev.jbench.benchstat.format;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential test against Go's own benchfmt.Reader: go-reader-corpus.txt.gz holds 4,000 random and mutated inputs
 * with the records Go produced for them (generator and format: gen_go_reader.go.txt next to it). The records this
 * Reader produces must be the same, value bits included.
 */
class ReaderDifferentialTest {
    private static final HexFormat HEX = HexFormat.of();

    record Case(byte[] input, List<String> want) {
    }

    @Test
    void recordsMatchGoBenchfmtReader() throws IOException {
        List<Case> cases = load();
        assertThat(cases).hasSize(4000);
        assertThat(cases.stream().mapToLong(c -> c.want().stream().filter(w -> w.startsWith("R ")).count()).sum())
                .as("the corpus exercises results").isGreaterThan(500);
        List<String> mismatches = new ArrayList<>();
        for (Case c : cases) {
            List<String> got = new ArrayList<>();
            Reader r = new Reader(new ByteArrayInputStream(c.input()), "test");
            for (Record rec; (rec = r.next()) != null; ) {
                got.add(dump(rec));
            }
            if (!got.equals(c.want())) {
                mismatches.add("input " + new String(c.input(), StandardCharsets.UTF_8).replace("\n", "\\n")
                        .replace("\r", "\\r") + "\n  got:  " + got + "\n  want: " + c.want());
            }
        }
        assertThat(mismatches).as("inputs where this Reader differs from Go's").isEmpty();
    }

    private static String h(String s) {
        return HEX.formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String bits(double v) {
        String hex = Long.toHexString(Double.doubleToRawLongBits(v));
        return "0".repeat(16 - hex.length()) + hex;
    }

    static String dump(Record rec) {
        if (rec instanceof Result r) {
            List<String> cfg = new ArrayList<>();
            for (Config c : r.config()) {
                cfg.add(h(c.key()) + "=" + h(c.value()) + "/" + (c.file() ? "f" : "i"));
            }
            List<String> vals = new ArrayList<>();
            for (Value v : r.values()) {
                vals.add(bits(v.value()) + "," + h(v.unit()) + "," + bits(v.origValue()) + "," + h(v.origUnit()));
            }
            return "R " + r.line() + " " + h(r.name().full()) + " " + r.iters() + " " + String.join(",", cfg) + " "
                    + String.join(";", vals);
        }
        if (rec instanceof SyntaxError e) {
            return "E " + e.line() + " " + h(e.msg());
        }
        UnitMetadata m = (UnitMetadata) rec;
        return "U " + m.line() + " " + h(m.unit()) + " " + h(m.key()) + " " + h(m.value()) + " " + h(m.origUnit());
    }

    private static List<Case> load() throws IOException {
        try (InputStream raw = ReaderDifferentialTest.class.getResourceAsStream("/format/go-reader-corpus.txt.gz")) {
            assertThat(raw).as("test resource /format/go-reader-corpus.txt.gz").isNotNull();
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8));
            List<Case> cases = new ArrayList<>();
            byte[] input = null;
            List<String> want = null;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("I ")) {
                    if (input != null) {
                        cases.add(new Case(input, want));
                    }
                    input = HEX.parseHex(line.substring(2));
                    want = new ArrayList<>();
                } else {
                    want.add(line);
                }
            }
            if (input != null) {
                cases.add(new Case(input, want));
            }
            return cases;
        }
    }
}
