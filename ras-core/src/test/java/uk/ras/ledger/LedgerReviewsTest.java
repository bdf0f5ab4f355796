package uk.ras.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.ras.ledger.Fixtures.ACME;
import static uk.ras.ledger.Fixtures.P;
import static uk.ras.ledger.Fixtures.SW;
import static uk.ras.ledger.Fixtures.d;
import static uk.ras.ledger.Fixtures.id;
import static uk.ras.ledger.Fixtures.m;
import static uk.ras.ledger.Fixtures.t;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reviews kept in the ledger, worked by hand. The terms: P01, 1 June to 30 August 2026 at £100.00 a week
 * (£1,300.00), mental-health review rules (first review 8 weeks after the plan starts, then at most every
 * 6 months, due 14 days before), the plan started on Monday 4 May 2026: first review due 4 May + 56 days =
 * 29 June 2026, counting as due from 15 June.
 */
class LedgerReviewsTest {
  static final ReviewRules MENTAL_HEALTH = ReviewRules.of("mental health", 8, 6, 14);
  static final String FIRST = "first review 8 weeks after the plan started on 2026-05-04";
  static final String REG_7 = " (Care and Support (Direct Payments) Regulations 2014, reg. 7)";

  static Ledger ledger() {
    return Ledger.of(Fixtures.summer(HospitalPolicy.bank()).reviews(MENTAL_HEALTH, d("2026-05-04")).build());
  }

  static ReviewDue carePlan(Ledger ledger, String today) {
    return ledger.reviews(d(today)).get(0);
  }

  @Test
  void theFirstReviewIsCountedFromThePlansStart() {
    Ledger ledger = ledger();
    assertEquals(1, ledger.reviews(d("2026-06-10")).size());
    ReviewDue r = carePlan(ledger, "2026-06-10");
    assertEquals("care plan review (mental health)", r.review());
    assertEquals(d("2026-06-29"), r.dueOn());
    assertEquals(FIRST, r.reason());
    assertEquals(ReviewStatus.NOT_YET, r.status());
    // 14 days before 29 June is 15 June; after 29 June it is overdue.
    assertEquals(ReviewStatus.NOT_YET, carePlan(ledger, "2026-06-14").status());
    assertEquals(ReviewStatus.DUE, carePlan(ledger, "2026-06-15").status());
    assertEquals(ReviewStatus.DUE, carePlan(ledger, "2026-06-29").status());
    assertEquals(ReviewStatus.OVERDUE, carePlan(ledger, "2026-06-30").status());
  }

  @Test
  void aReviewDoneMovesTheNextOneOnAndATriggerBringsItForward() {
    Ledger reviewed = ledger().record(Entry.review(id("r1"), P, d("2026-06-26"), ReviewKind.CARE_PLAN, "plan kept"));
    // 26 June + 6 months = 26 December 2026.
    ReviewDue next = carePlan(reviewed, "2026-07-01");
    assertEquals(d("2026-12-26"), next.dueOn());
    assertEquals("at most 6 months after the last review on 2026-06-26", next.reason());
    assertEquals(ReviewStatus.NOT_YET, next.status());

    Ledger changed = reviewed.record(Entry.needsChanged(id("n1"), P, d("2026-07-10"), "moved to a new flat"));
    assertEquals(d("2026-12-26"), carePlan(changed, "2026-07-09").dueOn(), "not yet known on 9 July");
    ReviewDue now = carePlan(changed, "2026-07-10");
    assertEquals(d("2026-07-10"), now.dueOn());
    assertEquals("a change of needs on 2026-07-10 makes a review due at once (instead of at most 6 months after the last"
        + " review on 2026-06-26)", now.reason());
    assertEquals(ReviewStatus.DUE, now.status());
    assertEquals(ReviewStatus.OVERDUE, carePlan(changed, "2026-07-11").status());

    // Reviewed again on 20 July: 20 January 2027 next, the change of needs dealt with.
    Ledger again = changed.record(Entry.review(id("r2"), P, d("2026-07-20"), ReviewKind.CARE_PLAN, ""));
    assertEquals(d("2027-01-20"), carePlan(again, "2026-07-20").dueOn());

    // A change of needs reversed was never recorded.
    Ledger undone = changed.record(Entry.reversal(id("x1"), P, d("2026-07-12"), id("n1"), "recorded for the wrong person"));
    assertEquals(d("2026-12-26"), carePlan(undone, "2026-07-12").dueOn());
  }

