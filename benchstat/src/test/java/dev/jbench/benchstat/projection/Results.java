package dev.jbench.benchstat.projection;

import dev.jbench.benchstat.format.Config;
import dev.jbench.benchstat.format.Name;
import dev.jbench.benchstat.format.Result;
import dev.jbench.benchstat.format.Value;
import java.util.ArrayList;
import java.util.List;

/** Builds test results: a full name plus alternating file-config key/value pairs. */
final class Results {

    private Results() {
    }

    static Result r(String fullName, String... fileConfig) {
        return withValues(fullName, List.of(), fileConfig);
    }

    static Result withValues(String fullName, List<Value> values, String... fileConfig) {
        if (fileConfig.length % 2 != 0) {
            throw new IllegalArgumentException("fileConfig must be alternating key/value pairs");
        }
        List<Config> config = new ArrayList<>();
        for (int i = 0; i < fileConfig.length; i += 2) {
            config.add(new Config(fileConfig[i], fileConfig[i + 1], true));
        }
        return new Result(config, new Name(fullName), 1, values, "test", 1);
    }

    /** A result read from {@code file} (the internal {@code .file} key, not a file config key). */
    static Result fromFile(String file, String fullName, String... fileConfig) {
        Result r = r(fullName, fileConfig);
        List<Config> config = new ArrayList<>(r.config());
        config.add(new Config(".file", file, false));
        return new Result(config, r.name(), 1, r.values(), file, 1);
    }
}
