package uk.ras.assessment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.QuestionId;

/**
 * One person's completed questionnaire: who, when, and the option chosen for each answered question.
 * People answer <em>as if no support were in place</em>; what family and friends do is recorded only
 * through the rule set's informal-support question. An assessment is not checked against any rule set
 * until a calculator allocates it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Assessment {
  private final PersonId person;
  private final LocalDate date;
  private final Map<QuestionId, OptionId> answers;

  private Assessment(PersonId person, LocalDate date, Map<QuestionId, OptionId> answers) {
    this.person = person;
    this.date = date;
    this.answers = answers;
  }

  /**
   * Returns an assessment.
   *
   * @param person not null
   * @param date the assessment's date, or null when unknown
   * @param answers question to chosen option, not null, no null keys or values; copied, order kept
   */
  public static Assessment of(PersonId person, LocalDate date, Map<QuestionId, OptionId> answers) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(answers, "answers");
    Map<QuestionId, OptionId> copy = new LinkedHashMap<>();
    answers.forEach(
        (q, o) -> copy.put(Objects.requireNonNull(q, "question"), Objects.requireNonNull(o, "option")));
    return new Assessment(person, date, Collections.unmodifiableMap(copy));
  }

  /** Starts an assessment of {@code person}; never null. */
  public static Builder builder(String person) {
    return new Builder(PersonId.of(person));
  }

  public PersonId person() {
    return person;
  }

  /** The date of the assessment, which chooses the rule set in force; empty when unknown. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** The answers, in the order given; never null. Unanswered questions are absent. */
  public Map<QuestionId, OptionId> answers() {
    return answers;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Assessment)) {
      return false;
    }
    Assessment other = (Assessment) o;
    return person.equals(other.person)
        && Objects.equals(date, other.date)
        && answers.equals(other.answers);
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

    private Builder(PersonId person) {
      this.person = person;
    }

    /** Sets the assessment's date; not null. */
    public Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /** Records that {@code question} was answered with {@code option}; a later answer replaces it. */
    public Builder answer(String question, String option) {
      answers.put(QuestionId.of(question), OptionId.of(option));
      return this;
    }

    public Assessment build() {
      return Assessment.of(person, date, answers);
    }
  }
}
