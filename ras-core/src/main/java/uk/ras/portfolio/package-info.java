/**
 * The portfolio report: many budgets' stream amounts added up against each stream's envelope, and each
 * pooled fund's contributions against the liabilities of the need it carries, so that one pot quietly
 * paying for another's need shows.
 */
package uk.ras.portfolio;
