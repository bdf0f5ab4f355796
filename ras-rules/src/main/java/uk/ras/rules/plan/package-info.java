/**
 * Support-plan files ({@link uk.ras.plan}): {@link uk.ras.rules.plan.PlanReader}. The format is
 * documented in {@code docs/plans.md} and {@code docs/plan.schema.json}.
 */
package uk.ras.rules.plan;