  @Test
  void aHospitalStayMakesAReviewDueOnTheDayOfAdmission() {
    Ledger ledger = ledger()
        .record(Entry.review(id("r1"), P, d("2026-06-26"), ReviewKind.CARE_PLAN, ""))
        .record(Entry.hospitalStay(id("h1"), P, d("2026-07-20"), d("2026-07-24")));
    ReviewDue r = carePlan(ledger, "2026-07-22");
    assertEquals(d("2026-07-20"), r.dueOn());
    assertEquals("a hospital stay on 2026-07-20 makes a review due at once (instead of at most 6 months after the last"
        + " review on 2026-06-26)", r.reason());
    assertEquals(ReviewStatus.OVERDUE, r.status());
  }

  /**
   * A one-off of £1,300.01 on 15 July, with nothing planned: on 15 July spent £1,300.01 of £1,300.00,
   * remaining -£0.01, an overspend that begins that day.
   */
  @Test
  void aProjectedOverspendMakesAReviewDueOnTheDayItBegins() {
    Ledger ledger = ledger()
        .record(Entry.review(id("r1"), P, d("2026-06-26"), ReviewKind.CARE_PLAN, ""))
        .record(Entry.oneOff(id("o1"), P, d("2026-07-15"), m("1300.01"), "a bed"));
    assertEquals(List.of(d("2026-07-15")), ledger.overspendStarts(d("2026-08-30")));
    assertEquals(List.of(), ledger.overspendStarts(d("2026-07-14")));
    ReviewDue r = carePlan(ledger, "2026-07-16");
    assertEquals(d("2026-07-15"), r.dueOn());
    assertEquals("an overspend on 2026-07-15 makes a review due at once (instead of at most 6 months after the last"
        + " review on 2026-06-26)", r.reason());

    List<Alert> alerts = ledger.alerts(d("2026-07-16"), AlertRules.of(600, 4, 8), m("0.00"));
    assertEquals(List.of(AlertKind.PROJECTED_OVERSPEND, AlertKind.REVIEW_OVERDUE),
        alerts.stream().map(Alert::kind).collect(Collectors.toList()));
    Alert overdue = alerts.get(1);
    assertEquals(m("0.00"), overdue.amount());
    assertEquals("care plan review (mental health) overdue: it was due on 2026-07-15 (an overspend on 2026-07-15 makes a"
        + " review due at once (instead of at most 6 months after the last review on 2026-06-26))", overdue.message());
  }

  /**
   * A plan of a support worker every Wednesday 10:00 to 12:00 commits 13 x £46.26 = £601.38, and no visit
   * is recorded, so each Wednesday that passes commits £46.26 less. A one-off of £700.00 on Monday 1 June:
   * remaining 1,300.00 - 700.00 - 601.38 = -£1.38, an overspend from the first day. Wednesday 3 June passes:
   * 1,300.00 - 700.00 - 12 x 46.26 = £44.88, it ends. A one-off of £100.00 on Friday 5 June: 44.88 - 100.00 =
   * -£55.12, it begins again; on 10 June -55.12 + 46.26 = -£8.86, still over; on 17 June -8.86 + 46.26 =
   * £37.40, it ends. A care-plan review on 2 June dealt with the first; the second makes one due on 5 June.
   */
  @Test
  void eachOverspendBeginsOnceAndOnlyOneAfterTheLastReviewCounts() {
    Ledger ledger = ledger()
        .record(Entry.planned(id("plan"), P, d("2026-06-01"), Optional.empty(), java.time.DayOfWeek.WEDNESDAY,
            t("10:00"), t("12:00"), ACME, SW))
        .record(Entry.oneOff(id("o1"), P, d("2026-06-01"), m("700.00"), "a course"))
        .record(Entry.oneOff(id("o2"), P, d("2026-06-05"), m("100.00"), "a phone"));
    assertEquals(m("-1.38"), ledger.balanceOn(d("2026-06-01")).remaining());
    assertEquals(m("44.88"), ledger.balanceOn(d("2026-06-03")).remaining());
    assertEquals(m("-55.12"), ledger.balanceOn(d("2026-06-05")).remaining());
    assertEquals(m("-8.86"), ledger.balanceOn(d("2026-06-10")).remaining());
    assertEquals(m("37.40"), ledger.balanceOn(d("2026-06-17")).remaining());
    assertEquals(List.of(d("2026-06-01"), d("2026-06-05")), ledger.overspendStarts(d("2026-08-30")));
    // Before the review, the first overspend brings the first review (29 June) forward to 1 June.
    ReviewDue first = carePlan(ledger, "2026-06-02");
    assertEquals(d("2026-06-01"), first.dueOn());
    assertEquals("an overspend on 2026-06-01 makes a review due at once (instead of " + FIRST + ")", first.reason());
    Ledger reviewed = ledger.record(Entry.review(id("r1"), P, d("2026-06-02"), ReviewKind.CARE_PLAN, "budget kept"));
    assertEquals(d("2026-12-02"), carePlan(reviewed, "2026-06-04").dueOn());
    assertEquals(d("2026-06-05"), carePlan(reviewed, "2026-06-05").dueOn());
  }

