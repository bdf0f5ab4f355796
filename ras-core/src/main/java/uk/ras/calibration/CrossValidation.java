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
 * </pre> Made only by the engine.
 */
public final class CrossValidation {
  private final FitModel model;
  private final int folds;
  private final long seed;
  private final double rootMeanSquaredError;
  private final double meanAbsoluteError;
  private final double outOfSampleRSquared;

  CrossValidation(FitModel model, int folds, long seed, double rootMeanSquaredError, double meanAbsoluteError, double outOfSampleRSquared) {
    Objects.requireNonNull(model, "model");
    this.model = model;
    this.folds = folds;
    this.seed = seed;
    this.rootMeanSquaredError = rootMeanSquaredError;
    this.meanAbsoluteError = meanAbsoluteError;
    this.outOfSampleRSquared = outOfSampleRSquared;
  }

  /** {@return the model; never null} */
  public FitModel model() {
    return model;
  }

  /** {@return how many folds the people were split into, 2 or more} */
  public int folds() {
    return folds;
  }

  /** {@return the shuffle's seed} */
  public long seed() {
    return seed;
  }

  /** {@return the root mean squared error of the out-of-fold predictions, in pounds a week} */
  public double rootMeanSquaredError() {
    return rootMeanSquaredError;
  }

  /** {@return the mean absolute error of the out-of-fold predictions, in pounds a week} */
  public double meanAbsoluteError() {
    return meanAbsoluteError;
  }

  /**
   * {@return the out-of-sample coefficient of determination: at most 1; negative when the model predicts
   * new people worse than the mean}
   */
  public double outOfSampleRSquared() {
    return outOfSampleRSquared;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CrossValidation)) {
      return false;
    }
    CrossValidation other = (CrossValidation) o;
    return model.equals(other.model)
        && folds == other.folds
        && seed == other.seed
        && Double.compare(rootMeanSquaredError, other.rootMeanSquaredError) == 0
        && Double.compare(meanAbsoluteError, other.meanAbsoluteError) == 0
        && Double.compare(outOfSampleRSquared, other.outOfSampleRSquared) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, folds, seed, rootMeanSquaredError, meanAbsoluteError, outOfSampleRSquared);
  }

  @Override
  public String toString() {
    return "CrossValidation[" + "model=" + model + ", " + "folds=" + folds + ", " + "seed=" + seed + ", " + "rootMeanSquaredError=" + rootMeanSquaredError + ", " + "meanAbsoluteError=" + meanAbsoluteError + ", " + "outOfSampleRSquared=" + outOfSampleRSquared + "]";
  }
}
