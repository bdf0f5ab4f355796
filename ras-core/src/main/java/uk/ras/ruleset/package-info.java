/**
 * The rule vocabulary: a council's published rules as one immutable value. The questionnaire (domains,
 * questions, answer options with points), the informal-support adjustment, the pricing definitions
 * (price per point, banding, interpolation, contingency, floor, ceiling), the funding streams with their
 * eligibility rules and pooled funds. Build one with {@link uk.ras.ruleset.RuleSet#builder()} or read one
 * from a file with {@code uk.ras.rules.RuleSetReader}; check it with {@link
 * uk.ras.ruleset.RuleSetValidator}, which reports every problem at once. This package holds definitions
 * only: the arithmetic that applies them is in the layers above ({@code uk.ras.pricing}, {@code
 * uk.ras.funding}, {@code uk.ras.allocation}).
 */
@ValueStyle
package uk.ras.ruleset;
