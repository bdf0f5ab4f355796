package uk.ras.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static uk.ras.ValueContract.check;
import static uk.ras.ValueContract.sameTwice;
import static uk.ras.ledger.Fixtures.ACME;
import static uk.ras.ledger.Fixtures.P;
import static uk.ras.ledger.Fixtures.SW;
import static uk.ras.ledger.Fixtures.d;
import static uk.ras.ledger.Fixtures.id;
import static uk.ras.ledger.Fixtures.m;
import static uk.ras.ledger.Fixtures.t;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ledger's results compare as values: made twice from the same input they are equal, with equal
 * hash codes and text; unequal when any one field differs; written as {@code Name[field=value, ...]}.
 */
class ResultContractTest {
  private static Ledger ledger() {
    return Ledger.of(Fixtures.summer(HospitalPolicy.bank()).build())
        .record(Entry.visit(id("v1"), P, d("2026-06-03"), t("10:00"), t("12:00"), ACME, SW))
        .record(Entry.banked(id("b1"), P, d("2026-06-04"), SW, 90, "holiday"))
        .record(Entry.directPaymentReceipt(id("dp"), P, d("2026-06-05"), m("900.00")));
  }

  @Test
  void resultsMadeTwiceAreEqual() {
    Ledger a = ledger();
    Ledger b = ledger();
    for (int i = 0; i < a.charges().size(); i++) {
      sameTwice(a.charges().get(i), b.charges().get(i));
    }
    sameTwice(a.balanceOn(d("2026-06-10")), b.balanceOn(d("2026-06-10")));
    sameTwice(a.statement(YearMonth.of(2026, 6)), b.statement(YearMonth.of(2026, 6)));
    sameTwice(a.statement(YearMonth.of(2026, 6)).lines().get(0), b.statement(YearMonth.of(2026, 6)).lines().get(0));
    Invoice invoice = Invoice.of("I1", ACME, d("2026-06-01"), d("2026-06-30"), List.of());
    ReconciliationRules rules = ReconciliationRules.of(10, 15);
    sameTwice(a.reconcile(invoice, rules), b.reconcile(invoice, rules));
    sameTwice(a.reconcile(invoice, rules).differences().get(0), b.reconcile(invoice, rules).differences().get(0));
    AlertRules alerts = AlertRules.of(60, 1, 8);
    sameTwice(a.alerts(d("2026-06-10"), alerts, m("0.00")).get(0), b.alerts(d("2026-06-10"), alerts, m("0.00")).get(0));
    Ledger c = Ledger.of(Fixtures.summer(HospitalPolicy.bank()).reviews(ReviewRules.of("mental health", 8, 6, 14), d("2026-05-04")).build(),
        a.entries());
    Ledger e = Ledger.of(Fixtures.summer(HospitalPolicy.bank()).reviews(ReviewRules.of("mental health", 8, 6, 14), d("2026-05-04")).build(),
        b.entries());
    sameTwice(c.reviews(d("2026-06-20")).get(0), e.reviews(d("2026-06-20")).get(0));
    sameTwice(c.reviews(d("2026-06-20")).get(1), e.reviews(d("2026-06-20")).get(1));
    List<Alert> ca = c.alerts(d("2026-07-20"), alerts, m("0.00"));
    List<Alert> ea = e.alerts(d("2026-07-20"), alerts, m("0.00"));
    org.junit.jupiter.api.Assertions.assertEquals(AlertKind.REVIEW_OVERDUE, ca.get(ca.size() - 1).kind());
    sameTwice(ca.get(ca.size() - 1), ea.get(ea.size() - 1));
  }

