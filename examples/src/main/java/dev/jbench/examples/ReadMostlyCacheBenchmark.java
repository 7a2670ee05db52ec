package dev.jbench.examples;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Example 4 — a read-mostly cache under contention: one shared map, every processor hammering it, 1 write per
 * 16 operations. Three ways to make a map thread-safe:
 * <ul>
 *   <li>{@code synchronized}: {@link Collections#synchronizedMap}, one monitor for reads and writes;</li>
 *   <li>{@code rwlock}: a {@link ReentrantReadWriteLock}, readers share the lock, writers exclude everyone;</li>
 *   <li>{@code concurrent}: {@link ConcurrentHashMap}, lock-free reads.</li>
 * </ul>
 * Under contention the lock-based ones serialise on the lock's cache line even for reads; the concurrent one
 * scales. With one thread ({@code -cpu=1}) the differences shrink to the uncontended lock costs, which is why the
 * comparison is worth running at several {@code -cpu} values.
 *
 * <p>{@code @Threads(Threads.MAX)} runs one thread per processor, which under jbench is the {@code -cpu} value
 * (each fork gets {@code -XX:ActiveProcessorCount}); this is Go's {@code b.RunParallel}, also spelled
 * {@link dev.jbench.harness.api.Parallel}. ns/op is per operation of any thread. The map is shared
 * ({@code Scope.Benchmark}); each thread walks its own pseudo-random key sequence ({@code Scope.Thread}), with no
 * allocation in the timed loop (keys and values are made up front).
 *
 * <p>How to run:
 * <pre>
 * ./jbench -bench=ReadMostlyCache -cpu=1,2 -benchmem
 * ./jbench -bench='ReadMostlyCache/impl=concurrent' -count=10   # BenchmarkReadMostlyCache/impl=concurrent-2
 * </pre>
 * Plain JMH: {@code java -jar ... ReadMostlyCacheBenchmark} (threads = all processors).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(Threads.MAX)
public class ReadMostlyCacheBenchmark {

    /** Number of distinct keys; all present from the start. */
    static final int KEYS = 1024;
    /** One operation in this many is a write. */
    static final int WRITE_EVERY = 16;

    /** Which thread-safe map. */
    @Param({"synchronized", "rwlock", "concurrent"})
    String impl;

    Cache cache;
    String[] keys;
    Integer[] values;

    @Setup
    public void fill() {
        cache = Cache.of(impl);
        keys = new String[KEYS];
        values = new Integer[KEYS];
        for (int i = 0; i < KEYS; i++) {
            keys[i] = "key-" + i;
            values[i] = i + 1000; // boxed once here, so writes in the timed loop allocate nothing new
            cache.put(keys[i], values[i]);
        }
    }

    /** Per-thread position in a xorshift key sequence, so that threads do not touch the same keys in step. */
    @State(Scope.Thread)
    public static class Cursor {
        int x;
        int op;

        @Setup
        public void seed() {
            x = (int) Thread.currentThread().getId() * 0x9E3779B9 | 1;
        }

        int next() {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            return x;
        }
    }

    /** Named like the class, so jbench calls it {@code BenchmarkReadMostlyCache/impl=concurrent-2}. */
    @Benchmark
    public Integer readMostlyCache(Cursor cursor) {
        return operate(cache, keys, values, cursor);
    }

    /** One cache operation: a write every {@value #WRITE_EVERY}th call of this cursor, a read otherwise. */
    static Integer operate(Cache cache, String[] keys, Integer[] values, Cursor cursor) {
        int i = (cursor.next() & Integer.MAX_VALUE) % keys.length;
        if (++cursor.op % WRITE_EVERY == 0) {
            cache.put(keys[i], values[(i + cursor.op) % values.length]);
            return null;
        }
        return cache.get(keys[i]);
    }

    /** The three caches under test: a thread-safe String → Integer map. */
    interface Cache {
        Integer get(String key);

        void put(String key, Integer value);

        /** @param impl {@code synchronized}, {@code rwlock} or {@code concurrent} */
        static Cache of(String impl) {
            return switch (impl) {
                case "synchronized" -> new SynchronizedCache();
                case "rwlock" -> new ReadWriteLockCache();
                case "concurrent" -> new ConcurrentCache();
                default -> throw new IllegalArgumentException(
                        "impl must be synchronized, rwlock or concurrent, got " + impl);
            };
        }
    }

    static final class SynchronizedCache implements Cache {
        private final Map<String, Integer> map = Collections.synchronizedMap(new HashMap<>());

        @Override
        public Integer get(String key) {
            return map.get(key);
        }

        @Override
        public void put(String key, Integer value) {
            map.put(key, value);
        }
    }

    static final class ReadWriteLockCache implements Cache {
        private final Map<String, Integer> map = new HashMap<>();
        private final ReadWriteLock lock = new ReentrantReadWriteLock();

        @Override
        public Integer get(String key) {
            lock.readLock().lock();
            try {
                return map.get(key);
            } finally {
                lock.readLock().unlock();
            }
        }

        @Override
        public void put(String key, Integer value) {
            lock.writeLock().lock();
            try {
                map.put(key, value);
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    static final class ConcurrentCache implements Cache {
        private final Map<String, Integer> map = new ConcurrentHashMap<>();

        @Override
        public Integer get(String key) {
            return map.get(key);
        }

        @Override
        public void put(String key, Integer value) {
            map.put(key, value);
        }
    }
}
