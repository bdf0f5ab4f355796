/**
 * Who pays for which need: each share of a domain's points is attributed to the funding stream its rule
 * names when the person meets that stream's eligibility (otherwise to the rule's {@code otherwise} stream,
 * otherwise it is unfunded), and the funded points are priced per stream. The streams themselves are
 * declared in the rule vocabulary ({@link uk.ras.ruleset.FundingStream}); the portfolio report across many
 * budgets is in {@code uk.ras.portfolio}.
 */
package uk.ras.funding;