  @Test
  void reviewEntriesAreValues() {
    LocalDate day = d("2026-06-03");
    check(
        Entry.review(id("r1"), P, day, ReviewKind.CARE_PLAN, "kept"),
        Entry.review(id("r1"), P, day, ReviewKind.CARE_PLAN, "kept"),
        "Entry[id=r1, kind=REVIEW, person=P01, date=2026-06-03, reviewKind=CARE_PLAN, note=kept]",
        Entry.review(id("r2"), P, day, ReviewKind.CARE_PLAN, "kept"),
        Entry.review(id("r1"), P, day.plusDays(1), ReviewKind.CARE_PLAN, "kept"),
        Entry.review(id("r1"), P, day, ReviewKind.DIRECT_PAYMENT, "kept"),
        Entry.review(id("r1"), P, day, ReviewKind.CARE_PLAN, ""),
        Entry.review(id("r1"), uk.ras.assessment.PersonId.of("P02"), day, ReviewKind.CARE_PLAN, "kept"),
        Entry.needsChanged(id("r1"), P, day, "kept"));
    check(
        Entry.needsChanged(id("n1"), P, day, "moved"),
        Entry.needsChanged(id("n1"), P, day, "moved"),
        "Entry[id=n1, kind=NEEDS_CHANGED, person=P01, date=2026-06-03, note=moved]",
        Entry.needsChanged(id("n2"), P, day, "moved"),
        Entry.review(id("n1"), P, day, ReviewKind.CARE_PLAN, "moved"),
        Entry.needsChanged(id("n1"), uk.ras.assessment.PersonId.of("P02"), day, "moved"),
        Entry.needsChanged(id("n1"), P, day.plusDays(1), "moved"),
        Entry.needsChanged(id("n1"), P, day, "moved house"));
  }

  @Test
  void aBalanceIsAValue() {
    LocalDate day = d("2026-06-10");
    check(
        new Balance(day, m("1300.00"), m("46.26"), m("100.00"), 90, m("34.70"), m("900.00")),
        new Balance(day, m("1300.00"), m("46.26"), m("100.00"), 90, m("34.70"), m("900.00")),
        "Balance[date=2026-06-10, budget=£1,300.00, spent=£46.26, committed=£100.00, bankedMinutes=90, bankedValue=£34.70, directPaymentHeld=£900.00]",
        new Balance(day.plusDays(1), m("1300.00"), m("46.26"), m("100.00"), 90, m("34.70"), m("900.00")),
        new Balance(day, m("1300.01"), m("46.26"), m("100.00"), 90, m("34.70"), m("900.00")),
        new Balance(day, m("1300.00"), m("46.27"), m("100.00"), 90, m("34.70"), m("900.00")),
        new Balance(day, m("1300.00"), m("46.26"), m("100.01"), 90, m("34.70"), m("900.00")),
        new Balance(day, m("1300.00"), m("46.26"), m("100.00"), 91, m("34.70"), m("900.00")),
        new Balance(day, m("1300.00"), m("46.26"), m("100.00"), 90, m("34.71"), m("900.00")),
        new Balance(day, m("1300.00"), m("46.26"), m("100.00"), 90, m("34.70"), m("900.01")));
  }

  @Test
  void aChargeIsAValue() {
    Charge.Visit v = new Charge.Visit(t("10:00"), t("12:00"), ACME, SW);
    check(
        new Charge(id("v1"), EntryKind.VISIT, d("2026-06-03"), v, "Visit", m("46.26"), SW, 0, m("0.00"), List.of("a")),
        new Charge(id("v1"), EntryKind.VISIT, d("2026-06-03"), new Charge.Visit(t("10:00"), t("12:00"), ACME, SW), "Visit", m("46.26"), SW, 0, m("0.00"), List.of("a")),
        "Charge[entry=v1, kind=VISIT, date=2026-06-03, visit=10:00-12:00 support-worker of Acme Care, description=Visit, amount=£46.26, bankedStaffType=support-worker, bankedMinutes=0, directPayment=£0.00, trace=[a]]",
        new Charge(id("v2"), EntryKind.VISIT, d("2026-06-03"), v, "Visit", m("46.26"), SW, 0, m("0.00"), List.of("a")),
        new Charge(id("v1"), EntryKind.CANCELLATION, d("2026-06-03"), v, "Visit", m("46.26"), SW, 0, m("0.00"), List.of("a")),
        new Charge(id("v1"), EntryKind.VISIT, d("2026-06-04"), v, "Visit", m("46.26"), SW, 0, m("0.00"), List.of("a")),
        new Charge(id("v1"), EntryKind.VISIT, d("2026-06-03"), null, "Visit", m("46.26"), SW, 0, m("0.00"), List.of("a")),
        new Charge(id("v1"), EntryKind.VISIT, d("2026-06-03"), v, "Visit!", m("46.26"), SW, 0, m("0.00"), List.of("a")),
        new Charge(id("v1"), EntryKind.VISIT, d("2026-06-03"), v, "Visit", m("46.27"), SW, 0, m("0.00"), List.of("a")),
        new Charge(id("v1"), EntryKind.VISIT, d("2026-06-03"), v, "Visit", m("46.26"), null, 0, m("0.00"), List.of("a")),
        new Charge(id("v1"), EntryKind.VISIT, d("2026-06-03"), v, "Visit", m("46.26"), SW, 1, m("0.00"), List.of("a")),
        new Charge(id("v1"), EntryKind.VISIT, d("2026-06-03"), v, "Visit", m("46.26"), SW, 0, m("0.01"), List.of("a")),
        new Charge(id("v1"), EntryKind.VISIT, d("2026-06-03"), v, "Visit", m("46.26"), SW, 0, m("0.00"), List.of("b")));
  }

