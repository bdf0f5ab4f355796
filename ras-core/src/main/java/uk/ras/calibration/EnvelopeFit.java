package uk.ras.calibration;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;
import uk.ras.ruleset.RuleSet;

/**
 * A rule set's forecast spend against an {@link Envelope}:
 *
 * <pre>
 * available = envelope − contingencyHeldBack
 * headroom  = available − forecast            (never negative for a solved fit)
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EnvelopeFit {
  private final Envelope envelope;
  private final RuleSet rules;
  private final BigDecimal pricePerPoint;
  private final BigDecimal scale;
  private final Money forecast;
  private final Money nextStepForecast;

  EnvelopeFit(
      Envelope envelope, RuleSet rules, BigDecimal pricePerPoint, BigDecimal scale, Money forecast,
      Money nextStepForecast) {
    this.envelope = envelope;
    this.rules = rules;
    this.pricePerPoint = pricePerPoint;
    this.scale = scale;
    this.forecast = forecast;
    this.nextStepForecast = nextStepForecast;
  }

  /** {@return the envelope the pricing was fitted to; never null} */
  public Envelope envelope() {
    return envelope;
  }

  /**
   * {@return the rule set whose spend was forecast (for a solved fit, with the solved pricing); never null}
   */
  public RuleSet rules() {
    return rules;
  }

  /** {@return the price per point, pounds at scale 2, when the pricing is a price per point} */
  public Optional<BigDecimal> pricePerPoint() {
    return Optional.ofNullable(pricePerPoint);
  }

  /**
   * {@return for a solved banding table or interpolation, the factor every amount was multiplied by
   * (then rounded to the penny with the rule set's rounding), to 4 decimals, such as 0.9312; empty for
   * a price per point}
   */
  public Optional<BigDecimal> scale() {
    return Optional.ofNullable(scale);
  }

  /** {@return {@code takeUp × Σ annual budgets}, rounded up to the penny; never null} */
  public Money forecast() {
    return forecast;
  }

  /** {@return the envelope less contingency; never null} */
  public Money available() {
    return envelope.available();
  }

  /** {@return {@code available − forecast}; negative when the rule set overspends; never null} */
  public Money headroom() {
    return available().minus(forecast);
  }

  /** {@return whether the forecast is within the available money} */
  public boolean fits() {
    return !forecast.isGreaterThan(available());
  }

  /**
   * {@return for a solved fit, the forecast one step higher (a penny more per point, or 0.0001 more
   * scale), which no longer fits: the evidence that the solution is the largest; empty otherwise}
   */
  public Optional<Money> nextStepForecast() {
    return Optional.ofNullable(nextStepForecast);
  }

  @Override
  public String toString() {
    return rules.pricing().method().describe() + ": forecast " + forecast + " of " + available()
        + " available, headroom " + headroom();
  }

  static EnvelopeFit of(
      Envelope envelope, RuleSet rules, BigDecimal price, BigDecimal scale, Money forecast, Money next) {
    return new EnvelopeFit(
        Objects.requireNonNull(envelope), Objects.requireNonNull(rules), price, scale, forecast, next);
  }
}
