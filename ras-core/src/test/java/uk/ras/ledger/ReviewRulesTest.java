package uk.ras.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.ras.ledger.Fixtures.d;
import static uk.ras.ledger.Fixtures.m;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Review dates worked by hand. */
class ReviewRulesTest {
  private static final ReviewRules MENTAL_HEALTH = ReviewRules.of("mental health", 8, 6, 14);

  @Test
  void aCarePlanIsFirstReviewedAfterTheDeclaredWeeksThenWithinTheDeclaredMonths() {
    // Started Monday 1 June 2026: 8 weeks on is Monday 27 July.
    ReviewDue first = MENTAL_HEALTH.carePlanReview(d("2026-06-01"), List.of(), List.of(), d("2026-07-01"));
    assertEquals(d("2026-07-27"), first.dueOn());
    assertEquals("first review 8 weeks after the plan started on 2026-06-01", first.reason());
    assertEquals(ReviewStatus.NOT_YET, first.status());
    // 14 days before, 13 July, it is due; the day after, overdue.
    assertEquals(ReviewStatus.DUE, MENTAL_HEALTH.carePlanReview(d("2026-06-01"), List.of(), List.of(), d("2026-07-13")).status());
    assertEquals(ReviewStatus.NOT_YET, MENTAL_HEALTH.carePlanReview(d("2026-06-01"), List.of(), List.of(), d("2026-07-12")).status());
    assertEquals(ReviewStatus.OVERDUE, MENTAL_HEALTH.carePlanReview(d("2026-06-01"), List.of(), List.of(), d("2026-07-28")).status());
    // Reviewed on 24 July: next at most 6 months on, 24 January 2027.
    ReviewDue next = MENTAL_HEALTH.carePlanReview(d("2026-06-01"), List.of(d("2026-07-24")), List.of(), d("2026-08-01"));
    assertEquals(d("2027-01-24"), next.dueOn());
  }

  @Test
  void aTriggerAfterTheLastReviewMakesItDueAtOnce() {
    ReviewDue due =
        MENTAL_HEALTH.carePlanReview(
            d("2026-06-01"),
            List.of(d("2026-07-24")),
            List.of(new ReviewTrigger(d("2026-07-01"), TriggerKind.OVERSPEND), new ReviewTrigger(d("2026-09-10"), TriggerKind.HOSPITAL_STAY)),
            d("2026-09-11"));
    assertEquals(d("2026-09-10"), due.dueOn());
    assertEquals(
        "a hospital stay on 2026-09-10 makes a review due at once (instead of at most 6 months after the last review on 2026-07-24)",
        due.reason());
    assertEquals(ReviewStatus.OVERDUE, due.status());
  }

  @Test
  void anOverspendTriggerReadsAsEnglish() {
    // Started 1 June 2026, no review yet: the first is due 27 July; an overspend on 1 July comes first.
    ReviewDue due =
        MENTAL_HEALTH.carePlanReview(
            d("2026-06-01"), List.of(), List.of(new ReviewTrigger(d("2026-07-01"), TriggerKind.OVERSPEND)), d("2026-07-01"));
    assertEquals(d("2026-07-01"), due.dueOn());
    assertEquals(
        "an overspend on 2026-07-01 makes a review due at once (instead of first review 8 weeks after the plan started on 2026-06-01)",
        due.reason());
    assertEquals(ReviewStatus.DUE, due.status());
  }

  @Test
  void aDirectPaymentIsReviewedWithinSixMonthsThenEveryTwelve() {
    // First paid 15 May 2026: within 6 months, by 15 November 2026; after a review on 1 November,
    // by 1 November 2027 (reg. 7).
    assertEquals(d("2026-11-15"), MENTAL_HEALTH.directPaymentReview(d("2026-05-15"), List.of(), d("2026-06-01")).dueOn());
    ReviewDue later = MENTAL_HEALTH.directPaymentReview(d("2026-05-15"), List.of(d("2026-11-01")), d("2026-12-01"));
    assertEquals(d("2027-11-01"), later.dueOn());
    assertEquals(
        "at most 12 months after the last review on 2026-11-01 (Care and Support (Direct Payments) Regulations 2014, reg. 7)",
        later.reason());
  }

  @Test
  void aBudgetIsNotReducedWithoutAReassessment() {
    LedgerException e =
        assertThrows(LedgerException.class, () -> ReviewRules.changeBudget(m("300.00"), m("250.00"), Optional.empty()));
    assertEquals(Optional.empty(), e.entry());
    assertEquals(
        "the budget may not be reduced from £300.00 to £250.00 without a reassessment of needs: a review must not be used to cut a budget (Care and Support Statutory Guidance, chapter 13); reassess the person's needs first",
        e.getMessage());
    assertEquals(m("250.00"), ReviewRules.changeBudget(m("300.00"), m("250.00"), Optional.of(d("2026-07-01"))));
    assertEquals(m("320.00"), ReviewRules.changeBudget(m("300.00"), m("320.00"), Optional.empty()));
  }
}
