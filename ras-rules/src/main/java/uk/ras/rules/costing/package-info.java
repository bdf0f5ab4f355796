/**
 * Rate files and cost-plan files for cost-based budgets ({@link uk.ras.costing}): {@link
 * uk.ras.rules.costing.CostingReader}. The formats are documented in {@code docs/costing.md}.
 */
package uk.ras.rules.costing;
