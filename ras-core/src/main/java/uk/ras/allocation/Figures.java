package uk.ras.allocation;

import uk.ras.pricing.BudgetFlag;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import uk.ras.funding.StreamAmount;
import uk.ras.funding.StreamAttribution;
import uk.ras.money.Money;

/**
 * What a budget states for its total: the amounts, the flags, what each stream pays and the personal
 * budget. Without funding streams and without a contribution, the usual case, these depend on the total
 * alone, so the calculator makes them once per total and every such budget shares them: a budget on the
 * figures path is then one small object that points at its answer sheet and at its total's figures
 * (32 bytes, where each budget holding its own figures took 56), and allocating one does little more
 * than look up its total's price. Immutable.
 */
record Figures(
    int totalPoints,
    Money weekly,
    Money annual,
    Set<BudgetFlag> flags, // immutable
    List<StreamAmount> streams, // immutable
    BigDecimal unfundedPoints,
    List<StreamAttribution> unfundedShares, // immutable
    PersonalBudget personalBudget) {}
