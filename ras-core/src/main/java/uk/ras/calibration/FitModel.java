package uk.ras.calibration;

/** Which least-squares model a {@link PointsFit} is. */
public enum FitModel {
  /**
   * {@code weekly = price × pricedPoints} (the points the rules price, {@link PersonCost#pricedPoints()}): a pure price per point, the form a rule set's {@code
   * pricePerPoint} takes. One coefficient, named {@code "price_per_point"}.
   */
  THROUGH_ORIGIN,
  /**
   * {@code weekly = base + slope × pricedPoints}. Coefficients {@code "intercept"} and {@code
   * "price_per_point"}. A large intercept says a flat amount explains much of the cost.
   */
  WITH_INTERCEPT,
  /**
   * {@code weekly = Σ weight[d] × points[d]} over the domains: a price per point for each domain, no
   * intercept. One coefficient per domain, named by the domain id. The points are the assessed ones, funded
   * or not: the model says which domains' need drives cost, and no price is taken from it.
   */
  BY_DOMAIN
}
