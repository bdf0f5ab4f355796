package uk.ras.calibration;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;
import uk.ras.ruleset.RuleSet;

/**
 * A rule set's forecast spend against an {@link Envelope}, year by year: in each year of the phase-in,
 * the budgets and the transitional grants against that year's envelope less contingency.
 *
 * <pre>
 * forecast[y] = budgets + grants[y]
 * headroom[y] = available[y] − forecast[y]
 * headroom    = min over y of headroom[y]       (never negative for a solved fit)
 * </pre>
 *
 * <p>The <em>tightest year</em> is the one with the least headroom (the earliest of equals); {@link
 * #forecast()}, {@link #available()} and {@link #headroom()} are its figures, so that they read together.
 *
 * <p>Immutable and thread-safe.
 */
public final class EnvelopeFit {
  private final Envelope envelope;
  private final RuleSet rules;
  private final BigDecimal pricePerPoint;
  private final BigDecimal scale;
  private final List<YearForecast> years;
  private final YearForecast nextStep;

  EnvelopeFit(
      Envelope envelope, RuleSet rules, BigDecimal pricePerPoint, BigDecimal scale, List<YearForecast> years,
      YearForecast nextStep) {
    this.envelope = Objects.requireNonNull(envelope);
    this.rules = Objects.requireNonNull(rules);
    this.pricePerPoint = pricePerPoint;
    this.scale = scale;
    this.years = List.copyOf(years);
    if (this.years.isEmpty()) {
      throw new IllegalArgumentException("a forecast has at least one year");
    }
    this.nextStep = nextStep;
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

  /**
   * {@return every year forecast, from year 1: the later of the envelope's given years and the last
   * year of the transition plan (1 without protection); never null, never empty}
   */
  public List<YearForecast> years() {
    return years;
  }

  /** {@return the year with the least headroom, the earliest of equals; never null} */
  public YearForecast tightestYear() {
    return years.stream().min(Comparator.comparing(YearForecast::headroom)).orElseThrow();
  }

  /** {@return {@code takeUp × Σ annual budgets}, rounded up to the penny: the same every year; never null} */
  public Money budgets() {
    return years.get(0).budgets();
  }

  /** {@return the tightest year's forecast, budgets and grants; never null} */
  public Money forecast() {
    return tightestYear().forecast();
  }

  /** {@return the tightest year's envelope less contingency; never null} */
  public Money available() {
    return tightestYear().available();
  }

  /** {@return the least headroom of any year; negative when some year overspends; never null} */
  public Money headroom() {
    return tightestYear().headroom();
  }

  /** {@return whether every year's forecast is within its money available} */
  public boolean fits() {
    return years.stream().allMatch(YearForecast::fits);
  }

  /**
   * {@return for a solved fit, the first year that no longer fits one step higher (a penny more per
   * point, or 0.0001 more scale): the evidence that the solution is the largest; empty otherwise}
   */
  public Optional<YearForecast> nextStep() {
    return Optional.ofNullable(nextStep);
  }

  /** {@return for a solved fit, the forecast of {@link #nextStep()}'s year; empty otherwise} */
  public Optional<Money> nextStepForecast() {
    return nextStep().map(YearForecast::forecast);
  }

  @Override
  public String toString() {
    YearForecast tight = tightestYear();
    String head = rules.pricing().method().describe() + ": ";
    if (years.size() == 1) {
      return head + "forecast " + tight.forecast() + " of " + tight.available() + " available, headroom "
          + tight.headroom() + (tight.grants().isZero() ? "" : " (budgets " + tight.budgets() + ", grants "
          + tight.grants() + ")");
    }
    return head + "tightest of " + years.size() + " years is year " + tight.year() + ": forecast "
        + tight.forecast() + " (budgets " + tight.budgets() + ", grants " + tight.grants() + ") of "
        + tight.available() + " available, headroom " + tight.headroom();
  }
}
