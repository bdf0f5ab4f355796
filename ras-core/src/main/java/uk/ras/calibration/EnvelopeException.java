package uk.ras.calibration;

import java.util.Objects;
import uk.ras.RasException;
import uk.ras.money.Money;

/** No price (or scale) fits the envelope as asked; the context is kept as fields. */
public final class EnvelopeException extends RasException {
  private static final long serialVersionUID = 1L;

  /** Why no solution was found. */
  public enum Kind {
    /**
     * Even the lowest price (zero per point, or a banding table scaled to zero) forecasts more than the
     * envelope leaves after contingency: the floor alone costs too much.
     */
    TOO_SMALL,
    /**
     * Even the highest price searched ({@link Envelope#MAX_PENCE_PER_POINT} pence per point, or a scale
     * of {@link Envelope#MAX_SCALE}) fits: a capping ceiling holds every budget down, so the envelope
     * does not determine the price.
     */
    NOT_BINDING
  }

  /** Why no solution was found. */
  private final Kind kind;

  /** The envelope less contingency. */
  private final Money available;

  /** The forecast at the end of the search that failed. */
  private final Money forecast;

  /**
   * Creates the exception.
   *
   * @param kind why no solution was found, not null
   * @param available the envelope less contingency, not null
   * @param forecast the forecast at the end of the search that failed, not null
   * @param message the problem in words, with its figures; not null
   */
  public EnvelopeException(Kind kind, Money available, Money forecast, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.available = Objects.requireNonNull(available, "available");
    this.forecast = Objects.requireNonNull(forecast, "forecast");
  }

  /** {@return why no solution was found; never null} */
  public Kind kind() {
    return kind;
  }

  /** {@return the envelope less contingency; never null} */
  public Money available() {
    return available;
  }

  /**
   * {@return the forecast at the end of the search that failed (the lowest or the highest price); never null}
   */
  public Money forecast() {
    return forecast;
  }
}
