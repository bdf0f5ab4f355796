package uk.ras.rules.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reassessment of a person's needs that a ledger setup records under the person ({@code reassessed: {date:
 * 2026-11-20, reference: RA-2211}}): the day it was held and the council's reference for it. It is what
 * lets a later setup lower the person's weekly budget, since a review must not be used to cut a budget
 * ({@link uk.ras.ledger.ReviewRules#changeBudget}). Made by {@link LedgerSetupReader}. Immutable and
 * thread-safe.
 */
public final class Reassessment {
  private final LocalDate date;
  private final String reference;

  Reassessment(LocalDate date, String reference) {
    this.date = Objects.requireNonNull(date, "date");
    this.reference = Objects.requireNonNull(reference, "reference");
  }

  /** {@return the day the person's needs were reassessed; never null} */
  public LocalDate date() {
    return date;
  }

  /** {@return the council's reference for the reassessment, such as "RA-2211"; never null, never blank} */
  public String reference() {
    return reference;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reassessment && date.equals(((Reassessment) o).date) && reference.equals(((Reassessment) o).reference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, reference);
  }

  /** {@return the reassessment as a sentence's words: "the reassessment RA-2211 of 2026-11-20"} */
  @Override
  public String toString() {
    return "the reassessment " + reference + " of " + date;
  }
}
