package uk.ras.calibration;

import java.util.Objects;

/**
 * One estimated coefficient of a fit, in pounds a week (per point, for a slope). Made only by the engine.
 */
public final class Coefficient {
  private final String name;
  private final double estimate;
  private final double standardError;

  Coefficient(String name, double estimate, double standardError) {
    Objects.requireNonNull(name, "name");
    this.name = name;
    this.estimate = estimate;
    this.standardError = standardError;
  }

  /** {@return the coefficient's name, such as "price_per_point", "intercept" or a domain id; never null} */
  public String name() {
    return name;
  }

  /** {@return the least-squares estimate} */
  public double estimate() {
    return estimate;
  }

  /** {@return its standard error, {@code sqrt(σ² (XᵀX)⁻¹)} on the diagonal} */
  public double standardError() {
    return standardError;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Coefficient)) {
      return false;
    }
    Coefficient other = (Coefficient) o;
    return name.equals(other.name)
        && Double.compare(estimate, other.estimate) == 0
        && Double.compare(standardError, other.standardError) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, estimate, standardError);
  }

  @Override
  public String toString() {
    return "Coefficient[" + "name=" + name + ", " + "estimate=" + estimate + ", " + "standardError=" + standardError + "]";
  }
}
