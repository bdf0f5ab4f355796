/**
 * Points become money: the pricing method of a rule set ({@link uk.ras.ruleset.PricingMethod}) applied to
 * points, then one sequence of steps (the contingency held back, the floor, the ceiling) used by the
 * whole-budget path and by the funding-stream path alike. {@link uk.ras.ruleset.Pricing} documents the
 * order and every rounding.
 */
package uk.ras.pricing;
