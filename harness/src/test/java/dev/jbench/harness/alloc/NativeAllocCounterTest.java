package dev.jbench.harness.alloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class NativeAllocCounterTest {

    @Test
    void aMissingLibraryTellsHowToGetIt() {
        assertThatThrownBy(() -> NativeAllocCounter.extractAndLoad("/dev/jbench/harness/alloc/absent.so"))
                .isInstanceOf(AllocCountingUnavailableException.class)
                .hasMessageStartingWith("the native counter was not built")
                .hasMessageContaining("gcc")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aLibraryThatCannotLoadSaysToRebuild() {
        assertThatThrownBy(() -> NativeAllocCounter.extractAndLoad("/dev/jbench/harness/alloc/not-a-library.so"))
                .isInstanceOf(AllocCountingUnavailableException.class)
                .hasMessageStartingWith("cannot load the native counter")
                .hasMessageContaining("rebuild jbench on this machine");
    }

    @Test
    void theBuiltCounterLoadsAndCountsThisThreadOnlyWhenItIsAWorker() throws Exception {
        var reason = NativeAllocCounter.unavailableReason();
        assumeTrue(reason.isEmpty(), () -> "skipped: " + reason.orElse(""));
        NativeAllocCounter counter = NativeAllocCounter.load();
        assertThat(NativeAllocCounter.load()).isSameAs(counter);

        counter.enable();
        AllocCounts before = counter.snapshot();
        Object[] sink = new Object[1000];
        for (int i = 0; i < sink.length; i++) {
            sink[i] = new Object(); // the test thread is not a JMH worker: not counted
        }
        AllocCounts during = counter.snapshot().minus(before);
        counter.disable();

        assertThat(sink[999]).isNotNull();
        assertThat(during).isEqualTo(AllocCounts.ZERO);
    }
}
