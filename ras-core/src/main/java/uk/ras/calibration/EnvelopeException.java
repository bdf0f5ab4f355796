package uk.ras.calibration;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import uk.ras.RasException;
import uk.ras.money.Money;

/** No price (or scale) fits the envelope as asked; the context is kept as fields. */
public final class EnvelopeException extends RasException {
  private static final long serialVersionUID = 1L;

  /** Why no solution was found. */
  public enum Kind {
    /**
     * Even the lowest price (zero per point, or a banding table scaled to zero) forecasts more than the
     * envelope leaves after contingency in some year, without any transitional grant: the floor alone
     * costs too much.
     */
    TOO_SMALL,
    /**
     * The lowest price would fit without protection, but with the transitional grants the protection
     * asked for commits, some year's forecast is more than its envelope leaves after contingency, at
     * every price. {@link #protectionThatFits()} says what protection would fit.
     */
    GRANTS_TOO_COSTLY,
    /**
     * Even the highest price searched ({@link Envelope#MAX_PENCE_PER_POINT} pence per point, or a scale
     * of {@link Envelope#MAX_SCALE}) fits: a capping ceiling holds every budget down, or the envelope is far
     * larger than the caseload at its take-up, so the envelope
     * does not determine the price.
     */
    NOT_BINDING
  }

  /** Why no solution was found. */
  private final Kind kind;

  /** The year whose figures are given. */
  private final int year;

  /** That year's envelope less contingency. */
  private final Money available;

  /** That year's forecast at the end of the search that failed. */
  private final Money forecast;

  /** The most protective whole percentage a year at which a price fits; null if none or not asked. */
  private final BigDecimal protectionThatFits;

  /**
   * Creates the exception for year 1, with no protection that fits.
   *
   * @param kind why no solution was found, not null
   * @param available the envelope less contingency, not null
   * @param forecast the forecast at the end of the search that failed, not null
   * @param message the problem in words, with its figures; not null
   */
  public EnvelopeException(Kind kind, Money available, Money forecast, String message) {
    this(kind, 1, available, forecast, null, message);
  }

  /**
   * Creates the exception.
   *
   * @param kind why no solution was found, not null
   * @param year the year whose figures are given, 1 or more
   * @param available that year's envelope less contingency, not null
   * @param forecast that year's forecast at the end of the search that failed, not null
   * @param protectionThatFits the most protective whole percentage a year at which a price fits, such as
   *     13 for 13% a year; null when none does or none was asked for
   * @param message the problem in words, with its figures; not null
   * @throws IllegalArgumentException if {@code year} is less than 1
   */
  public EnvelopeException(
      Kind kind, int year, Money available, Money forecast, BigDecimal protectionThatFits, String message) {
    super(message);
    if (year < 1) {
      throw new IllegalArgumentException("years start at 1, not " + year);
    }
    this.kind = Objects.requireNonNull(kind, "kind");
    this.year = year;
    this.available = Objects.requireNonNull(available, "available");
    this.forecast = Objects.requireNonNull(forecast, "forecast");
    this.protectionThatFits = protectionThatFits;
  }

  /** {@return why no solution was found; never null} */
  public Kind kind() {
    return kind;
  }

  /** {@return the year of the phase-in whose figures {@link #available()} and {@link #forecast()} are} */
  public int year() {
    return year;
  }

  /** {@return that year's envelope less contingency; never null} */
  public Money available() {
    return available;
  }

  /**
   * {@return that year's forecast at the end of the search that failed (the lowest or the highest price);
   * never null}
   */
  public Money forecast() {
    return forecast;
  }

  /**
   * {@return for {@link Kind#GRANTS_TOO_COSTLY}, the most protective whole percentage a year (the
   * smallest yearly limit on a fall, with the same end year) at which some price fits, such as 13 for 13%
   * a year; empty otherwise}
   */
  public Optional<BigDecimal> protectionThatFits() {
    return Optional.ofNullable(protectionThatFits);
  }
}
