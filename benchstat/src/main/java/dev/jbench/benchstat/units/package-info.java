/**
 * Benchmark units and Go-compatible number handling (Go's {@code benchunit} plus the parts of {@code strconv} and
 * {@code fmt} that benchstat's output depends on).
 *
 * <ul>
 *   <li>{@link dev.jbench.benchstat.units.Tidy} normalises pre-scaled units ({@code ns/op} → {@code sec/op},
 *       {@code MB/s} → {@code B/s}) so that values in different prefixes can be compared and re-scaled.</li>
 *   <li>{@link dev.jbench.benchstat.units.UnitClass} says whether a unit scales by 1000 (SI) or 1024 (IEC).</li>
 *   <li>{@link dev.jbench.benchstat.units.Scaler} picks one prefix and precision for a set of values so that every
 *       value shows at least three significant digits, and formats values with it.</li>
 *   <li>{@link dev.jbench.benchstat.units.GoFloats} formats doubles exactly as Go's {@code %v}, {@code %.Nf},
 *       {@code %+.Nf}, {@code %.Ne} and {@code %.Ng} do: shortest round-trip digits, and round-half-even on the
 *       exact binary value. Java's {@code String.format} rounds differently and is locale dependent, so benchstat
 *       output must never use it for numbers.</li>
 *   <li>{@link dev.jbench.benchstat.units.GoStrconv} parses numbers with Go's {@code strconv.ParseFloat} and
 *       {@code strconv.Atoi} syntax (underscores, hex floats, {@code inf}/{@code nan}) and errors.</li>
 *   <li>{@link dev.jbench.benchstat.units.GoUnicode} answers Go's {@code unicode.IsSpace/IsLower/IsUpper}, which
 *       differ from {@link java.lang.Character}'s predicates.</li>
 * </ul>
 *
 * <p>This package depends on the JDK only.
 */
package dev.jbench.benchstat.units;
