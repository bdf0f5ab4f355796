package uk.ras.comparison;

import java.util.Objects;

/**
 * How well a group's assessed points predict its cost figures: the least-squares line {@code cost =
 * intercept + slope x points} (weekly pounds) and Pearson's correlation {@code r} between points and
 * cost, with {@code rSquared = r^2}, the share of the spread of cost that points account for. Statistics
 * are doubles (they describe; no money is paid from them). Immutable and thread-safe. Made only by the
 * engine.
 */
public final class PointsPrediction {
  private final int count;
  private final double correlation;
  private final double slope;
  private final double intercept;

  PointsPrediction(int count, double correlation, double slope, double intercept) {
    this.count = count;
    this.correlation = correlation;
    this.slope = slope;
    this.intercept = intercept;
  }

  /** {@return how many people the line is fitted to} */
  public int count() {
    return count;
  }

  /** {@return Pearson's correlation between points and weekly cost, from -1 to 1} */
  public double correlation() {
    return correlation;
  }

  /** {@return {@code correlation^2}: the share of the spread of cost that points account for, 0 to 1} */
  public double rSquared() {
    return correlation * correlation;
  }

  /** {@return the weekly pounds of cost each point adds, on the fitted line} */
  public double slope() {
    return slope;
  }

  /** {@return the weekly pounds of cost of no points, on the fitted line} */
  public double intercept() {
    return intercept;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PointsPrediction)) {
      return false;
    }
    PointsPrediction p = (PointsPrediction) o;
    return count == p.count
        && Double.compare(correlation, p.correlation) == 0
        && Double.compare(slope, p.slope) == 0
        && Double.compare(intercept, p.intercept) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, correlation, slope, intercept);
  }

  @Override
  public String toString() {
    return "PointsPrediction[count=" + count + ", correlation=" + correlation + ", slope=" + slope + ", intercept=" + intercept + "]";
  }
}
