package uk.ras.calibration;

/** Which pricing a {@link Calibration} proposes, and why; {@link CalibrationResult#priceChoiceExplanation()} says it in words with the figures. */
public enum PriceChoice {
  /**
   * A price per point: the price fitted to current costs fits the envelope ({@code fittedPrice ≤ largest
   * price that fits}), so it is the proposed price.
   */
  FITTED_PRICE,
  /**
   * A price per point: the fitted price would overspend the envelope, so the proposed price is the largest
   * that fits.
   */
  LARGEST_PRICE_THAT_FITS,
  /**
   * A banding table or an interpolation: every amount is multiplied by the largest scale that fits the
   * envelope.
   */
  LARGEST_SCALE_THAT_FITS
}
