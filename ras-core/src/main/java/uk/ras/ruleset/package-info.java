/**
 * The rule set: the questionnaire (domains, questions, answer options with points), the informal-support
 * adjustment and the pricing, as one immutable value. Build one with {@link uk.ras.ruleset.RuleSet#builder()}
 * or read one from a file with {@code uk.ras.rules.RuleSetReader}; check it with {@link
 * uk.ras.ruleset.RuleSetValidator}, which reports every problem at once.
 */
@ValueStyle
package uk.ras.ruleset;

import uk.ras.internal.ValueStyle;
