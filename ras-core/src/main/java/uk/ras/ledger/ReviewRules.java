package uk.ras.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;

/**
 * When reviews fall due, by declared rules for a client group. Immutable and thread-safe.
 *
 * <ul>
 *   <li><b>A care plan</b> is first reviewed {@code firstAfterWeeks} weeks after it starts (6 to 8 is
 *       usual), then at most {@code everyMonths} months after the last review (6 for mental health, 12
 *       otherwise, is usual); a trigger after the last review (a change of needs, a hospital stay, an
 *       overspend) makes it due on the trigger's date if that is sooner.
 *   <li><b>A direct payment</b> is reviewed within 6 months of the first payment, then at intervals of
 *       at most 12 months (Care and Support (Direct Payments) Regulations 2014, reg. 7).
 *   <li>On the date asked a review is {@link ReviewStatus#OVERDUE} after its date, {@link
 *       ReviewStatus#DUE} from {@code dueSoonDays} days before it, and {@link ReviewStatus#NOT_YET}
 *       before that.
 *   <li>A review must not be used to cut a budget: {@link #changeBudget} refuses a reduction without a
 *       reassessment of needs.
 * </ul>
 */
public final class ReviewRules {
  /** The months after the first payment within which a direct payment is first reviewed (reg. 7). */
  public static final int DIRECT_PAYMENT_FIRST_MONTHS = 6;

  /** The most months between later reviews of a direct payment (reg. 7). */
  public static final int DIRECT_PAYMENT_EVERY_MONTHS = 12;

  private final String clientGroup;
  private final int firstAfterWeeks;
  private final int everyMonths;
  private final int dueSoonDays;

  private ReviewRules(String clientGroup, int firstAfterWeeks, int everyMonths, int dueSoonDays) {
    this.clientGroup = clientGroup;
    this.firstAfterWeeks = firstAfterWeeks;
    this.everyMonths = everyMonths;
    this.dueSoonDays = dueSoonDays;
  }

  /**
   * Rules for a client group.
   *
   * @param clientGroup such as "mental health", not null, not blank
   * @param firstAfterWeeks 1 to 104
   * @param everyMonths 1 to 36
   * @param dueSoonDays 0 to 90: how long before its date a review counts as due
   * @return the rules, never null
   * @throws IllegalArgumentException if a number is out of range or {@code clientGroup} is blank
   */
  public static ReviewRules of(String clientGroup, int firstAfterWeeks, int everyMonths, int dueSoonDays) {
    Objects.requireNonNull(clientGroup, "clientGroup");
    if (clientGroup.isBlank() || firstAfterWeeks < 1 || firstAfterWeeks > 104 || everyMonths < 1 || everyMonths > 36
        || dueSoonDays < 0 || dueSoonDays > 90) {
      throw new IllegalArgumentException("review rules need a client group, first review 1 to 104 weeks, then every 1 to 36 months,"
          + " due soon 0 to 90 days; were \"" + clientGroup + "\", " + firstAfterWeeks + ", " + everyMonths + ", " + dueSoonDays);
    }
    return new ReviewRules(clientGroup, firstAfterWeeks, everyMonths, dueSoonDays);
  }

  /** {@return the client group; never null} */
  public String clientGroup() {
    return clientGroup;
  }

  /** {@return the weeks from a plan's start to its first review} */
  public int firstAfterWeeks() {
    return firstAfterWeeks;
  }

  /** {@return the most months between later reviews} */
  public int everyMonths() {
    return everyMonths;
  }

  /** {@return the days before its date a review counts as due} */
  public int dueSoonDays() {
    return dueSoonDays;
  }

  /**
   * The next review of a care plan.
   *
   * @param planStart the day the plan started, not null
   * @param reviewsDone the days reviews were held, any order, not null, no nulls
   * @param triggers events since the plan started, not null, no nulls
   * @param today the date to report the status on, not null
   * @return the next review, never null
   */
  public ReviewDue carePlanReview(LocalDate planStart, List<LocalDate> reviewsDone, List<ReviewTrigger> triggers, LocalDate today) {
    Objects.requireNonNull(planStart, "planStart");
    Objects.requireNonNull(today, "today");
    Optional<LocalDate> last = latest(reviewsDone, planStart);
    LocalDate due;
    String reason;
    if (last.isEmpty()) {
      due = planStart.plusWeeks(firstAfterWeeks);
      reason = "first review " + firstAfterWeeks + " weeks after the plan started on " + planStart;
    } else {
      due = last.get().plusMonths(everyMonths);
      reason = "at most " + everyMonths + " months after the last review on " + last.get();
    }
    LocalDate since = last.orElse(planStart);
    ReviewTrigger soonest = null;
    for (ReviewTrigger t : triggers) {
      Objects.requireNonNull(t, "trigger");
      if (t.date().isAfter(since) && (soonest == null || t.date().isBefore(soonest.date()))) {
        soonest = t;
      }
    }
    if (soonest != null && soonest.date().isBefore(due)) {
      due = soonest.date();
      reason = words(soonest.kind()) + " on " + soonest.date() + " makes a review due at once (instead of " + reason + ")";
    }
    return new ReviewDue("care plan review (" + clientGroup + ")", due, reason, status(due, today));
  }