  @Test
  void aChargeWordedWhenAskedIsTheSameValueAsOneWordedAtOnce() {
    Charge.Visit v = new Charge.Visit(t("10:00"), t("12:00"), ACME, SW);
    int[] worded = new int[2];
    Charge later = new Charge(id("v1"), EntryKind.VISIT, d("2026-06-03"), v, () -> {
      worded[0]++;
      return "Visit";
    }, m("46.26"), SW, 0, m("0.00"), () -> {
      worded[1]++;
      return List.of("a");
    });
    Charge now = new Charge(id("v1"), EntryKind.VISIT, d("2026-06-03"), v, "Visit", m("46.26"), SW, 0, m("0.00"), List.of("a"));
    sameTwice(later, now);
    assertEquals(
        "Charge[entry=v1, kind=VISIT, date=2026-06-03, visit=10:00-12:00 support-worker of Acme Care, description=Visit, amount=£46.26, bankedStaffType=support-worker, bankedMinutes=0, directPayment=£0.00, trace=[a]]",
        later.toString());
    assertNotEquals(now, new Charge(id("v1"), EntryKind.VISIT, d("2026-06-03"), v, () -> "Visit!", m("46.26"), SW, 0, m("0.00"), () -> List.of("a")));
    assertNotEquals(now, new Charge(id("v1"), EntryKind.VISIT, d("2026-06-03"), v, () -> "Visit", m("46.26"), SW, 0, m("0.00"), () -> List.of("b")));
    // Worded once however often they are read: the words are kept, not made again.
    assertEquals(List.of(1, 1), List.of(worded[0], worded[1]));
  }

  @Test
  void aStatementLineIsAValue() {
    LocalDate day = d("2026-06-03");
    check(
        new StatementLine(day, id("v1"), "Visit", m("46.26"), 0, m("0.00"), m("46.26"), 30, m("5.00")),
        new StatementLine(day, id("v1"), "Visit", m("46.26"), 0, m("0.00"), m("46.26"), 30, m("5.00")),
        "StatementLine[date=2026-06-03, entry=v1, description=Visit, amount=£46.26, bankedMinutes=0, directPayment=£0.00, spentToDate=£46.26, bankedMinutesToDate=30, directPaymentHeldToDate=£5.00]",
        new StatementLine(day.plusDays(1), id("v1"), "Visit", m("46.26"), 0, m("0.00"), m("46.26"), 30, m("5.00")),
        new StatementLine(day, id("v2"), "Visit", m("46.26"), 0, m("0.00"), m("46.26"), 30, m("5.00")),
        new StatementLine(day, id("v1"), "Visits", m("46.26"), 0, m("0.00"), m("46.26"), 30, m("5.00")),
        new StatementLine(day, id("v1"), "Visit", m("46.27"), 0, m("0.00"), m("46.26"), 30, m("5.00")),
        new StatementLine(day, id("v1"), "Visit", m("46.26"), 1, m("0.00"), m("46.26"), 30, m("5.00")),
        new StatementLine(day, id("v1"), "Visit", m("46.26"), 0, m("0.01"), m("46.26"), 30, m("5.00")),
        new StatementLine(day, id("v1"), "Visit", m("46.26"), 0, m("0.00"), m("46.27"), 30, m("5.00")),
        new StatementLine(day, id("v1"), "Visit", m("46.26"), 0, m("0.00"), m("46.26"), 31, m("5.00")),
        new StatementLine(day, id("v1"), "Visit", m("46.26"), 0, m("0.00"), m("46.26"), 30, m("5.01")));
  }

