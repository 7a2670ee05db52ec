package dev.jbench.benchstat.projection;

/**
 * What {@link ProjectionParser#parseWithUnit} returns (Go's {@code ParseWithUnit} pair): a projection with an
 * extra trailing {@code .unit} field, and that field. Use {@link Projection#projectValues} with it.
 *
 * @param projection the projection, whose last top-level field is {@code unit}
 * @param unit       the {@code .unit} field, ordered by observation
 */
public record UnitProjection(Projection projection, Field unit) {
}
