package uk.ras.calibration;

import java.util.Objects;

/**
 * Out-of-sample error of a model by k-fold cross-validation: the people are shuffled with a seeded
 * {@link java.util.Random}, dealt into {@code folds} folds of near-equal size, and each fold is predicted
 * by the model fitted to the other folds. The same sample, model, folds and seed always give the same
 * figures.
 *
 * <pre>
 * rootMeanSquaredError = sqrt(Σ (current − predicted)² / n)
 * meanAbsoluteError    = Σ |current − predicted| / n
 * outOfSampleRSquared  = 1 − Σ (current − predicted)² / Σ (current − mean current)²
 * </pre>
 *
 * @param model not null
 * @param folds 2 or more
 * @param seed the shuffle's seed
 * @param rootMeanSquaredError pounds a week
 * @param meanAbsoluteError pounds a week
 * @param outOfSampleRSquared at most 1; negative when the model predicts new people worse than the mean
 */
public record CrossValidation(
    FitModel model,
    int folds,
    long seed,
    double rootMeanSquaredError,
    double meanAbsoluteError,
    double outOfSampleRSquared) {
  public CrossValidation {
    Objects.requireNonNull(model, "model");
  }
}
