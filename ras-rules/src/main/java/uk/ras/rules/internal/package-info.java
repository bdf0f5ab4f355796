/**
 * How rule, setting, rate, cost-plan and support-plan files are read, all by one {@link
 * uk.ras.rules.internal.LocatedReader}: a located tree built from Jackson's token stream ({@link
 * uk.ras.rules.internal.TreeBuilder}), then walked into core types by each kind's mapper (such as {@link
 * uk.ras.rules.internal.RuleSetMapper}). Not part of the API; Jackson types never leave this package.
 */
package uk.ras.rules.internal;
