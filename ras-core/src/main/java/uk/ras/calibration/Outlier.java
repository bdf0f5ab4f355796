package uk.ras.calibration;

import java.util.Objects;

/**
 * A person whose current cost is far from what their points predict. Made only by the engine.
 */
public final class Outlier {
  private final PersonCost person;
  private final double predictedWeekly;
  private final double residual;
  private final double standardised;

  Outlier(PersonCost person, double predictedWeekly, double residual, double standardised) {
    Objects.requireNonNull(person, "person");
    this.person = person;
    this.predictedWeekly = predictedWeekly;
    this.residual = residual;
    this.standardised = standardised;
  }

  /** {@return the person; never null} */
  public PersonCost person() {
    return person;
  }

  /** {@return the fitted weekly amount} */
  public double predictedWeekly() {
    return predictedWeekly;
  }

  /** {@return {@code currentWeekly − predictedWeekly}} */
  public double residual() {
    return residual;
  }

  /** {@return {@code residual / residualStandardError}} */
  public double standardised() {
    return standardised;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Outlier)) {
      return false;
    }
    Outlier other = (Outlier) o;
    return person.equals(other.person)
        && Double.compare(predictedWeekly, other.predictedWeekly) == 0
        && Double.compare(residual, other.residual) == 0
        && Double.compare(standardised, other.standardised) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, predictedWeekly, residual, standardised);
  }

  @Override
  public String toString() {
    return "Outlier[" + "person=" + person + ", " + "predictedWeekly=" + predictedWeekly + ", " + "residual=" + residual + ", " + "standardised=" + standardised + "]";
  }
}