  @Test
  void aDifferenceIsAValue() {
    LocalDate day = d("2026-06-03");
    InvoiceLine line = InvoiceLine.of(P, day, t("10:00"), t("12:00"), SW, m("46.26"));
    check(
        new Difference(DifferenceKind.AMOUNT_DIFFERS, day, line, id("v1"), m("47.00"), m("46.26"), "r"),
        new Difference(DifferenceKind.AMOUNT_DIFFERS, day, InvoiceLine.of(P, day, t("10:00"), t("12:00"), SW, m("46.26")), id("v1"), m("47.00"), m("46.26"), "r"),
        "Difference[kind=AMOUNT_DIFFERS, date=2026-06-03, line=InvoiceLine[person=P01, date=2026-06-03, start=10:00, end=12:00, staffType=support-worker, amount=£46.26], entry=v1, invoiced=£47.00, ledger=£46.26, reason=r]",
        new Difference(DifferenceKind.TIMES_DIFFER, day, line, id("v1"), m("47.00"), m("46.26"), "r"),
        new Difference(DifferenceKind.AMOUNT_DIFFERS, day.plusDays(1), line, id("v1"), m("47.00"), m("46.26"), "r"),
        new Difference(DifferenceKind.AMOUNT_DIFFERS, day, null, id("v1"), m("47.00"), m("46.26"), "r"),
        new Difference(DifferenceKind.AMOUNT_DIFFERS, day, line, null, m("47.00"), m("46.26"), "r"),
        new Difference(DifferenceKind.AMOUNT_DIFFERS, day, line, id("v1"), m("47.01"), m("46.26"), "r"),
        new Difference(DifferenceKind.AMOUNT_DIFFERS, day, line, id("v1"), m("47.00"), m("46.27"), "r"),
        new Difference(DifferenceKind.AMOUNT_DIFFERS, day, line, id("v1"), m("47.00"), m("46.26"), "s"));
  }

  @Test
  void anAlertAndAReviewDueAreValues() {
    LocalDate day = d("2026-06-03");
    check(
        new Alert(AlertKind.MONEY_UNUSED, day, m("400.00"), "x"),
        new Alert(AlertKind.MONEY_UNUSED, day, m("400.00"), "x"),
        "Alert[kind=MONEY_UNUSED, date=2026-06-03, amount=£400.00, message=x]",
        new Alert(AlertKind.PROJECTED_OVERSPEND, day, m("400.00"), "x"),
        new Alert(AlertKind.MONEY_UNUSED, day.plusDays(1), m("400.00"), "x"),
        new Alert(AlertKind.MONEY_UNUSED, day, m("400.01"), "x"),
        new Alert(AlertKind.MONEY_UNUSED, day, m("400.00"), "y"));
    check(
        new ReviewDue("care plan review", day, "r", ReviewStatus.DUE),
        new ReviewDue("care plan review", day, "r", ReviewStatus.DUE),
        "ReviewDue[review=care plan review, dueOn=2026-06-03, reason=r, status=DUE]",
        new ReviewDue("direct-payment review", day, "r", ReviewStatus.DUE),
        new ReviewDue("care plan review", day.plusDays(1), "r", ReviewStatus.DUE),
        new ReviewDue("care plan review", day, "s", ReviewStatus.DUE),
        new ReviewDue("care plan review", day, "r", ReviewStatus.OVERDUE));
  }
}
