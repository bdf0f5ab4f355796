package uk.ras.calibration;

import java.util.Objects;
import uk.ras.money.Money;

/**
 * One year of a forecast against its envelope: everything committed that year, the budgets and the
 * transitional grants, against the year's envelope less its contingency.
 *
 * <pre>
 * available = envelope − contingencyHeldBack
 * forecast  = budgets + grants
 * headroom  = available − forecast           (negative when the year overspends)
 * </pre>
 *
 * <p>See {@link Envelope} for how each figure is worked out. Made only by the engine. Immutable and
 * thread-safe.
 */
public final class YearForecast {
  private final int year;
  private final Money envelope;
  private final Money contingencyHeldBack;
  private final Money budgets;
  private final Money grants;

  YearForecast(int year, Money envelope, Money contingencyHeldBack, Money budgets, Money grants) {
    if (year < 1) {
      throw new IllegalArgumentException("years start at 1, not " + year);
    }
    this.year = year;
    this.envelope = Objects.requireNonNull(envelope, "envelope");
    this.contingencyHeldBack = Objects.requireNonNull(contingencyHeldBack, "contingencyHeldBack");
    this.budgets = Objects.requireNonNull(budgets, "budgets");
    this.grants = Objects.requireNonNull(grants, "grants");
  }

  /** {@return the year of the phase-in, 1 for the first year of the new rules} */
  public int year() {
    return year;
  }

  /** {@return the year's envelope, before contingency; never null} */
  public Money envelope() {
    return envelope;
  }

  /** {@return the year's contingency held back, rounded up to the penny; never null} */
  public Money contingencyHeldBack() {
    return contingencyHeldBack;
  }

  /** {@return {@code envelope − contingencyHeldBack}; never null} */
  public Money available() {
    return envelope.minus(contingencyHeldBack);
  }

  /** {@return the forecast spend on everyone's new budget that year, at take-up; never null} */
  public Money budgets() {
    return budgets;
  }

  /**
   * {@return the forecast spend on transitional grants that year, at take-up: zero without protection
   * and in every year after the last person reaches their new budget; never null}
   */
  public Money grants() {
    return grants;
  }

  /** {@return {@code budgets + grants}: everything committed that year; never null} */
  public Money forecast() {
    return budgets.plus(grants);
  }

  /** {@return {@code available − forecast}; negative when the year overspends; never null} */
  public Money headroom() {
    return available().minus(forecast());
  }

  /** {@return whether the year's forecast is within the money available} */
  public boolean fits() {
    return !forecast().isGreaterThan(available());
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof YearForecast)) {
      return false;
    }
    YearForecast other = (YearForecast) o;
    return year == other.year
        && envelope.equals(other.envelope)
        && contingencyHeldBack.equals(other.contingencyHeldBack)
        && budgets.equals(other.budgets)
        && grants.equals(other.grants);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, envelope, contingencyHeldBack, budgets, grants);
  }

  @Override
  public String toString() {
    return "YearForecast[year=" + year + ", envelope=" + envelope + ", contingencyHeldBack=" + contingencyHeldBack
        + ", budgets=" + budgets + ", grants=" + grants + "]";
  }
}
