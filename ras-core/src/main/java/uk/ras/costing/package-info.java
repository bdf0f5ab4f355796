/**
 * Cost-based budgets, the method of the care-funding calculators, open and explained: {@link
 * uk.ras.costing.Rates} (effective-dated versions of hourly rates, built up from pay or given, with time
 * bands, sleep-ins, waking nights, sessions and mileage) price a {@link uk.ras.costing.CostPlan} (weekly
 * lines of support for a person or a shared setting) on a date into a {@link uk.ras.costing.Costing}:
 * each person's core, shared and personal amounts, weekly and annual, every pound traced to a line, a
 * rate and its build-up. The file formats and command are in {@code docs/costing.md}.
 *
 * <p>Every amount is exact pence. Exactly three steps round to the penny, each with the rates' declared
 * mode: a built-up hourly rate (once, before a band), a rate after its band, and a line's weekly cost.
 * Core and shared lines are split among their users exactly as {@link uk.ras.isf} splits a setting's
 * cost lines (largest remainder in whole pence, see {@link uk.ras.money.Apportionment}), so a house's
 * Individual Service Funds can be built straight from its costed rota.
 */
package uk.ras.costing;
