package uk.ras.costing;

import java.util.Locale;

/**
 * How overheads and surplus are added to the direct cost of an hour of support. The two are different
 * sums and give different rates for the same percentages: a rate built by one must never be read as
 * built by the other, so a build-up always names its method and its explanation shows it.
 *
 * <p>With {@code k = (overheads% + surplus%) / 100}:
 *
 * <ul>
 *   <li>{@link #MARKUP}: {@code rate = direct x (1 + k)}: overheads and surplus are a share of the
 *       direct cost;
 *   <li>{@link #MARGIN}: {@code rate = direct / (1 - k)}: overheads and surplus are a share of the
 *       <em>rate</em>, so the rate is higher (for {@code k = 0.25}, 25% of the rate rather than of the
 *       direct cost). {@code k} must be below 1.
 * </ul>
 *
 * <p>They agree only when overheads and surplus are both zero.
 */
public enum OverheadMethod {
  /** {@code rate = direct x (1 + overheads% + surplus%)}. */
  MARKUP,
  /** {@code rate = direct / (1 - overheads% - surplus%)}. */
  MARGIN;

  /** {@return the name as written in rate files and output: {@code markup} or {@code margin}; never null} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
