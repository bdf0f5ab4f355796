package uk.ras.calibration;

/** Which least-squares model a {@link PointsFit} is. */
public enum FitModel {
  /**
   * {@code weekly = price × totalPoints}: a pure price per point, the form a rule set's {@code
   * pricePerPoint} takes. One coefficient, named {@code "price_per_point"}.
   */
  THROUGH_ORIGIN,
  /**
   * {@code weekly = base + slope × totalPoints}. Coefficients {@code "intercept"} and {@code
   * "price_per_point"}. A large intercept says a flat amount explains much of the cost.
   */
  WITH_INTERCEPT,
  /**
   * {@code weekly = Σ weight[d] × points[d]} over the domains: a price per point for each domain, no
   * intercept. One coefficient per domain, named by the domain id.
   */
  BY_DOMAIN
}
