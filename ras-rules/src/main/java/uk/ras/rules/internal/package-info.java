/**
 * How rule files are read: a located tree built from Jackson's token stream ({@link
 * uk.ras.rules.internal.TreeBuilder}), then walked into core types ({@link
 * uk.ras.rules.internal.RuleSetMapper}). Not part of the API; Jackson types never leave this package.
 */
package uk.ras.rules.internal;
