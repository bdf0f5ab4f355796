/**
 * The RAS figure beside the cost figure for the same people: {@link uk.ras.comparison.Comparison#of}
 * takes the budgets a rule set allocated and the costings of the same people's cost plans and gives,
 * per person, both weekly figures, the difference in pounds and percent, whether it is within a declared
 * tolerance and which domains' needs the plan spends most on; and across the group how closely points
 * follow cost and who differs most. The comparison reports; it never caps the cost figure at the RAS
 * figure, nor the other way round. The command is {@code ras compare} ({@code docs/costing.md}).
 */
package uk.ras.comparison;
