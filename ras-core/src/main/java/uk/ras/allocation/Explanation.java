package uk.ras.allocation;

import uk.ras.pricing.AmountStep;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.ras.assessment.Eligibility;
import uk.ras.assessment.PersonId;
import uk.ras.funding.StreamAmount;
import uk.ras.funding.StreamAttribution;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.QuestionId;

/**
 * Why a budget is what it is: every answer and its points, every domain's cap and informal-support
 * adjustment, every pricing step, and the annual conversion. Its figures always add up: each domain's
 * raw points are the sum of its answers' points, the total is the sum of the domains' points, the
 * amount steps' changes add up to the weekly amount, and the annual amount is the weekly amount
 * converted. {@link #toText()} renders it in plain English.
 *
 * <p>Immutable and thread-safe.
 */
public final class Explanation {
  private final PersonId person;
  private final String ruleSet;
  private final LocalDate effectiveFrom;
  private final List<AnswerTrace> answers;
  private final List<QuestionId> unanswered;
  private final InformalSupportTrace informalSupport;
  private final List<DomainTrace> domains;
  private final int totalPoints;
  private final List<AmountStep> steps;
  private final List<StreamAttribution> attributions;
  private final List<StreamAmount> streams;
  private final Money weekly;
  private final PeriodConversion weeksPerYear;
  private final Money annual;
  private final PersonalBudget personalBudget;
  private final Eligibility eligibility;
  private final Money assessedContribution;
  private final List<String> freeStreams;

  Explanation(
      PersonId person,
      String ruleSet,
      LocalDate effectiveFrom,
      List<AnswerTrace> answers,
      List<QuestionId> unanswered,
      InformalSupportTrace informalSupport,
      List<DomainTrace> domains,
      int totalPoints,
      List<AmountStep> steps,
      List<StreamAttribution> attributions,
      List<StreamAmount> streams,
      Money weekly,
      PeriodConversion weeksPerYear,
      Money annual,
      PersonalBudget personalBudget,
      Eligibility eligibility,
      Money assessedContribution,
      List<String> freeStreams) {
    this.person = person;
    this.ruleSet = ruleSet;
    this.effectiveFrom = effectiveFrom;
    // The calculator's answers and domains are unmodifiable views of arrays made for this explanation
    // alone (see Calculator.frozen), kept as they are; the other lists are immutable already or copied.
    this.answers = answers;
    this.unanswered = List.copyOf(unanswered);
    this.informalSupport = informalSupport;
    this.domains = domains;
    this.totalPoints = totalPoints;
    this.steps = List.copyOf(steps);
    this.attributions = List.copyOf(attributions);
    this.streams = List.copyOf(streams);
    this.weekly = weekly;
    this.weeksPerYear = weeksPerYear;
    this.annual = annual;
    this.personalBudget = personalBudget;
    this.eligibility = eligibility;
    this.assessedContribution = assessedContribution;
    this.freeStreams = List.copyOf(freeStreams);
  }

  /** {@return the person assessed; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the rule set's label, such as "northshire-mh 2026.1"; never null} */
  public String ruleSetLabel() {
    return ruleSet;
  }

  /** {@return the date from which the rule set that allocated the budget is in force; never null} */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** {@return every answered question and its points, in questionnaire order; never null} */
  public List<AnswerTrace> answers() {
    return answers;
  }

  /** {@return the optional questions left unanswered, which scored nothing; never null} */
  public List<QuestionId> unanswered() {
    return unanswered;
  }

  /** {@return the informal-support answer, if the rule set has the question and it was answered} */
  public Optional<InformalSupportTrace> informalSupport() {
    return Optional.ofNullable(informalSupport);
  }

  /** {@return every domain, in questionnaire order; never null} */
  public List<DomainTrace> domains() {
    return domains;
  }

  /** {@return the total points, after caps and informal support; zero or more} */
  public int totalPoints() {
    return totalPoints;
  }

  /**
   * {@return the steps from points to the weekly amount; their changes add up to {@link #weekly()};
   * never null}
   */
  public List<AmountStep> steps() {
    return steps;
  }

  /** {@return where each share of each domain's points went, and why; empty without funding streams} */
  public List<StreamAttribution> attributions() {
    return attributions;
  }

  /** {@return what each stream pays; empty without funding streams} */
  public List<StreamAmount> streams() {
    return streams;
  }

  /** {@return the three statutory figures: cost, the person's contribution and the council's; never null} */
  public PersonalBudget personalBudget() {
    return personalBudget;
  }

  /** {@return the indicative weekly budget; never null} */
  public Money weekly() {
    return weekly;
  }

  /** {@return how the rule set turns the weekly budget into the annual one; never null} */
  public PeriodConversion weeksPerYear() {
    return weeksPerYear;
  }

