package uk.ras.calibration;

import java.util.Objects;

/**
 * A person whose current cost is far from what their points predict.
 *
 * @param person not null
 * @param predictedWeekly the fitted weekly amount
 * @param residual {@code currentWeekly − predictedWeekly}
 * @param standardised {@code residual / residualStandardError}
 */
public record Outlier(PersonCost person, double predictedWeekly, double residual, double standardised) {
  public Outlier {
    Objects.requireNonNull(person, "person");
  }
}
