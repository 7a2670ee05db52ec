package dev.jbench.benchstat.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The configuration in force while reading a file, with Go's ordering rules: setting an existing key overwrites it
 * in place, a new key is appended, and deleting swaps the key with the last one (Go's {@code Result.deleteConfig}).
 * Results share one immutable snapshot until the configuration changes, so 200,000 results of one file cost one list.
 */
final class ConfigList {
    private final ArrayList<Config> entries = new ArrayList<>();
    private List<Config> snapshot = List.of();

    void clear() {
        entries.clear();
        snapshot = List.of();
    }

    void set(String key, String value, boolean file) {
        snapshot = null;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(key)) {
                entries.set(i, new Config(key, value, file));
                return;
            }
        }
        entries.add(new Config(key, value, file));
    }

    void delete(String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(key)) {
                int last = entries.size() - 1;
                entries.set(i, entries.get(last));
                entries.remove(last);
                snapshot = null;
                return;
            }
        }
    }

    List<Config> snapshot() {
        if (snapshot == null) {
            snapshot = List.copyOf(entries);
        }
        return snapshot;
    }
}
