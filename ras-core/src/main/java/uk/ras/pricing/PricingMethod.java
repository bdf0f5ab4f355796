package uk.ras.pricing;

/**
 * How a total of points becomes a weekly amount before contingency, floor and ceiling: one of {@link
 * PricePerPoint}, {@link Banding} or {@link Interpolation}.
 */
public interface PricingMethod {
  /** The method in words, such as "£3.85 per point"; never null. */
  String describe();
}
