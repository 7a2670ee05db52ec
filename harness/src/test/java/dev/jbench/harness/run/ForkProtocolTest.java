package dev.jbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForkProtocolTest {

    @Test
    void fieldsSurviveTabsNewlinesAndBackslashes() {
        String line = ForkProtocol.encode("fail", "java.lang.X: a\tb\n\tat C.m(C.java:1)\\", "");
        assertThat(line).doesNotContain("\n").startsWith(ForkProtocol.MARK + "\t");
        assertThat(ForkProtocol.decode(line)).containsExactly("fail", "java.lang.X: a\tb\n\tat C.m(C.java:1)\\", "");
    }

    @Test
    void otherLinesAreNotProtocol() {
        assertThat(ForkProtocol.decode("OpenJDK 64-Bit Server VM warning: x")).isNull();
        assertThat(ForkProtocol.decode("#jbenchx\tdone")).isNull();
    }
}
