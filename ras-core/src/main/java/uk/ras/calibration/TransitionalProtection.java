package uk.ras.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/**
 * A phase-in rule for people whose budget would fall: nobody's weekly amount falls by more than a
 * stated share of the previous year's amount in any one year. Year 0 is the current cost; in each year
 * {@code y ≥ 1}:
 *
 * <pre>
 * allowedFall[y] = floor(amount[y−1] × percentPerYear / 100)      (whole pence)
 * amount[y]      = max(target, amount[y−1] − max(allowedFall[y], 1p))
 * </pre>
 *
 * <p>A person whose budget rises gets the new amount in year 1. The transitional grant in a year is the
 * protected amount less the target. The "one penny" floor on the fall only matters when the share of
 * the previous amount is under a penny (for 10% a year, an amount under 10p a week); it makes every plan
 * end. With {@link #endingAfter(int) an end year}, every person is at their target in that year, whatever
 * the limit would allow; without one the plan lasts until the last person reaches their target, at most
 * {@link #MAX_YEARS} years. A person whose last step is bigger than the limit because the end year came
 * is marked {@link TransitionPlan.PersonPath#cutShort()}: at 1% a year, halving a budget takes about 70
 * years, and the plan says so rather than pretending the limit held.
 *
 * <p>Immutable and thread-safe.
 */
public final class TransitionalProtection {
  /** The longest plan: protection that would last longer ends in this year. */
  public static final int MAX_YEARS = 100;

  private final BigDecimal percentPerYear;
  private final int endYear;

  private TransitionalProtection(BigDecimal percentPerYear, int endYear) {
    this.percentPerYear = percentPerYear;
    this.endYear = endYear;
  }

  /**
   * Nobody loses more than {@code percentPerYear}% of their previous year's weekly amount in a year.
   *
   * @param percentPerYear more than 0 and at most 100, such as 10; not null
   * @return never null
   */
  public static TransitionalProtection limitingFallTo(BigDecimal percentPerYear) {
    Objects.requireNonNull(percentPerYear, "percentPerYear");
    if (percentPerYear.signum() <= 0 || percentPerYear.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(
          "the yearly limit must be more than 0% and at most 100%, not " + percentPerYear.toPlainString() + "%");
    }
    return new TransitionalProtection(percentPerYear, MAX_YEARS);
  }

  /**
   * The same limit, with protection ending in year {@code year}: everyone is at their target then.
   *
   * @param year 1 to {@link #MAX_YEARS}
   * @return never null
   */
  public TransitionalProtection endingAfter(int year) {
    if (year < 1 || year > MAX_YEARS) {
      throw new IllegalArgumentException("the end year must be from 1 to " + MAX_YEARS + ", not " + year);
    }
    return new TransitionalProtection(percentPerYear, year);
  }

  /**
   * {@return the most a weekly amount may fall in a year, as a percentage of the previous year's;
   * never null}
   */
  public BigDecimal percentPerYear() {
    return percentPerYear;
  }

  /** {@return the year in which protection ends at the latest; {@link #MAX_YEARS} when no end was given} */
  public int endYear() {
    return endYear;
  }

  /**
   * Phases in the changes.
   *
   * @param changes not null
   * @param weeksPerYear how the yearly grant cost is annualised, not null
   * @param rounding for annualising, not null
   * @return never null
   */
  public TransitionPlan plan(List<PersonChange> changes, PeriodConversion weeksPerYear, RoundingMode rounding) {
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(weeksPerYear, "weeksPerYear");
    Objects.requireNonNull(rounding, "rounding");
    BigDecimal share = percentPerYear.movePointLeft(2);
    List<TransitionPlan.PersonPath> paths = new ArrayList<>();
    int years = 1;
    for (PersonChange change : changes) {
      long target = change.proposedWeekly().pence();
      long amount = change.currentWeekly().pence();
      List<Money> byYear = new ArrayList<>();
      int year = 0;
      boolean cutShort = false;
      while (true) {
        year++;
        long allowed = BigDecimal.valueOf(amount).multiply(share).setScale(0, RoundingMode.FLOOR).longValueExact();
        if (amount <= target) {
          amount = target;
        } else if (year >= endYear) {
          cutShort = amount - target > Math.max(allowed, 1);
          amount = target;
        } else {
          amount = Math.max(target, amount - Math.max(allowed, 1));
        }
        byYear.add(Money.ofPence(amount));
        if (amount == target) {
          break;
        }
      }
      years = Math.max(years, year);
      paths.add(new TransitionPlan.PersonPath(change, byYear, year, cutShort));
    }
    return new TransitionPlan(this, paths, years, weeksPerYear, rounding);
  }

}
