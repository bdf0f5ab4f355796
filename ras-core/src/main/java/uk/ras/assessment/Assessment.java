package uk.ras.assessment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.QuestionId;

/**
 * One person's completed questionnaire: who, when, and the option chosen for each answered question.
 * People answer <em>as if no support were in place</em>; what family and friends do is recorded only
 * through the rule set's informal-support question. An assessment is not checked against any rule set
 * until a calculator allocates it.
 *
 * <p>Besides the answers, an assessment may carry the facts that decide who pays: the person's {@link
 * Eligibility} (a FACS band, a Care Act determination, an entitlement to section 117 after-care), their
 * weekly contribution from a financial assessment, how the budget is to be held, and a practitioner's
 * decision of who pays for a domain's need ({@link PractitionerAttribution}) where the rule set lets a
 * practitioner choose.
 *
 * <p>Immutable and thread-safe.
 */
public final class Assessment {
  private final PersonId person;
  private final LocalDate date;
  private final Map<QuestionId, OptionId> answers;
  private final Eligibility eligibility;
  private final Money contribution;
  private final BudgetHolding holding;
  private final Money personallyControlled;
  private final Map<DomainId, PractitionerAttribution> attributions;

  private Assessment(
      PersonId person,
      LocalDate date,
      Map<QuestionId, OptionId> answers,
      Eligibility eligibility,
      Money contribution,
      BudgetHolding holding,
      Money personallyControlled,
      Map<DomainId, PractitionerAttribution> attributions) {
    this.person = person;
    this.date = date;
    this.answers = answers;
    this.eligibility = eligibility;
    this.contribution = contribution;
    this.holding = holding;
    this.personallyControlled = personallyControlled;
    this.attributions = attributions;
  }

  /**
   * Returns an assessment.
   *
   * @param person not null
   * @param date the assessment's date, or null when unknown
   * @param answers question to chosen option, not null, no null keys or values; copied, order kept
   * @return the assessment, with no eligibility facts, no contribution, no way of holding and no
   *     practitioner's attribution recorded; never null
   * @throws NullPointerException if {@code person} or {@code answers} is null, or a key or value is null
   */
  public static Assessment of(PersonId person, LocalDate date, Map<QuestionId, OptionId> answers) {
    Objects.requireNonNull(person, "person");
    return new Assessment(person, date, copy(answers), Eligibility.unknown(), Money.zero(), null, null, Map.of());
  }