  @Test
  void aDirectPaymentIsReviewedWithinSixMonthsOfTheFirstPaymentThenYearly() {
    Ledger ledger = ledger()
        .record(Entry.directPaymentReceipt(id("dp2"), P, d("2026-07-05"), m("400.00")))
        .record(Entry.directPaymentReceipt(id("dp1"), P, d("2026-06-05"), m("400.00")));
    assertEquals(1, ledger.reviews(d("2026-06-04")).size(), "no direct payment yet on 4 June");
    List<ReviewDue> reviews = ledger.reviews(d("2026-06-10"));
    assertEquals(2, reviews.size());
    ReviewDue dp = reviews.get(1);
    assertEquals("direct-payment review", dp.review());
    // 5 June + 6 months = 5 December 2026.
    assertEquals(d("2026-12-05"), dp.dueOn());
    assertEquals("within 6 months of the first payment on 2026-06-05" + REG_7, dp.reason());
    assertEquals(ReviewStatus.NOT_YET, dp.status());

    Ledger reviewed = ledger.record(Entry.review(id("r1"), P, d("2026-08-01"), ReviewKind.DIRECT_PAYMENT, "kept"));
    ReviewDue next = reviewed.reviews(d("2026-08-01")).get(1);
    assertEquals(d("2027-08-01"), next.dueOn());
    assertEquals("at most 12 months after the last review on 2026-08-01" + REG_7, next.reason());
    // A direct-payment review is not a care-plan review.
    assertEquals(d("2026-06-29"), reviewed.reviews(d("2026-08-01")).get(0).dueOn());
  }

  @Test
  void aDirectPaymentPaidBeforeTheLedgerIsReviewedFromItsDeclaredFirstPayment() {
    // The direct payment began on 10 February 2025, under an earlier budget; its last review was held on
    // 15 July 2025, recorded here though before the period. The ledger's first receipt is 5 June 2026.
    Ledger declared = Ledger.of(Fixtures.summer(HospitalPolicy.bank()).reviews(MENTAL_HEALTH, d("2026-05-04"))
            .firstDirectPayment(d("2025-02-10")).build())
        .record(Entry.review(id("r0"), P, d("2025-07-15"), ReviewKind.DIRECT_PAYMENT, "kept"))
        .record(Entry.directPaymentReceipt(id("dp1"), P, d("2026-06-05"), m("400.00")));
    // 15 July 2025 + 12 months = 15 July 2026: due from 1 July (14 days before), overdue after it.
    ReviewDue dp = declared.reviews(d("2026-06-10")).get(1);
    assertEquals(d("2026-07-15"), dp.dueOn());
    assertEquals("at most 12 months after the last review on 2025-07-15" + REG_7, dp.reason());
    assertEquals(ReviewStatus.OVERDUE, declared.reviews(d("2026-07-16")).get(1).status());

    // Without the declaration the first receipt is taken as the first payment and the review of July 2025,
    // before it, does not count: due 5 June + 6 months = 5 December 2026, five months late.
    Ledger undeclared = Ledger.of(ledger().terms(), declared.entries());
    assertEquals(d("2026-12-05"), undeclared.reviews(d("2026-06-10")).get(1).dueOn());

    // Declared, with no review held yet and no receipt in the ledger: 10 February 2025 + 6 months.
    Ledger noReceipt = Ledger.of(declared.terms());
    ReviewDue first = noReceipt.reviews(d("2026-06-10")).get(1);
    assertEquals(d("2025-08-10"), first.dueOn());
    assertEquals("within 6 months of the first payment on 2025-02-10" + REG_7, first.reason());
    assertEquals(ReviewStatus.OVERDUE, first.status());
    // Asked about a day before the declared first payment, there is no direct payment yet.
    assertEquals(1, noReceipt.reviews(d("2025-01-31")).size());
  }

