/**
 * Implementation of the engine: the flat, precomputed structures a rule set compiles into. Not part of
 * the API; not exported; may change in any release.
 */
package uk.ras.internal;
