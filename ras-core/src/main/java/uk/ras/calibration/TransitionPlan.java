package uk.ras.calibration;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/**
 * The result of {@link TransitionalProtection#plan}: each person's weekly amount year by year until they
 * reach their target, and the yearly cost of the transitional grants.
 *
 * <pre>grantCost[y] = Σ (annual(amount[person][y]) − annual(target[person]))</pre>
 *
 * each person's protected weekly amount and new budget annualised with the rule set's weeks per year and
 * rounding: what the person is paid that year above their new budget. Annualising the two amounts, not
 * their difference, keeps {@code annual(target) + grant} equal to what the person is paid, to the penny,
 * whatever the weeks per year (for a whole number of weeks the two ways agree).
 *
 * <p>Immutable and thread-safe.
 */
public final class TransitionPlan {
  /** One person's phase-in. Made only by {@link TransitionalProtection}. Immutable and thread-safe. */
  public static final class PersonPath {
    private final PersonChange change;
    private final List<Money> weeklyByYear;
    private final int yearReached;
    private final boolean cutShort;

    PersonPath(PersonChange change, List<Money> weeklyByYear, int yearReached, boolean cutShort) {
      this.change = Objects.requireNonNull(change, "change");
      this.weeklyByYear = List.copyOf(weeklyByYear);
      this.yearReached = yearReached;
      this.cutShort = cutShort;
    }

    /** {@return the person's change under the proposed rules; never null} */
    public PersonChange change() {
      return change;
    }

    /**
     * {@return the weekly amount in years 1, 2, ..; never null} up to the year reached; an immutable list.
     */
    public List<Money> weeklyByYear() {
      return weeklyByYear;
    }

    /** {@return the first year the amount equals the target (1 for everyone who does not lose)} */
    public int yearReached() {
      return yearReached;
    }

    /**
     * {@return whether protection ended (in the end year) before the limit alone would have brought the
     * person to their target, so that the last fall was bigger than the limit}
     */
    public boolean cutShort() {
      return cutShort;
    }

    /**
     * {@return the weekly amount in a year; the target from the year reached on; never null}
     *
     * @param year 1 or more
     * @throws IllegalArgumentException if {@code year} is less than 1
     */
    public Money weeklyIn(int year) {
      if (year < 1) {
        throw new IllegalArgumentException("years start at 1, not " + year);
      }
      return year <= weeklyByYear.size() ? weeklyByYear.get(year - 1) : change.proposedWeekly();
    }

    /**
     * {@return the weekly transitional grant in a year: {@code weeklyIn(year) − target}; never null}
     *
     * @param year 1 or more
     * @throws IllegalArgumentException if {@code year} is less than 1
     */
    public Money weeklyGrantIn(int year) {
      return weeklyIn(year).minus(change.proposedWeekly());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PersonPath
          && change.equals(((PersonPath) o).change)
          && weeklyByYear.equals(((PersonPath) o).weeklyByYear)
          && yearReached == ((PersonPath) o).yearReached
          && cutShort == ((PersonPath) o).cutShort;
    }

    @Override
    public int hashCode() {
      return Objects.hash(change, weeklyByYear, yearReached, cutShort);
    }

    @Override
    public String toString() {
      return "PersonPath[change=" + change + ", weeklyByYear=" + weeklyByYear + ", yearReached="
          + yearReached + ", cutShort=" + cutShort + "]";
    }
  }

  private final TransitionalProtection rule;
  private final List<PersonPath> people;
  private final int years;
  private final List<Money> grantCostByYear;

  TransitionPlan(
      TransitionalProtection rule, List<PersonPath> people, int years, PeriodConversion weeksPerYear,
      RoundingMode rounding) {
    this.rule = rule;
    this.people = List.copyOf(people);
    this.years = years;
    List<Money> costs = new ArrayList<>();
    for (int y = 1; y <= years; y++) {
      long pence = 0;
      for (PersonPath p : people) {
        pence = Math.addExact(pence, Math.subtractExact(weeksPerYear.annual(p.weeklyIn(y), rounding).pence(),
            weeksPerYear.annual(p.change().proposedWeekly(), rounding).pence()));
      }
      costs.add(Money.ofPence(pence));
    }
    this.grantCostByYear = List.copyOf(costs);
  }

  /** {@return the protection rule the plan applies; never null} */
  public TransitionalProtection rule() {
    return rule;
  }

  /** {@return every person, in the order given; never null} */
  public List<PersonPath> people() {
    return people;
  }

  /** {@return the final year of the plan: every person is at their target in it} At least 1. */
  public int years() {
    return years;
  }

  /** {@return the annual cost of transitional grants in years 1 to {@link #years()}; never null} */
  public List<Money> grantCostByYear() {
    return grantCostByYear;
  }

  /** {@return the sum of {@link #grantCostByYear()}; never null} */
  public Money totalGrantCost() {
    return Money.total(grantCostByYear);
  }

  /**
   * {@return how many people's protection was cut short by the end year; see {@link PersonPath#cutShort()}}
   */
  public long cutShortCount() {
    return people.stream().filter(PersonPath::cutShort).count();
  }

  /** {@return how many people reach their target in each year, years 1 to {@link #years()}; never null} */
  public List<Integer> reachedByYear() {
    int[] counts = new int[years];
    for (PersonPath p : people) {
      counts[p.yearReached() - 1]++;
    }
    List<Integer> result = new ArrayList<>();
    for (int c : counts) {
      result.add(c);
    }
    return List.copyOf(result);
  }
}