  @Test
  void aFirstDirectPaymentAfterThePeriodIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Fixtures.summer(HospitalPolicy.bank()).firstDirectPayment(d("2026-08-31")));
    assertEquals("a first direct payment on 2026-08-31 is after the budget period 2026-06-01 to 2026-08-30", e.getMessage());
  }

  @Test
  void reviewAlertsAreRaisedForReviewsDueOrOverdue() {
    AlertRules rules = AlertRules.of(600, 13, 8);
    Ledger ledger = ledger().record(Entry.visit(id("v1"), P, d("2026-06-03"), t("10:00"), t("12:00"), ACME, SW));
    assertEquals(List.of(), ledger.alerts(d("2026-06-14"), rules, m("0.00")));
    List<Alert> due = ledger.alerts(d("2026-06-20"), rules, m("0.00"));
    assertEquals(1, due.size());
    assertEquals(AlertKind.REVIEW_DUE, due.get(0).kind());
    assertEquals("care plan review (mental health) due on 2026-06-29 (" + FIRST + ")", due.get(0).message());

    // Without review rules the ledger has no reviews and raises no review alerts.
    Ledger none = Ledger.of(Fixtures.summer(HospitalPolicy.bank()).build(), ledger.entries());
    assertEquals(List.of(), none.reviews(d("2026-06-20")));
    assertEquals(List.of(), none.alerts(d("2026-07-20"), rules, m("0.00")));
  }

  @Test
  void aReviewFromBeforeThePeriodCountsButNoneAfterIt() {
    Ledger ledger = Ledger.of(Fixtures.summer(HospitalPolicy.bank()).reviews(MENTAL_HEALTH, d("2026-04-01")).build())
        .record(Entry.review(id("r0"), P, d("2026-05-20"), ReviewKind.CARE_PLAN, "under last year's budget"))
        .record(Entry.needsChanged(id("n0"), P, d("2026-05-10"), "before the review: dealt with by it"));
    // 20 May + 6 months = 20 November 2026.
    assertEquals(d("2026-11-20"), carePlan(ledger, "2026-06-01").dueOn());
    // No balance moves.
    assertEquals(Fixtures.summer(HospitalPolicy.bank()).build().budget(), ledger.balanceOn(d("2026-06-01")).remaining());
    assertEquals(List.of(), ledger.charges());
    LedgerException e = assertThrows(LedgerException.class,
        () -> ledger.record(Entry.review(id("r9"), P, d("2026-08-31"), ReviewKind.CARE_PLAN, "")));
    assertEquals("entry r9 refused: it is dated 2026-08-31, after the budget period 2026-06-01 to 2026-08-30", e.getMessage());
    LedgerException visit = assertThrows(LedgerException.class,
        () -> ledger.record(Entry.visit(id("v0"), P, d("2026-05-31"), t("10:00"), t("11:00"), ACME, SW)));
    assertEquals("entry v0 refused: it is dated 2026-05-31, outside the budget period 2026-06-01 to 2026-08-30",
        visit.getMessage());
  }

  @Test
  void reviewEntriesAreCheckedWhenMade() {
    assertThrows(IllegalArgumentException.class, () -> Entry.needsChanged(id("n"), P, d("2026-06-01"), " "));
    assertThrows(NullPointerException.class, () -> Entry.review(id("r"), P, d("2026-06-01"), null, ""));
    Entry r = Entry.review(id("r"), P, d("2026-06-01"), ReviewKind.DIRECT_PAYMENT, "kept");
    assertEquals(EntryKind.REVIEW, r.kind());
    assertEquals(Optional.of(ReviewKind.DIRECT_PAYMENT), r.reviewKind());
    assertEquals("Entry[id=r, kind=REVIEW, person=P01, date=2026-06-01, reviewKind=DIRECT_PAYMENT, note=kept]", r.toString());
    assertEquals(Optional.empty(), Entry.needsChanged(id("n"), P, d("2026-06-01"), "x").reviewKind());
    IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
        () -> Fixtures.summer(HospitalPolicy.bank()).reviews(MENTAL_HEALTH, d("2026-08-31")));
    assertEquals("a plan starting on 2026-08-31 is after the budget period 2026-06-01 to 2026-08-30", late.getMessage());
  }
}
