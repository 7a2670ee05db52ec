/**
 * Interleaved A/B runs (issue 6): {@code jbench -bench=... -count=10 -base=OTHER -o new.txt -baseout old.txt}
 * measures the selected benchmarks of two builds (or two JVMs) in one run and prints the jbenchstat comparison.
 *
 * <p>Why: on shared machines the noise drifts over minutes (episodes in which everything runs 40-60% slower), so
 * two runs made at different times disagree even for identical code. Measuring both sides in the same time window,
 * alternating, makes their samples exchangeable, which is what benchstat's Mann-Whitney test assumes.
 *
 * <p>Pipeline:
 * <ol>
 *   <li>{@link dev.jbench.harness.ab.BaseBuild} turns {@code -base}, {@code -basejvm} and {@code -basejvmarg} into
 *       the base {@link dev.jbench.harness.run.Side}; everything else (heap, warm-up, bench time, jbench's own
 *       classpath) is shared, so the two sides differ only in what the user asked to vary.</li>
 *   <li>Both sides are listed by their own fork; {@link dev.jbench.harness.ab.AbPlan} pairs the cases by Go name
 *       and reports the ones present on one side only (they still run, on their side).</li>
 *   <li>{@link dev.jbench.harness.ab.AbRun} runs {@code -count} rounds; in each round every case forks once per
 *       side, base first in odd rounds and head first in even rounds (ABBA), so a linear drift and any "second
 *       fork of a pair" effect cancel over two rounds. Each fork is one sample, exactly as in a normal run.</li>
 *   <li>Each side streams to its own Go-format file through {@link dev.jbench.harness.output.TextReport}, which
 *       republishes the file atomically after every line, so both files are valid at every moment (Ctrl-C
 *       included). A failing fork fails that case on its side only; the other side keeps measuring it.</li>
 *   <li>At the end, jbenchstat ({@code dev.jbench.benchstat.cli.Main.run}) compares {@code base=old.txt} with
 *       {@code head=new.txt} in-process.</li>
 * </ol>
 */
package dev.jbench.harness.ab;
