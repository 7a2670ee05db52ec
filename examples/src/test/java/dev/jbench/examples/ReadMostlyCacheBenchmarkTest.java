package dev.jbench.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadMostlyCacheBenchmarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"synchronized", "rwlock", "concurrent"})
    void behavesLikeAMap(String impl) {
        ReadMostlyCacheBenchmark.Cache cache = ReadMostlyCacheBenchmark.Cache.of(impl);
        assertThat(cache.get("a")).isNull();
        cache.put("a", 1);
        cache.put("b", 2);
        cache.put("a", 3);
        assertThat(cache.get("a")).isEqualTo(3);
        assertThat(cache.get("b")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"synchronized", "rwlock", "concurrent"})
    void benchmarkReadsAndWritesOnlyItsKeysAndValues(String impl) {
        ReadMostlyCacheBenchmark b = new ReadMostlyCacheBenchmark();
        b.impl = impl;
        b.fill();
        ReadMostlyCacheBenchmark.Cursor cursor = new ReadMostlyCacheBenchmark.Cursor();
        cursor.seed();
        int reads = 0;
        for (int i = 0; i < 1600; i++) {
            Integer v = b.readMostlyCache(cursor);
            if (v != null) {
                reads++;
                assertThat(v).isBetween(1000, 1000 + ReadMostlyCacheBenchmark.KEYS - 1);
            }
        }
        assertThat(reads).isEqualTo(1600 - 1600 / ReadMostlyCacheBenchmark.WRITE_EVERY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"synchronized", "rwlock", "concurrent"})
    void concurrentWritersLoseNothing(String impl) throws InterruptedException {
        ReadMostlyCacheBenchmark.Cache cache = ReadMostlyCacheBenchmark.Cache.of(impl);
        int threads = 4;
        int perThread = 2000;
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread w = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        cache.put(id + ":" + i, i);
                        cache.get(id + ":" + (i / 2));
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            workers.add(w);
            w.start();
        }
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        assertThat(failure.get()).isNull();
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                assertThat(cache.get(t + ":" + i)).isEqualTo(i);
            }
        }
    }

    @Test
    void unknownImplementationIsRejectedWithTheChoices() {
        assertThatThrownBy(() -> ReadMostlyCacheBenchmark.Cache.of("hashtable"))
                .hasMessageContaining("synchronized, rwlock or concurrent");
    }
}