  /**
   * The next review of a direct payment (Care and Support (Direct Payments) Regulations 2014, reg. 7):
   * within 6 months of the first payment, then at most 12 months after the last review.
   *
   * @param firstPayment the day of the first payment, not null
   * @param reviewsDone the days reviews were held, any order, not null, no nulls
   * @param today the date to report the status on, not null
   * @return the next review, never null
   */
  public ReviewDue directPaymentReview(LocalDate firstPayment, List<LocalDate> reviewsDone, LocalDate today) {
    Objects.requireNonNull(firstPayment, "firstPayment");
    Objects.requireNonNull(today, "today");
    Optional<LocalDate> last = latest(reviewsDone, firstPayment);
    LocalDate due;
    String reason;
    if (last.isEmpty()) {
      due = firstPayment.plusMonths(DIRECT_PAYMENT_FIRST_MONTHS);
      reason = "within " + DIRECT_PAYMENT_FIRST_MONTHS + " months of the first payment on " + firstPayment
          + " (Care and Support (Direct Payments) Regulations 2014, reg. 7)";
    } else {
      due = last.get().plusMonths(DIRECT_PAYMENT_EVERY_MONTHS);
      reason = "at most " + DIRECT_PAYMENT_EVERY_MONTHS + " months after the last review on " + last.get()
          + " (Care and Support (Direct Payments) Regulations 2014, reg. 7)";
    }
    return new ReviewDue("direct-payment review", due, reason, status(due, today));
  }

  /**
   * A change of the budget at a review: a reduction needs a reassessment of needs, since a review must
   * not be used to cut a budget (Care and Support Statutory Guidance, chapter 13).
   *
   * @param current the budget now, not null
   * @param proposed the budget proposed, not null
   * @param reassessedOn the day needs were reassessed, not null; empty when they were not
   * @return {@code proposed}, never null
   * @throws LedgerException if {@code proposed} is below {@code current} and there was no reassessment,
   *     with the reason
   */
  public static Money changeBudget(Money current, Money proposed, Optional<LocalDate> reassessedOn) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(proposed, "proposed");
    Objects.requireNonNull(reassessedOn, "reassessedOn");
    if (proposed.isLessThan(current) && reassessedOn.isEmpty()) {
      throw new LedgerException(null, "the budget may not be reduced from " + current + " to " + proposed
          + " without a reassessment of needs: a review must not be used to cut a budget (Care and Support"
          + " Statutory Guidance, chapter 13); reassess the person's needs first");
    }
    return proposed;
  }

  private static Optional<LocalDate> latest(List<LocalDate> dates, LocalDate notBefore) {
    LocalDate last = null;
    for (LocalDate d : dates) {
      Objects.requireNonNull(d, "review date");
      if (!d.isBefore(notBefore) && (last == null || d.isAfter(last))) {
        last = d;
      }
    }
    return Optional.ofNullable(last);
  }

  private ReviewStatus status(LocalDate due, LocalDate today) {
    if (today.isAfter(due)) {
      return ReviewStatus.OVERDUE;
    }
    return today.isBefore(due.minusDays(dueSoonDays)) ? ReviewStatus.NOT_YET : ReviewStatus.DUE;
  }

  private static String words(TriggerKind kind) {
    String s = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    // "an overspend", not "a overspend": the article follows the sound of the word after it.
    return ("aeiou".indexOf(s.charAt(0)) >= 0 ? "an " : "a ") + s;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReviewRules)) {
      return false;
    }
    ReviewRules r = (ReviewRules) o;
    return clientGroup.equals(r.clientGroup) && firstAfterWeeks == r.firstAfterWeeks && everyMonths == r.everyMonths
        && dueSoonDays == r.dueSoonDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientGroup, firstAfterWeeks, everyMonths, dueSoonDays);
  }

  @Override
  public String toString() {
    return "ReviewRules[clientGroup=" + clientGroup + ", firstAfterWeeks=" + firstAfterWeeks + ", everyMonths="
        + everyMonths + ", dueSoonDays=" + dueSoonDays + "]";
  }
}
