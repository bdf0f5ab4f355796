/**
 * The bundled synthetic scenarios the commands run on when given no files: the 250-person sample of
 * assessments, the pilot council calibrated against its current spend, and the block contract moved to
 * individual budgets. Deterministic: the same seed gives the same files.
 */
package uk.ras.examples.scenarios;
