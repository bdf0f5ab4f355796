package uk.ras.calibration;

import java.util.Objects;

/**
 * How a fit treats one client group, in pounds a week. A positive mean residual means the group's
 * packages cost more than their points predict: priced by points alone, the group would be
 * under-funded. Made only by the engine.
 */
public final class GroupResidual {
  private final ClientGroup group;
  private final int count;
  private final double meanCurrentWeekly;
  private final double meanPredictedWeekly;
  private final double meanResidual;

  GroupResidual(ClientGroup group, int count, double meanCurrentWeekly, double meanPredictedWeekly, double meanResidual) {
    Objects.requireNonNull(group, "group");
    this.group = group;
    this.count = count;
    this.meanCurrentWeekly = meanCurrentWeekly;
    this.meanPredictedWeekly = meanPredictedWeekly;
    this.meanResidual = meanResidual;
  }

  /** {@return the group; never null} */
  public ClientGroup group() {
    return group;
  }

  /** {@return the number of people in the group, at least 1} */
  public int count() {
    return count;
  }

  /** {@return the mean current weekly cost} */
  public double meanCurrentWeekly() {
    return meanCurrentWeekly;
  }

  /** {@return the mean fitted weekly amount} */
  public double meanPredictedWeekly() {
    return meanPredictedWeekly;
  }

  /** {@return {@code meanCurrentWeekly − meanPredictedWeekly}} */
  public double meanResidual() {
    return meanResidual;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GroupResidual)) {
      return false;
    }
    GroupResidual other = (GroupResidual) o;
    return group.equals(other.group)
        && count == other.count
        && Double.compare(meanCurrentWeekly, other.meanCurrentWeekly) == 0
        && Double.compare(meanPredictedWeekly, other.meanPredictedWeekly) == 0
        && Double.compare(meanResidual, other.meanResidual) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, count, meanCurrentWeekly, meanPredictedWeekly, meanResidual);
  }

  @Override
  public String toString() {
    return "GroupResidual[" + "group=" + group + ", " + "count=" + count + ", " + "meanCurrentWeekly=" + meanCurrentWeekly + ", " + "meanPredictedWeekly=" + meanPredictedWeekly + ", " + "meanResidual=" + meanResidual + "]";
  }
}
