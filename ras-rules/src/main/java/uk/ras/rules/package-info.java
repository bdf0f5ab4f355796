/**
 * Rule files: YAML or JSON documents, written by hand, read into {@link uk.ras.ruleset.RuleSet}s with
 * every problem reported at once and located by file, line and column. The entry point is {@link
 * uk.ras.rules.RuleSetReader}; the format is documented in {@code docs/rule-file.md}.
 */
package uk.ras.rules;
