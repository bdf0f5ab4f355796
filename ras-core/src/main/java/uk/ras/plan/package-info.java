/**
 * Support plans: from the indicative allocation to the personal budget that is agreed. An analysis above
 * {@link uk.ras.allocation} (the indicative budget and its funding streams) and {@link uk.ras.costing}
 * (the cost-based method and the rates in force).
 *
 * <p>A {@link uk.ras.plan.SupportPlan} lists how a person means to meet their assessed needs: a
 * provider's hours (costed by the cost-based method) or quoted price, a personal assistant employed
 * through a direct payment (pay plus the employer's costs the rates declare, {@link
 * uk.ras.costing.EmployerCosts}), assistive technology rented or bought, one-off purchases annualised
 * over their life or charged to their year, transport, and unpaid support that costs nothing and counts
 * only from someone recorded willing and able (the Care Act 2014 forbids assuming it). Each item names
 * the needs it meets and who holds its money ({@link uk.ras.plan.HeldBy}).
 *
 * <p>{@link uk.ras.plan.SupportPlan#check} costs it and sets it beside the indicative budget, which is
 * a starting point, never a cap (Care Act 2014 s26; statutory guidance ch. 11; R (KM) v Cambridgeshire
 * CC [2012] UKSC 23): the headroom, or the excess referred to the panel with the items that drive it
 * (never trimmed); the needs no item meets; who controls how much; what each funding stream pays. An
 * approved plan ({@link uk.ras.plan.PlanCheck#decide}) gives the personal budget: its cost is the plan's
 * cost, and the person's and council's contributions follow the allocation's own rule ({@link
 * uk.ras.allocation.PersonalBudget#forCost}). Every amount is exact pence, every rounding uses the rates'
 * declared mode, and every split is made by {@link uk.ras.money.Apportionment}, so every part adds up
 * exactly to its whole; the explanations trace every pound.
 */
package uk.ras.plan;
