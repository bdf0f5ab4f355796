package uk.ras.rules.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.ras.assessment.PersonId;
import uk.ras.ledger.Entry;
import uk.ras.ledger.ReviewRules;
import uk.ras.money.Money;

/**
 * One person of a ledger setup: the weekly budget, the client group and its review rules, the day the
 * person's plan started, the day of their first direct payment if it was before the ledger, the weekly timetable as {@link uk.ras.ledger.EntryKind#PLANNED} entries, and the
 * reassessment of their needs, if the setup records one. Made by {@link LedgerSetupReader}. Immutable and
 * thread-safe.
 */
public final class LedgerPerson {
  private final PersonId id;
  private final Money weeklyBudget;
  private final String clientGroup;
  private final ReviewRules reviews;
  private final LocalDate planStart;
  private final Optional<LocalDate> firstDirectPayment;
  private final List<Entry> planned;
  private final Optional<Reassessment> reassessed;

  LedgerPerson(PersonId id, Money weeklyBudget, String clientGroup, ReviewRules reviews, LocalDate planStart,
      Optional<LocalDate> firstDirectPayment, List<Entry> planned, Optional<Reassessment> reassessed) {
    this.id = id;
    this.weeklyBudget = weeklyBudget;
    this.clientGroup = clientGroup;
    this.reviews = reviews;
    this.planStart = planStart;
    this.firstDirectPayment = firstDirectPayment;
    this.planned = List.copyOf(planned);
    this.reassessed = reassessed;
  }

  /** {@return the person; never null} */
  public PersonId id() {
    return id;
  }

  /** {@return the weekly budget; never null} */
  public Money weeklyBudget() {
    return weeklyBudget;
  }

  /** {@return the client group, such as "mental health"; never null} */
  public String clientGroup() {
    return clientGroup;
  }

  /** {@return the review rules of the person's client group; never null} */
  public ReviewRules reviews() {
    return reviews;
  }

  /** {@return the day the person's plan started (it may be before the budget period); never null} */
  public LocalDate planStart() {
    return planStart;
  }

  /**
   * {@return the day of the person's first direct payment, declared when it was made before this ledger
   * (under an earlier budget), from which the direct-payment review is counted ({@link
   * uk.ras.ledger.LedgerTerms.Builder#firstDirectPayment}); empty when not declared}
   */
  public Optional<LocalDate> firstDirectPayment() {
    return firstDirectPayment;
  }

  /**
   * {@return the planned entries of the weekly timetable, in the file's order, each from the later of the
   * plan's start and the period's first day to the end of the period, with the ids {@code plan-ID-1},
   * {@code plan-ID-2}, ... by the slot's place in the file; never null}
   */
  public List<Entry> planned() {
    return planned;
  }

  /**
   * {@return the reassessment of the person's needs the setup records, which lets a later setup lower the
   * weekly budget; empty when it records none}
   */
  public Optional<Reassessment> reassessed() {
    return reassessed;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LedgerPerson)) {
      return false;
    }
    LedgerPerson p = (LedgerPerson) o;
    return id.equals(p.id) && weeklyBudget.equals(p.weeklyBudget) && clientGroup.equals(p.clientGroup)
        && reviews.equals(p.reviews) && planStart.equals(p.planStart)
        && firstDirectPayment.equals(p.firstDirectPayment) && planned.equals(p.planned)
        && reassessed.equals(p.reassessed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, weeklyBudget, clientGroup, reviews, planStart, firstDirectPayment, planned, reassessed);
  }

  @Override
  public String toString() {
    return "LedgerPerson[id=" + id + ", weeklyBudget=" + weeklyBudget + ", clientGroup=" + clientGroup
        + ", planStart=" + planStart + firstDirectPayment.map(d -> ", firstDirectPayment=" + d).orElse("")
        + ", planned=" + planned.size() + reassessed.map(r -> ", reassessed=" + r.date() + " "
        + r.reference()).orElse("") + "]";
  }
}
