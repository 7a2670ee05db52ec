package dev.jbench.benchstat.format;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameTest {

    @ParameterizedTest(name = "{0}: base ''{1}'', parts {2}, suffix ''{3}''")
    @CsvSource(delimiter = '|', value = {
        "Foo|Foo||",
        "Foo-8|Foo|-8|-8",
        "Foo-08|Foo|-08|-08",
        "Foo-|Foo-||",
        "Foo-8x|Foo-8x||",
        "-8|''|-8|-8",
        "''|''||",
        "Foo/bar=1/baz-8|Foo|/bar=1,/baz,-8|-8",
        "Foo/bar-8/baz|Foo|/bar-8,/baz|",
        "/a=1|''|/a=1|",
        "Foo/size=1k/x=a=b-16|Foo|/size=1k,/x=a=b,-16|-16",
        "Foo//x|Foo|/,/x|",
        "Foo-1-2|Foo-1|-2|-2",
    })
    void baseParts(String full, String base, String parts, String suffix) {
        Name n = new Name(full);
        List<String> wantParts = parts == null ? List.of() : Arrays.asList(parts.split(","));
        assertThat(n.base()).isEqualTo(base);
        assertThat(n.parts()).isEqualTo(wantParts);
        assertThat(n.gomaxprocsSuffix()).isEqualTo(suffix == null ? "" : suffix);
        assertThat(n.withoutGomaxprocs() + n.gomaxprocsSuffix()).isEqualTo(full);
    }

    @ParameterizedTest(name = "{0} {1} = ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "Foo/size=1k-8|/size|1k",
        "Foo/size=1k/size=2k|/size|1k",
        "Foo/x=a=b-8|/x|a=b",
        "Foo/sizes=1|/size|''",
        "Foo/size|/size|''",
        "Foo/size=-8|/size|''",
        "Foo-8|/gomaxprocs|8",
        "Foo/gomaxprocs=4|/gomaxprocs|4",
        "Foo/gomaxprocs=4-2|/gomaxprocs|2",
        "Foo|/gomaxprocs|''",
        "size=1|/size|''",
    })
    void subNameValue(String full, String key, String want) {
        assertThat(new Name(full).subNameValue(key)).isEqualTo(want);
    }

    /** Base name plus parts is the full name, for any name made of the characters that matter. */
    @Property(tries = 1000)
    void partsReassembleTheName(@ForAll("names") String full) {
        Name n = new Name(full);
        assertThat(n.base() + String.join("", n.parts())).isEqualTo(full);
        for (String part : n.parts().subList(0, Math.max(0, n.parts().size() - 1))) {
            assertThat(part).startsWith("/");
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("ab/-=01").ofMaxLength(12);
    }
}
