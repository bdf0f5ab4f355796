package uk.ras.calibration;

import java.util.Objects;

/**
 * One estimated coefficient of a fit, in pounds a week (per point, for a slope).
 *
 * @param name such as "price_per_point", "intercept" or a domain id; not null
 * @param estimate the least-squares estimate
 * @param standardError its standard error, {@code sqrt(σ² (XᵀX)⁻¹)} on the diagonal
 */
public record Coefficient(String name, double estimate, double standardError) {
  public Coefficient {
    Objects.requireNonNull(name, "name");
  }
}
