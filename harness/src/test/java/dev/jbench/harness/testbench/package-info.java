/**
 * Tiny JMH benchmarks the harness tests run through real forks: known allocation counts, parameter order, the
 * reporting API, parallel runs, and benchmarks that throw, exit or hang. Compiled by JMH's annotation processor in
 * the test build; every test selects the few it needs with {@code -bench} and runs them with {@code -benchtime=Nx}.
 */
package dev.jbench.harness.testbench;
