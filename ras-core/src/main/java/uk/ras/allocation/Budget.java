package uk.ras.allocation;

import uk.ras.pricing.BudgetFlag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.BudgetHolding;
import uk.ras.assessment.Eligibility;
import uk.ras.assessment.PersonId;
import uk.ras.funding.StreamAmount;
import uk.ras.funding.StreamAttribution;
import uk.ras.money.Money;
import uk.ras.ruleset.DomainId;

/**
 * An indicative budget: the points per domain and in total, the weekly and annual amounts, the flags
 * the pricing raised and, when requested, the {@link Explanation} of every pound.
 *
 * <p>Immutable and thread-safe.
 */
public final class Budget {
  private final Assessment assessment;
  /** The rule set's label and shared domain points; the budget holds no calculator. */
  private final DomainTable table;
  /** Each domain's points; never changed. */
  private final int[] domainPoints;
  // The figures of a total are shared where they depend on it alone (see Figures).
  private final Figures figures;
  private final Explanation explanation;

  Budget(Assessment assessment, DomainTable table, int[] domainPoints, Figures figures, Explanation explanation) {
    this.assessment = assessment;
    this.table = table;
    this.domainPoints = domainPoints;
    this.figures = figures;
    this.explanation = explanation;
  }

  /** {@return the person assessed; never null} */
  public PersonId person() {
    return assessment.person();
  }

  /** {@return the assessment's date, if it had one} */
  public Optional<LocalDate> assessmentDate() {
    return assessment.date();
  }

  /** {@return the label of the rule set that allocated it, such as "northshire-mh 2026.1"; never null} */
  public String ruleSetLabel() {
    return table.label();
  }

  /**
   * {@return the points of every domain after caps and adjustments, in questionnaire order; never null}
   * The list is an unmodifiable view of the budget's points, made on each call, whose elements are the
   * rule set's shared {@code DomainPoints} for the usual values.
   */
  public List<DomainPoints> domains() {
    return new Domains(table, domainPoints);
  }

  private static final class Domains extends AbstractList<DomainPoints> implements RandomAccess {
    private final DomainTable table;
    private final int[] points;

    Domains(DomainTable table, int[] points) {
      this.table = table;
      this.points = points;
    }

    @Override
    public DomainPoints get(int d) {
      return table.points(d, points[Objects.checkIndex(d, points.length)]);
    }

    @Override
    public int size() {
      return points.length;
    }
  }

  /** {@return the total points, after caps and informal support; zero or more} */
  public int totalPoints() {
    return figures.totalPoints();
  }

  /** {@return the indicative weekly budget; never null} */
  public Money weekly() {
    return figures.weekly();
  }

  /** {@return the indicative annual budget: the weekly one annualised by the rule set; never null} */
  public Money annual() {
    return figures.annual();
  }

  /** {@return the flags raised; empty when none} */
  public Set<BudgetFlag> flags() {
    return figures.flags();
  }

  /**
   * {@return whether the pricing raised {@code flag}}
   *
   * @param flag not null
   */
  public boolean has(BudgetFlag flag) {
    return figures.flags().contains(flag);
  }

  /**
   * {@return what each funding stream pays, in the rule set's order; empty when the rule set declares no
   * streams} The streams' weekly and annual amounts add up exactly to {@link #weekly()} and {@link
   * #annual()}.
   */
  public List<StreamAmount> streams() {
    return figures.streams();
  }

  /**
   * {@return the points of need no stream the person is eligible for pays for; zero without streams;
   * never null}
   */
  public BigDecimal unfundedPoints() {
    return figures.unfundedPoints();
  }

  /**
   * {@return each share of a domain's need that no stream the person is eligible for pays: its domain,
   * the stream the rule names, its points and why, whether or not the budget was explained; their points
   * add up to {@link #unfundedPoints()}; an immutable list, empty when all need is funded}
   */
  public List<StreamAttribution> unfundedShares() {
    return figures.unfundedShares();
  }

  /** {@return the three statutory figures: cost, the person's contribution and the council's; never null} */
  public PersonalBudget personalBudget() {
    return figures.personalBudget();
  }

  /**
   * {@return the weekly contribution the person's financial assessment gave, before it is limited to
   * the chargeable part of this budget ({@link PersonalBudget#personContribution()} is the limited
   * figure); zero when none was recorded; never null} A support plan that costs more than this budget
   * limits the same contribution by its own chargeable cost.
   */
  public Money assessedContribution() {
    return assessment.contribution();
  }

  /** {@return how the budget is to be held, as the assessment recorded it} */
  public Optional<BudgetHolding> holding() {
    return assessment.holding();
  }

  /**
   * {@return the weekly amount under the person's own control, in effect; never null}: all of a direct
   * payment; for a mix, the amount the assessment gave ({@link #personallyControlledAsGiven()}), but
   * never more than the weekly budget, since no one can control more than the budget holds; otherwise
   * zero.
   */
  public Money personallyControlled() {
    BudgetHolding h = assessment.holding().orElse(null);
    Money weekly = figures.weekly();
    if (h == BudgetHolding.DIRECT_PAYMENT) {
      return weekly;
    }
    return h == BudgetHolding.MIX ? Money.min(assessment.personallyControlled().orElseThrow(), weekly) : Money.zero();
  }

  /**
   * {@return the weekly amount under the person's own control as the assessment gave it, for a mix;
   * empty for other holdings} When it is above the weekly budget, {@link #personallyControlled()} is the
   * budget.
   */
  public Optional<Money> personallyControlledAsGiven() {
    return assessment.holding().orElse(null) == BudgetHolding.MIX
        ? assessment.personallyControlled()
        : Optional.empty();
  }

  /** {@return the eligibility facts the streams were decided on; never null} */
  public Eligibility eligibility() {
    return assessment.eligibility();
  }

  /** {@return the explanation, present when allocated with {@link Detail#EXPLAINED}} */
  public Optional<Explanation> explanation() {
    return Optional.ofNullable(explanation);
  }

  /** Equal when every figure is equal; the explanation is not compared. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Budget)) {
      return false;
    }
    Budget b = (Budget) o;
    return person().equals(b.person())
        && assessmentDate().equals(b.assessmentDate())
        && ruleSetLabel().equals(b.ruleSetLabel())
        && domains().equals(b.domains())
        && totalPoints() == b.totalPoints()
        && weekly().equals(b.weekly())
        && annual().equals(b.annual())
        && flags().equals(b.flags())
        && streams().equals(b.streams())
        && unfundedPoints().compareTo(b.unfundedPoints()) == 0
        && personalBudget().equals(b.personalBudget())
        && holding().equals(b.holding());
  }

  @Override
  public int hashCode() {
    return Objects.hash(person(), ruleSetLabel(), totalPoints(), weekly(), annual());
  }

  @Override
  public String toString() {
    return "Budget{"
        + person()
        + ", "
        + totalPoints()
        + " points, "
        + weekly()
        + " a week, "
        + annual()
        + " a year"
        + (flags().isEmpty() ? "" : ", " + flags())
        + "}";
  }
}
