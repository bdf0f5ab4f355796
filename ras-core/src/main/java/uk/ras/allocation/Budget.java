package uk.ras.allocation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;
import uk.ras.ruleset.DomainId;

/**
 * An indicative budget: the points per domain and in total, the weekly and annual amounts, the flags
 * the pricing raised and, when requested, the {@link Explanation} of every pound.
 *
 * <p>Immutable and thread-safe.
 */
public final class Budget {
  private final PersonId person;
  private final LocalDate assessmentDate;
  private final String ruleSet;
  // The calculator's own (never changed) domain ids and this budget's points, one each: the list of
  // DomainPoints is made on request so that the figures-only path allocates as little as possible.
  private final DomainId[] domainIds;
  private final int[] domainPoints;
  private final int totalPoints;
  private final Money weekly;
  private final Money annual;
  private final Set<BudgetFlag> flags;
  private final Explanation explanation;

  Budget(
      PersonId person,
      LocalDate assessmentDate,
      String ruleSet,
      DomainId[] domainIds,
      int[] domainPoints,
      int totalPoints,
      Money weekly,
      Money annual,
      Set<BudgetFlag> flags, // immutable
      Explanation explanation) {
    this.person = person;
    this.assessmentDate = assessmentDate;
    this.ruleSet = ruleSet;
    this.domainIds = domainIds;
    this.domainPoints = domainPoints;
    this.totalPoints = totalPoints;
    this.weekly = weekly;
    this.annual = annual;
    this.flags = flags;
    this.explanation = explanation;
  }

  public PersonId person() {
    return person;
  }

  /** The assessment's date, if it had one. */
  public Optional<LocalDate> assessmentDate() {
    return Optional.ofNullable(assessmentDate);
  }

  /** The label of the rule set that allocated it, such as "northshire-mh 2026.1". */
  public String ruleSet() {
    return ruleSet;
  }

  /** The points of every domain after caps and adjustments, in questionnaire order. */
  public List<DomainPoints> domains() {
    DomainPoints[] domains = new DomainPoints[domainIds.length];
    for (int d = 0; d < domains.length; d++) {
      domains[d] = new DomainPoints(domainIds[d], domainPoints[d]);
    }
    return List.of(domains);
  }

  public int totalPoints() {
    return totalPoints;
  }

  public Money weekly() {
    return weekly;
  }

  public Money annual() {
    return annual;
  }

  /** The flags raised; empty when none. */
  public Set<BudgetFlag> flags() {
    return flags;
  }

  public boolean has(BudgetFlag flag) {
    return flags.contains(flag);
  }

  /** The explanation, present when allocated with {@link Detail#EXPLAINED}. */
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
    return person.equals(b.person)
        && Objects.equals(assessmentDate, b.assessmentDate)
        && ruleSet.equals(b.ruleSet)
        && Arrays.equals(domainIds, b.domainIds)
        && Arrays.equals(domainPoints, b.domainPoints)
        && totalPoints == b.totalPoints
        && weekly.equals(b.weekly)
        && annual.equals(b.annual)
        && flags.equals(b.flags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, ruleSet, totalPoints, weekly, annual);
  }

  @Override
  public String toString() {
    return "Budget{"
        + person
        + ", "
        + totalPoints
        + " points, "
        + weekly
        + " a week, "
        + annual
        + " a year"
        + (flags.isEmpty() ? "" : ", " + flags)
        + "}";
  }
}