  /** {@return the indicative annual budget; never null} */
  public Money annual() {
    return annual;
  }

  /** {@return the explanation in plain English, one fact a line; never null} */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("Budget for ")
        .append(person)
        .append(" under ")
        .append(ruleSet)
        .append(" (in force from ")
        .append(effectiveFrom)
        .append(")\n\nAnswers\n");
    for (DomainTrace domain : domains) {
      for (AnswerTrace answer : answers) {
        if (answer.domain().equals(domain.domain())) {
          out.append("  ")
              .append(domain.name())
              .append(": ")
              .append(answer.questionText())
              .append(": \"")
              .append(answer.optionLabel())
              .append("\" scores ")
              .append(points(answer.points()))
              .append('\n');
        }
      }
    }
    for (QuestionId question : unanswered) {
      out.append("  ").append(question).append(": not answered (optional), scores 0 points\n");
    }
    if (informalSupport != null) {
      out.append("  Informal support: \"")
          .append(informalSupport.label())
          .append("\": family and friends meet ")
          .append(percent(informalSupport.share()))
          .append(" of need\n");
    }
    out.append("\nPoints by domain\n");
    for (DomainTrace domain : domains) {
      out.append("  ").append(domain.name()).append(": ").append(points(domain.rawPoints()));
      if (domain.capApplied()) {
        out.append(", capped at ").append(domain.cap().getAsInt());
      }
      if (domain.informalShare().signum() != 0) {
        out.append(", less ")
            .append(percent(domain.informalShare()))
            .append(" met by informal support");
      }
      if (domain.capApplied() || domain.informalShare().signum() != 0) {
        out.append(" = ").append(points(domain.points()));
      }
      out.append('\n');
    }
    out.append("  Total: ").append(points(totalPoints)).append('\n');
    if (!attributions.isEmpty()) {
      out.append("\nFunding streams (").append(eligibility).append(")\n");
      for (StreamAttribution a : attributions) {
        String domainName =
            domains.stream().filter(d -> d.domain().equals(a.domain())).findFirst().orElseThrow().name();
        out.append("  ")
            .append(domainName)
            .append(": ")
            .append(a.points().toPlainString())
            .append(a.points().compareTo(java.math.BigDecimal.ONE) == 0 ? " point" : " points")
            .append(a.share().compareTo(java.math.BigDecimal.valueOf(100)) == 0 ? "" : " (" + a.share().stripTrailingZeros().toPlainString() + "%)")
            .append(" to ")
            .append(a.reason())
            .append('\n');
      }
    }
    out.append("\nMoney per week\n");
    for (AmountStep step : steps) {
      out.append("  ").append(step.description()).append('\n');
    }
    out.append("\nWeekly budget: ")
        .append(weekly)
        .append("\nAnnual budget: ")
        .append(weekly)
        .append(" x ")
        .append(weeksPerYear.description())
        .append(" = ")
        .append(annual)
        .append('\n');
    if (!streams.isEmpty()) {
      out.append("\nPaid by\n");
      for (StreamAmount s : streams) {
        out.append("  ")
            .append(s.name())
            .append(": ")
            .append(s.weekly())
            .append(" a week, ")
            .append(s.annual())
            .append(" a year\n");
      }
    }
    // A contribution assessed but not taken in full is explained by the streams free to the person.
    boolean freeMatters = !freeStreams.isEmpty() && !assessedContribution.isZero();
    if (!personalBudget.personContribution().isZero() || freeMatters) {
      out.append("\nPersonal budget: cost ")
          .append(personalBudget.cost())
          .append(", your contribution ")
          .append(personalBudget.personContribution())
          .append(", council's contribution ")
          .append(personalBudget.councilContribution())
          .append(" a week\n");
    }
    if (freeMatters) {
      out.append("  Assessed contribution: ").append(assessedContribution).append(" a week\n");
      for (StreamAmount s : streams) {
        if (!s.personContribution().isZero()) {
          out.append("  Taken against ").append(s.name()).append(": ").append(s.personContribution()).append('\n');
        }
      }
      for (String free : freeStreams) {
        out.append("  ").append(free).append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return toText();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Explanation)) {
      return false;
    }
    Explanation e = (Explanation) o;
    return person.equals(e.person)
        && ruleSet.equals(e.ruleSet)
        && answers.equals(e.answers)
        && unanswered.equals(e.unanswered)
        && Objects.equals(informalSupport, e.informalSupport)
        && domains.equals(e.domains)
        && steps.equals(e.steps)
        && attributions.equals(e.attributions)
        && streams.equals(e.streams)
        && annual.equals(e.annual);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, ruleSet, answers, domains, steps, annual);
  }

  private static String points(int n) {
    return n == 1 ? "1 point" : n + " points";
  }

  static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
