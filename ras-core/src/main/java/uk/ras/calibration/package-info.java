/**
 * Calibration of a rule set against what current packages cost. The whole workflow is one call, {@link
 * uk.ras.calibration.Calibration#of Calibration.of(rules)...run(sample)}, returning a {@link
 * uk.ras.calibration.CalibrationResult}; its steps are also public on their own.
 *
 * <p>The steps: fit points to cost by least squares
 * ({@link uk.ras.calibration.CostAccumulator} → {@link uk.ras.calibration.CostSample} → {@link
 * uk.ras.calibration.PointsFit}, with {@link uk.ras.calibration.CrossValidation}), solve the largest price
 * that fits an annual {@link uk.ras.calibration.Envelope}, show the {@link uk.ras.calibration.Impact} on
 * each person and the {@link uk.ras.calibration.CliffEdges}, and phase losses in with {@link
 * uk.ras.calibration.TransitionalProtection}.
 *
 * <p>Statistics are {@code double}; money is exact pence, and every conversion from a statistic to money
 * names its rounding mode.
 */
package uk.ras.calibration;
