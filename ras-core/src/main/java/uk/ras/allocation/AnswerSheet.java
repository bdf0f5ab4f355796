package uk.ras.allocation;

import java.time.LocalDate;
import java.util.Optional;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * An assessment checked against one calculator's rule set and encoded for it: each question's chosen
 * option as an index. Made by {@link Calculator#encode}; allocating a sheet many times (for example
 * under different prices) skips the checking and the id look-ups.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnswerSheet {
  final Calculator owner;
  final PersonId person;
  final LocalDate date;
  /** Index of the chosen option per question slot, or -1 when unanswered; never exposed, never changed. */
  final int[] choices;
  /** The assessment's own facts beyond its answers: eligibility, contribution, holding. */
  final Assessment assessment;
  /** The assessment's contribution, kept here with the choices: the figures path reads nothing else of it. */
  final Money contribution;

  AnswerSheet(Calculator owner, Assessment assessment, int[] choices) {
    this.owner = owner;
    this.person = assessment.person();
    this.date = assessment.date().orElse(null);
    this.choices = choices;
    this.assessment = assessment;
    this.contribution = assessment.contribution();
  }

  /** {@return the person assessed; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the assessment's date; empty when it had none} */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }
}