  private static Map<QuestionId, OptionId> copy(Map<QuestionId, OptionId> answers) {
    Objects.requireNonNull(answers, "answers");
    if (answers.isEmpty()) {
      return Map.of();
    }
    Map<QuestionId, OptionId> copy = new LinkedHashMap<>();
    answers.forEach(
        (q, o) -> copy.put(Objects.requireNonNull(q, "question"), Objects.requireNonNull(o, "option")));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * This assessment with other answers, its other facts kept.
   *
   * @param answers question to chosen option, not null, no null keys or values; copied, order kept
   * @return a new assessment, never null
   * @throws NullPointerException if {@code answers} is null or holds a null key or value
   */
  public Assessment withAnswers(Map<QuestionId, OptionId> answers) {
    return new Assessment(
        person, date, copy(answers), eligibility, contribution, holding, personallyControlled, attributions);
  }

  /**
   * Starts an assessment of {@code person}.
   *
   * @param person the person's id, not null, not blank
   * @return a new builder, never null
   * @throws IllegalArgumentException if {@code person} is blank
   */
  public static Builder builder(String person) {
    return new Builder(PersonId.of(person));
  }

  /** {@return the person assessed; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the date of the assessment, which chooses the rule set in force; empty when unknown} */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** {@return the answers, in the order given; never null} Unanswered questions are absent. */
  public Map<QuestionId, OptionId> answers() {
    return answers;
  }

  /** {@return the eligibility facts; {@link Eligibility#unknown()} when none were recorded; never null} */
  public Eligibility eligibility() {
    return eligibility;
  }

  /**
   * {@return the person's assessed weekly contribution from a financial assessment; zero when none;
   * never null}
   */
  public Money contribution() {
    return contribution;
  }

  /** {@return how the budget is to be held; empty when not recorded} */
  public Optional<BudgetHolding> holding() {
    return Optional.ofNullable(holding);
  }

  /**
   * {@return the weekly amount under the person's or family's own control, for a {@link
   * BudgetHolding#MIX}; empty otherwise}
   */
  public Optional<Money> personallyControlled() {
    return Optional.ofNullable(personallyControlled);
  }

  /**
   * {@return this assessment with other eligibility facts, its other facts kept; never null}
   *
   * @param eligibility not null; {@link Eligibility#unknown()} for none
   */
  public Assessment withEligibility(Eligibility eligibility) {
    return new Assessment(
        person,
        date,
        answers,
        Objects.requireNonNull(eligibility, "eligibility"),
        contribution,
        holding,
        personallyControlled,
        attributions);
  }

  /**
   * This assessment with another weekly contribution.
   *
   * @param contribution not null, not negative
   * @return a new assessment, its other facts kept; never null
   * @throws IllegalArgumentException if negative
   */
  public Assessment withContribution(Money contribution) {
    Objects.requireNonNull(contribution, "contribution");
    if (contribution.isNegative()) {
      throw new IllegalArgumentException("a contribution cannot be negative: " + contribution);
    }
    return new Assessment(
        person, date, answers, eligibility, contribution, holding, personallyControlled, attributions);
  }

  /**
   * This assessment with a way of holding the budget.
   *
   * @param holding not null
   * @param personallyControlled the weekly amount under the person's own control: required (not null,
   *     not negative) for {@link BudgetHolding#MIX}, and must be null otherwise
   * @return a new assessment, its other facts kept; never null
   * @throws IllegalArgumentException if {@code personallyControlled} does not fit {@code holding}
   */
  public Assessment withHolding(BudgetHolding holding, Money personallyControlled) {
    Objects.requireNonNull(holding, "holding");
    if ((holding == BudgetHolding.MIX) != (personallyControlled != null)) {
      throw new IllegalArgumentException(
          "an amount under the person's own control is given for a MIX, and only for a MIX (holding "
              + holding
              + ")");
    }
    if (personallyControlled != null && personallyControlled.isNegative()) {
      throw new IllegalArgumentException("a personally controlled amount cannot be negative");
    }
    return new Assessment(
        person, date, answers, eligibility, contribution, holding, personallyControlled, attributions);
  }

  /**
   * {@return the practitioner's decisions of who pays, by domain, in the order given; empty when none
   * was recorded, and every domain's need is then attributed by the rule set's funding; never null}
   */
  public Map<DomainId, PractitionerAttribution> attributions() {
    return attributions;
  }

  /**
   * This assessment with a practitioner's decisions of who pays for some domains' need; the rule set's
   * funding attributes the others.
   *
   * @param attributions domain to decision, not null, no null keys or values; copied, order kept; empty
   *     for none
   * @return a new assessment, its other facts kept; never null
   * @throws NullPointerException if {@code attributions} is null or holds a null key or value
   */
  public Assessment withAttributions(Map<DomainId, PractitionerAttribution> attributions) {
    Objects.requireNonNull(attributions, "attributions");
    Map<DomainId, PractitionerAttribution> copy = new LinkedHashMap<>();
    attributions.forEach(
        (d, a) -> copy.put(Objects.requireNonNull(d, "domain"), Objects.requireNonNull(a, "attribution")));
    return new Assessment(
        person,
        date,
        answers,
        eligibility,
        contribution,
        holding,
        personallyControlled,
        copy.isEmpty() ? Map.of() : Collections.unmodifiableMap(copy));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Assessment)) {
      return false;
    }
    Assessment other = (Assessment) o;
    return person.equals(other.person)
        && Objects.equals(date, other.date)
        && answers.equals(other.answers)
        && eligibility.equals(other.eligibility)
        && contribution.equals(other.contribution)
        && Objects.equals(holding, other.holding)
        && Objects.equals(personallyControlled, other.personallyControlled)
        && attributions.equals(other.attributions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, date, answers);
  }

  @Override
  public String toString() {
    return "Assessment{" + person + (date == null ? "" : ", " + date) + ", " + answers + "}";
  }

  /** Collects the answers of one assessment. Not thread-safe; build once and share the result. */
  public static final class Builder {
    private final PersonId person;
    private LocalDate date;
    private final Map<QuestionId, OptionId> answers = new LinkedHashMap<>();
    private Eligibility eligibility = Eligibility.unknown();
    private Money contribution = Money.zero();
    private BudgetHolding holding;
    private Money personallyControlled;
    private final Map<DomainId, PractitionerAttribution> attributions = new LinkedHashMap<>();

    private Builder(PersonId person) {
      this.person = person;
    }

    /**
     * Sets the assessment's date, which chooses the rule set in force.
     *
     * @param date not null
     * @return this builder, never null
     */
    public Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Records that {@code question} was answered with {@code option}; a later answer replaces it.
     *
     * @param question the question's id, not null, not blank
     * @param option the chosen option's id, not null, not blank
     * @return this builder, never null
     * @throws IllegalArgumentException if either id is blank
     */
    public Builder answer(String question, String option) {
      answers.put(QuestionId.of(question), OptionId.of(option));
      return this;
    }

    /**
     * Sets the eligibility facts.
     *
     * @param eligibility not null
     * @return this builder, never null
     */
    public Builder eligibility(Eligibility eligibility) {
      this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
      return this;
    }

    /**
     * Sets the weekly contribution from a financial assessment; a negative one is rejected by {@link
     * #build()}.
     *
     * @param contribution not null, not negative
     * @return this builder, never null
     */
    public Builder contribution(Money contribution) {
      this.contribution = Objects.requireNonNull(contribution, "contribution");
      return this;
    }

    /**
     * Sets how the budget is held; see {@link Assessment#withHolding}. A mismatch is rejected by {@link
     * #build()}.
     *
     * @param holding not null
     * @param personallyControlled the weekly amount under the person's own control: not null and not
     *     negative for {@link BudgetHolding#MIX}, null otherwise
     * @return this builder, never null
     */
    public Builder holding(BudgetHolding holding, Money personallyControlled) {
      this.holding = Objects.requireNonNull(holding, "holding");
      this.personallyControlled = personallyControlled;
      return this;
    }

    /**
     * Records a practitioner's decision of who pays for one domain's need; a later one for the same
     * domain replaces it.
     *
     * @param domain the domain's id, not null, not blank
     * @param attribution not null
     * @return this builder, never null
     * @throws IllegalArgumentException if {@code domain} is blank
     */
    public Builder attribution(String domain, PractitionerAttribution attribution) {
      attributions.put(DomainId.of(domain), Objects.requireNonNull(attribution, "attribution"));
      return this;
    }

    /**
     * Builds the assessment from what has been set so far.
     *
     * @return a new assessment, never null
     * @throws IllegalArgumentException if the contribution is negative or the holding and its personally
     *     controlled amount do not fit
     */
    public Assessment build() {
      Assessment a =
          Assessment.of(person, date, answers)
              .withEligibility(eligibility)
              .withContribution(contribution)
              .withAttributions(attributions);
      return holding == null ? a : a.withHolding(holding, personallyControlled);
    }
  }
}
