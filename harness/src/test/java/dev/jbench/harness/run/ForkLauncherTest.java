package dev.jbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-ahead pipeline with scripted forks (sh scripts that speak the fork protocol), so the order of events
 * can be observed: which process started when, and when a measurement began relative to the next fork's boot.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ForkLauncherTest {

    @TempDir
    Path dir;

    /** A scripted fork: logs its pid, boots for {@code bootSeconds}, then follows the protocol of a measuring fork. */
    private List<String> fork(String name, double bootSeconds) {
        String script = String.join("\n",
                "echo " + name + " $$ >> " + dir.resolve("started"),
                "sleep " + bootSeconds,
                "echo " + name + " $(date +%s%N) >> " + dir.resolve("ready"),
                "printf '#jbench\\tready\\n'",
                "read go",
                "printf '#jbench\\titer\\tw\\t1\\t10\\t1.0\\n'",
                "printf '#jbench\\tgate\\n'",
                "read measure",
                "echo " + name + " $(date +%s%N) >> " + dir.resolve("measured"),
                "printf '#jbench\\titer\\tm\\t1\\t10\\t1.0\\n'",
                "printf '#jbench\\tdone\\n'");
        return List.of("sh", "-c", script);
    }

    private List<String> lines(String file) throws Exception {
        Path f = dir.resolve(file);
        return Files.exists(f) ? Files.readAllLines(f) : List.of();
    }

    private long time(String file, String name) throws Exception {
        return lines(file).stream().filter(l -> l.startsWith(name + " "))
                .mapToLong(l -> Long.parseLong(l.substring(name.length() + 1))).findFirst().orElseThrow();
    }

    @Test
    void theNextForkBootsDuringWarmUpAndIsTakenWhenItsTurnComes() throws Exception {
        List<String> a = fork("a", 0);
        List<String> b = fork("b", 0.5);
        List<List<String>> events = new ArrayList<>();
        try (ForkLauncher launcher = new ForkLauncher(new PrintWriter(new StringWriter()))) {
            ForkProcess.Outcome first = launcher.run(a, b, 0, events::add);
            assertThat(first.done()).isTrue();
            assertThat(first.exitCode()).isZero();
            assertThat(events).extracting(e -> e.get(1)).containsExactly("w", "m");
            // b was started while a ran, and a's measurement began only once b had booted.
            assertThat(lines("started")).hasSize(2);
            assertThat(time("measured", "a")).isGreaterThanOrEqualTo(time("ready", "b"));

            ForkProcess.Outcome second = launcher.run(b, null, 0, e -> { });
            assertThat(second.done()).isTrue();
        }
        assertThat(lines("started")).as("b ran in the process started ahead, not in a new one").hasSize(2);
    }

    @Test
    void aForkStartedForACommandThatDoesNotComeNextIsKilled() throws Exception {
        try (ForkLauncher launcher = new ForkLauncher(new PrintWriter(new StringWriter()))) {
            launcher.run(fork("a", 0), fork("b", 0), 0, e -> { });
            long b = pid("b");
            assertThat(ProcessHandle.of(b).map(ProcessHandle::isAlive)).contains(true);

            launcher.run(fork("c", 0), null, 0, e -> { });
            assertThat(ProcessHandle.of(b).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(lines("started")).extracting(l -> l.split(" ")[0]).containsExactly("a", "b", "c");
        }
    }

    @Test
    void closingKillsTheForkStartedAhead() throws Exception {
        ForkLauncher launcher = new ForkLauncher(new PrintWriter(new StringWriter()));
        launcher.run(fork("a", 0), fork("b", 0), 0, e -> { });
        long b = pid("b");
        launcher.close();
        assertThat(ProcessHandle.of(b).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    private long pid(String name) throws Exception {
        return lines("started").stream().filter(l -> l.startsWith(name + " "))
                .mapToLong(l -> Long.parseLong(l.split(" ")[1])).findFirst().orElseThrow();
    }
}
