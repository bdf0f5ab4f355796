package uk.ras.calibration;

import java.util.Objects;

/**
 * How a fit treats one client group, in pounds a week. A positive mean residual means the group's
 * packages cost more than their points predict: priced by points alone, the group would be
 * under-funded.
 *
 * @param group not null
 * @param count people in the group, at least 1
 * @param meanCurrentWeekly the mean current weekly cost
 * @param meanPredictedWeekly the mean fitted weekly amount
 * @param meanResidual {@code meanCurrentWeekly − meanPredictedWeekly}
 */
public record GroupResidual(
    ClientGroup group, int count, double meanCurrentWeekly, double meanPredictedWeekly, double meanResidual) {
  public GroupResidual {
    Objects.requireNonNull(group, "group");
  }
}
