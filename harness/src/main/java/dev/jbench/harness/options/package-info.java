/**
 * What a jbench run is asked to do, and the translation of one fork's share of it into JMH options.
 *
 * <ul>
 *   <li>{@link dev.jbench.harness.options.RunOptions}: the whole run (Go's flags plus the JVM ones), immutable, built
 *       from {@link dev.jbench.harness.options.RunOptions#withDefaults()} with {@code with…()} calls, so the CLI and
 *       programmatic users produce the same value.</li>
 *   <li>{@link dev.jbench.harness.options.ForkSpec}: what one forked JVM measures (one benchmark, one parameter
 *       combination, one {@code -cpu} value), serialisable to command-line arguments.</li>
 *   <li>{@link dev.jbench.harness.options.JmhOptions}: the only place that builds a JMH {@code OptionsBuilder}.
 *       Forks run JMH embedded ({@code forks(0)}) inside a JVM jbench started itself, so jbench keeps control of
 *       timeouts, kills and streaming.</li>
 * </ul>
 */
package dev.jbench.harness.options;
