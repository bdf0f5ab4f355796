package uk.ras.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.ledger.Fixtures.ACME;
import static uk.ras.ledger.Fixtures.BETA;
import static uk.ras.ledger.Fixtures.P;
import static uk.ras.ledger.Fixtures.SW;
import static uk.ras.ledger.Fixtures.d;
import static uk.ras.ledger.Fixtures.id;
import static uk.ras.ledger.Fixtures.m;
import static uk.ras.ledger.Fixtures.t;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.PersonId;
import uk.ras.costing.NoRatesInForceException;

/** Examples worked by hand from the bundled 2026/27 rates (see {@link Fixtures#bundled2026()}). */
class LedgerTest {
  private static Ledger summer() {
    return Ledger.of(Fixtures.summer(HospitalPolicy.bank()).build());
  }

  @Test
  void theFixtureRatesAreTheBundled2026Rates() {
    // docs/costing.md, worked by hand there: £23.13 and £24.60 an hour; weekend £25.44; evening £23.63.
    uk.ras.costing.RateCard card = Fixtures.bundled2026().inForce(d("2026-06-01"));
    assertEquals(m("23.13"), card.hourly(SW).rate());
    assertEquals(m("24.60"), card.hourly(Fixtures.SENIOR).rate());
    assertEquals(m("25.44"), card.hourly(SW, "weekend").rate());
    assertEquals(m("23.63"), card.hourly(SW, "evening").rate());
  }

  @Test
  void aBankHolidayVisitIsPricedAtTheBankHolidayRateWithItsTrace() {
    // May 2026: 31 days at £100.00 a week: 100 x 31 / 7 = 442.857..., £442.86 half-up.
    LedgerTerms may =
        LedgerTerms.builder(P, d("2026-05-01"), d("2026-05-31"), m("100.00"), Fixtures.bundled2026())
            .calendar(Fixtures.englandAndWales())
            .bands(Fixtures.bands())
            .build();
    assertEquals(m("442.86"), may.budget());
    Ledger ledger =
        Ledger.of(may)
            // Monday 25 May 2026 is the spring bank holiday: 23.13 x 1.5 = 34.695, £34.70 an hour;
            // 120 minutes x 34.70 / 60 = £69.40 exactly.
            .record(Entry.visit(id("v1"), P, d("2026-05-25"), t("10:00"), t("12:00"), ACME, SW))
            // Tuesday 26 May, an ordinary weekday: 105 x 23.13 / 60 = 2,428.65 / 60 = 40.4775, £40.48.
            .record(Entry.visit(id("v2"), P, d("2026-05-26"), t("10:00"), t("11:45"), ACME, SW))
            // Saturday 30 May: 23.13 x 1.1 = 25.443, £25.44; 60 minutes: £25.44.
            .record(Entry.visit(id("v3"), P, d("2026-05-30"), t("09:00"), t("10:00"), ACME, SW))
            // Wednesday 27 May at 19:00, the evening band: 23.13 + 0.50 = £23.63; 30 minutes = 11.815, £11.82.
            .record(Entry.visit(id("v4"), P, d("2026-05-27"), t("19:00"), t("19:30"), ACME, SW));
    assertEquals(m("69.40"), ledger.charges(id("v1")).get(0).amount());
    assertEquals(m("40.48"), ledger.charges(id("v2")).get(0).amount());
    assertEquals(m("25.44"), ledger.charges(id("v3")).get(0).amount());
    assertEquals(m("11.82"), ledger.charges(id("v4")).get(0).amount());
    List<String> trace = ledger.charges(id("v1")).get(0).trace();
    assertEquals("visit 2026-05-25 10:00-12:00 (support-worker, Acme Care): 120 minutes of support-worker (Acme Care)", trace.get(0));
    assertEquals("rates \"Example council supported living\" in force 2026-04-01 to 2027-03-31", trace.get(1));
    assertEquals("band bank-holiday: 2026-05-25 is a bank holiday (England and Wales)", trace.get(2));
    assertTrue(trace.contains("bank-holiday: £23.13 x 1.5 = £34.695 = £34.70 an hour (rounded half-up)"), trace::toString);
    assertEquals("120 minutes x £34.70 an hour / 60 = £69.40", trace.get(trace.size() - 1));
    assertEquals(
        "105 minutes x £23.13 an hour / 60 = £40.4775 = £40.48 (rounded half-up, once per visit)",
        ledger.charges(id("v2")).get(0).trace().get(ledger.charges(id("v2")).get(0).trace().size() - 1));
    // Spent by the end of May: 69.40 + 40.48 + 25.44 + 11.82 = 147.14; remaining 442.86 - 147.14 = 295.72.
    Balance end = ledger.balanceOn(d("2026-05-31"));
    assertEquals(m("147.14"), end.spent());
    assertEquals(m("295.72"), end.remaining());
  }

  @Test
  void aVisitThatEndsBeforeItStartsRunsPastMidnightAndIsPricedInTheBandOfItsStart() {
    Ledger ledger =
        summer()
            // Friday 5 June 2026, 23:00 to 01:00 on Saturday: 60 minutes to midnight and 60 after, 120.
            // It starts on a weekday in the night window: 23.13 + 1.00 = £24.13 an hour (not the weekend
            // rate of the Saturday it ends on); 120 x 24.13 / 60 = £48.26 exactly.
            .record(Entry.visit(id("n1"), P, d("2026-06-05"), t("23:00"), t("01:00"), ACME, SW))
            // Saturday 6 June, 23:30 to 00:15 on Sunday: 30 + 15 = 45 minutes at the weekend rate,
            // 23.13 x 1.1 = 25.443, £25.44; 45 x 25.44 / 60 = 1,144.80 / 60 = £19.08 exactly.
            .record(Entry.visit(id("n2"), P, d("2026-06-06"), t("23:30"), t("00:15"), ACME, SW));
    Charge n1 = ledger.charges(id("n1")).get(0);
    assertEquals(m("48.26"), n1.amount());
    assertEquals(d("2026-06-05"), n1.date());
    assertEquals(m("19.08"), ledger.charges(id("n2")).get(0).amount());
    assertEquals(List.of(
        "visit 2026-06-05 23:00-01:00 (support-worker, Acme Care): 120 minutes of support-worker (Acme Care)",
        "rates \"Example council supported living\" in force 2026-04-01 to 2027-03-31",
        "band night: the visit starts at 23:00, between 22:00 and 07:00"), n1.trace().subList(0, 3));
    assertEquals("120 minutes x £24.13 an hour / 60 = £48.26", n1.trace().get(n1.trace().size() - 1));
    // 48.26 + 19.08 = 67.34 spent by the Sunday, all of it on the days the visits started.
    assertEquals(m("48.26"), ledger.balanceOn(d("2026-06-05")).spent());
    assertEquals(m("67.34"), ledger.balanceOn(d("2026-06-07")).spent());
    // An end equal to the start is neither nothing nor a whole day: it is refused.
    IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
        () -> Entry.visit(id("n3"), P, d("2026-06-08"), t("22:00"), t("22:00"), ACME, SW));
    assertEquals("a visit must not end when it starts, was 22:00 to 22:00; one that ends before it starts runs past"
        + " midnight into the next day", same.getMessage());
  }

  @Test
  void anInvoicedNightVisitReconcilesAcrossMidnight() {
    // Both visits start on a Friday in the night window, 120 minutes at £24.13: £48.26 each. The
    // invoice's times are 2 minutes off each, within a 5-minute tolerance measured the short way round
    // the clock: 00:58 and 01:00 are 2 minutes apart, and so are 23:58 and 00:00.
    Ledger ledger = summer()
        .record(Entry.visit(id("n1"), P, d("2026-06-05"), t("23:00"), t("01:00"), ACME, SW))
        .record(Entry.visit(id("n2"), P, d("2026-06-12"), t("22:00"), t("00:00"), ACME, SW));
    Invoice invoice = Invoice.of("I-N", ACME, d("2026-06-01"), d("2026-06-30"), List.of(
        InvoiceLine.of(P, d("2026-06-05"), t("23:02"), t("00:58"), SW, m("48.26")),
        InvoiceLine.of(P, d("2026-06-12"), t("22:02"), t("23:58"), SW, m("48.26"))));
    Reconciliation r = ledger.reconcile(invoice, ReconciliationRules.of(5, 1));
    assertEquals(List.of(), r.differences());
    assertEquals(m("96.52"), r.accepted());
  }

  @Test
  void twoVisitsInTheSameSlotByTwoProvidersEachNameTheirOwnProviderInTheTrace() {
    // Same day, times and staff type, so the same price (120 x 23.13 / 60 = £46.26), but each trace
    // must name the provider that made the visit: a price remembered for the slot alone named the first.
    Ledger ledger =
        summer()
            .record(Entry.visit(id("v1"), P, d("2026-06-03"), t("10:00"), t("12:00"), ACME, SW))
            .record(Entry.visit(id("v2"), P, d("2026-06-03"), t("10:00"), t("12:00"), "Bolt Care", SW));
    assertEquals(m("46.26"), ledger.charges(id("v1")).get(0).amount());
    assertEquals(m("46.26"), ledger.charges(id("v2")).get(0).amount());
    assertTrue(ledger.charges(id("v1")).get(0).trace().get(0).endsWith("of support-worker (Acme Care)"));
    assertTrue(ledger.charges(id("v2")).get(0).trace().get(0).endsWith("of support-worker (Bolt Care)"),
        () -> ledger.charges(id("v2")).get(0).trace().toString());
  }

  @Test
  void aLateCancellationIsChargedAndAnEarlyOneIsNot() {
    // Acme's notice is one day. Planned: every Wednesday 10:00 to 12:00 from 1 June: 13 Wednesdays
    // (3 June to 26 August), each 120 x 23.13 / 60 = £46.26.
    Ledger ledger =
        summer()
            .record(Entry.planned(id("plan"), P, d("2026-06-01"), Optional.empty(), DayOfWeek.WEDNESDAY, t("10:00"), t("12:00"), ACME, SW))
            // Told 16 hours before (inside the day's notice): charged £46.26.
            .record(Entry.cancellation(id("c-late"), P, d("2026-06-10"), t("10:00"), t("12:00"), ACME, SW, CancelledBy.PERSON, LocalDateTime.parse("2026-06-09T18:00")))
            // Told 49 hours before: not charged, and no longer committed.
            .record(Entry.cancellation(id("c-early"), P, d("2026-06-17"), t("10:00"), t("12:00"), ACME, SW, CancelledBy.PERSON, LocalDateTime.parse("2026-06-15T09:00")));
    assertEquals(m("46.26"), ledger.charges(id("c-late")).get(0).amount());
    assertEquals(m("0.00"), ledger.charges(id("c-early")).get(0).amount());
    assertEquals(
        "Visit 2026-06-10 10:00-12:00 (support-worker, Acme Care) cancelled by the person: late cancellation, charged £46.26",
        ledger.charges(id("c-late")).get(0).description());
    assertEquals(
        "visit 2026-06-10 10:00-12:00 (support-worker, Acme Care) cancelled by the person, the provider told 2026-06-09T18:00: 16 hours before its start; Acme Care's notice period is 1 day",
        ledger.charges(id("c-late")).get(0).trace().get(0));
    // On 9 June: nothing spent; committed: the 12 Wednesdays from 10 June less the one cancelled in
    // time, 11 x 46.26 = 508.86.
    Balance ninth = ledger.balanceOn(d("2026-06-09"));
    assertEquals(m("0.00"), ninth.spent());
    assertEquals(m("508.86"), ninth.committed());
    // On 10 June: spent 46.26; committed 10 x 46.26 = 462.60; remaining 1,300.00 - 46.26 - 462.60 = 791.14.
    Balance tenth = ledger.balanceOn(d("2026-06-10"));
    assertEquals(m("1300.00"), tenth.budget());
    assertEquals(m("46.26"), tenth.spent());
    assertEquals(m("462.60"), tenth.committed());
    assertEquals(m("791.14"), tenth.remaining());
  }

  @Test
  void aCancellationByTheProviderIsNeverCharged() {
    Ledger ledger =
        summer().record(Entry.cancellation(id("c"), P, d("2026-06-10"), t("10:00"), t("12:00"), ACME, SW, CancelledBy.PROVIDER, LocalDateTime.parse("2026-06-10T09:00")));
    assertEquals(m("0.00"), ledger.charges(id("c")).get(0).amount());
    assertEquals("cancelled by the provider: not charged", ledger.charges(id("c")).get(0).trace().get(1));
  }

  @Test
  void aHospitalStayBanksThePlannedHoursAndTheyAreUsedLater() {
    // Planned Mondays and Thursdays 14:00 to 16:00. A stay from Monday 6 July to Thursday 16 July holds
    // 4 planned visits (6, 9, 13, 16 July) of 120 minutes: 480 minutes, 8 hours, banked.
    Ledger ledger =
        summer()
            .record(Entry.planned(id("mon"), P, d("2026-06-01"), Optional.empty(), DayOfWeek.MONDAY, t("14:00"), t("16:00"), ACME, SW))
            .record(Entry.planned(id("thu"), P, d("2026-06-01"), Optional.empty(), DayOfWeek.THURSDAY, t("14:00"), t("16:00"), ACME, SW))
            .record(Entry.hospitalStay(id("stay"), P, d("2026-07-06"), d("2026-07-16")));
    assertEquals(4, ledger.charges(id("stay")).size());
    Balance after = ledger.balanceOn(d("2026-07-16"));
    assertEquals(480, after.bankedMinutes());
    // Valued at the base rate: 480 x 23.13 / 60 = £185.04.
    assertEquals(m("185.04"), after.bankedValue());
    // 300 minutes used on 25 July leave 180, worth 180 x 23.13 / 60 = £69.39.
    Ledger used = ledger.record(Entry.bankedUsed(id("use"), P, d("2026-07-25"), SW, 300, "extra visits after discharge"));
    assertEquals(180, used.balanceOn(d("2026-07-25")).bankedMinutes());
    assertEquals(m("69.39"), used.balanceOn(d("2026-07-25")).bankedValue());
    // Using 181 more than the 180 left is refused, naming the entry.
    LedgerException e =
        assertThrows(LedgerException.class, () -> used.record(Entry.bankedUsed(id("too-much"), P, d("2026-07-30"), SW, 181, "")));
    assertEquals(Optional.of(id("too-much")), e.entry());
    assertEquals(
        "entry too-much refused: it would leave 1 minute of support-worker overdrawn on 2026-07-30: more banked hours used than were banked; banked hours never go below zero",
        e.getMessage());
  }

  @Test
  void aPolicyThatPaysTheProviderPaysTheFirstDaysAndBanksTheRest() {
    // Paid for 7 days: 6 July (day 1) and 9 July (day 4) are paid, 2 x 46.26 = 92.52; 13 July (day 8)
    // and 16 July (day 11) are banked, 240 minutes.
    Ledger ledger =
        Ledger.of(Fixtures.summer(HospitalPolicy.payProvider(7)).build())
            .record(Entry.planned(id("mon"), P, d("2026-06-01"), Optional.empty(), DayOfWeek.MONDAY, t("14:00"), t("16:00"), ACME, SW))
            .record(Entry.planned(id("thu"), P, d("2026-06-01"), Optional.empty(), DayOfWeek.THURSDAY, t("14:00"), t("16:00"), ACME, SW))
            .record(Entry.hospitalStay(id("stay"), P, d("2026-07-06"), d("2026-07-16")));
    Balance b = ledger.balanceOn(d("2026-07-16"));
    assertEquals(m("92.52"), b.spent());
    assertEquals(240, b.bankedMinutes());
    assertEquals(2, ledger.invoiceLines(ACME, d("2026-07-01"), d("2026-07-31")).size());
  }

  @Test
  void aDirectPaymentSurplusOverEightWeeksIsRecoverableAfterLiabilities() {
    // £200.00 a week for 26 weeks. Paid in 5 x £800.00 = £4,000.00; paid out 300 + 400 + 300 = £1,000.00;
    // held on 1 August: £3,000.00. Eight weeks' budget: 8 x 200 = £1,600.00. With £250.00 owed, the
    // recoverable amount is 3,000 - 250 - 1,600 = £1,150.00.
    LedgerTerms terms =
        LedgerTerms.builder(P, d("2026-04-06"), d("2026-10-04"), m("200.00"), Fixtures.bundled2026())
            .calendar(Fixtures.englandAndWales())
            .build();
    Ledger ledger = Ledger.of(terms);
    int n = 0;
    for (String paid : List.of("2026-04-06", "2026-05-04", "2026-06-01", "2026-06-29", "2026-07-27")) {
      ledger = ledger.record(Entry.directPaymentReceipt(id("in" + n++), P, d(paid), m("800.00")));
    }
    ledger = ledger.record(Entry.directPaymentSpend(id("out1"), P, d("2026-05-01"), m("300.00"), "PA wages"));
    ledger = ledger.record(Entry.directPaymentSpend(id("out2"), P, d("2026-06-15"), m("400.00"), "PA wages"));
    ledger = ledger.record(Entry.directPaymentSpend(id("out3"), P, d("2026-07-20"), m("300.00"), "PA wages"));
    assertEquals(m("3000.00"), ledger.balanceOn(d("2026-08-01")).directPaymentHeld());
    AlertRules rules = AlertRules.of(600, 4, 8);
    Alert surplus = only(ledger.alerts(d("2026-08-01"), rules, m("250.00")), AlertKind.DIRECT_PAYMENT_SURPLUS);
    assertEquals(m("1150.00"), surplus.amount());
    assertEquals(
        "the direct-payment account holds £3,000.00, more than 8 weeks' budget (8 x £200.00 = £1,600.00); recoverable with notice: £3,000.00 - liabilities £250.00 - £1,600.00 = £1,150.00",
        surplus.message());
    // Owing £1,500.00, the liabilities absorb the surplus: 3,000 - 1,500 - 1,600 = -100, nothing recoverable.
    assertEquals(m("0.00"), only(ledger.alerts(d("2026-08-01"), rules, m("1500.00")), AlertKind.DIRECT_PAYMENT_SURPLUS).amount());
    // Nothing was spent from the budget in the 4 weeks to 1 August: 4 x 200 = £800.00 unused.
    assertEquals(m("800.00"), only(ledger.alerts(d("2026-08-01"), rules, m("0.00")), AlertKind.MONEY_UNUSED).amount());
  }

  @Test
  void bankedHoursAboveTheLimitAndAProjectedOverspendAreAlerted() {
    // Planned Saturdays 09:00 to 19:00 from 1 June: 600 minutes at the weekend rate, 600 x 25.44 / 60 =
    // £254.40 each; on 1 June all 13 Saturdays (6 June to 29 August) are to come: 13 x 254.40 = 3,307.20
    // committed, far above the budget of 1,300.00.
    Ledger ledger =
        summer()
            .record(Entry.planned(id("sat"), P, d("2026-06-01"), Optional.empty(), DayOfWeek.SATURDAY, t("09:00"), t("19:00"), ACME, SW))
            .record(Entry.banked(id("b"), P, d("2026-06-01"), SW, 720, "saved for a holiday"));
    // Banked 720 minutes: 720 x 23.13 / 60 = 277.56. Remaining 1,300.00 - 3,307.20 - 277.56 = -2,284.76.
    List<Alert> alerts = ledger.alerts(d("2026-06-01"), AlertRules.of(600, 4, 8), m("0.00"));
    assertEquals(m("2284.76"), only(alerts, AlertKind.PROJECTED_OVERSPEND).amount());
    assertEquals(m("277.56"), only(alerts, AlertKind.BANKED_ABOVE_LIMIT).amount());
    assertEquals("12 hours banked, worth £277.56, above the limit of 10 hours", only(alerts, AlertKind.BANKED_ABOVE_LIMIT).message());
  }

  @Test
  void mileageIsChargedAtThePriceAMile() {
    // 12.5 miles x £0.45 = 5.625, £5.63 half-up.
    Ledger ledger = summer().record(Entry.mileage(id("mi"), P, d("2026-06-03"), ACME, new BigDecimal("12.5")));
    assertEquals(m("5.63"), ledger.balanceOn(d("2026-06-03")).spent());
    assertEquals("12.5 miles x £0.45 a mile = £5.625 = £5.63 (rounded half-up)", ledger.charges(id("mi")).get(0).trace().get(2));
  }

  @Test
  void aStatementHasRunningBalancesThatEndAtTheLedgers() {
    Ledger ledger =
        summer()
            .record(Entry.visit(id("v1"), P, d("2026-06-03"), t("10:00"), t("12:00"), ACME, SW))
            .record(Entry.oneOff(id("o1"), P, d("2026-06-20"), m("35.00"), "a kettle"))
            .record(Entry.visit(id("v2"), P, d("2026-07-01"), t("10:00"), t("12:00"), ACME, SW));
    Statement june = ledger.statement(YearMonth.of(2026, 6));
    // June: 46.26 then 35.00: running 46.26, 81.26.
    assertEquals(2, june.lines().size());
    assertEquals(m("46.26"), june.lines().get(0).spentToDate());
    assertEquals(m("81.26"), june.lines().get(1).spentToDate());
    assertEquals("One-off: a kettle: £35.00", june.lines().get(1).description());
    assertEquals(m("81.26"), june.spent());
    assertEquals(m("81.26"), june.closing().spent());
    // Remaining at the end of June: 1,300.00 - 81.26 = 1,218.74 (nothing is planned, so nothing is
    // committed; the July visit is spent in July).
    assertEquals(
        List.of(
            "Statement for P01, June 2026",
            "Brought forward: spent £0.00; banked 0 minutes; direct-payment account £0.00.",
            "2026-06-03  Visit 2026-06-03 10:00-12:00 (support-worker, Acme Care): £46.26  (spent to date £46.26)",
            "2026-06-20  One-off: a kettle: £35.00  (spent to date £81.26)",
            "On 2026-06-30: budget £1,300.00 - spent £81.26 - committed £0.00 - banked 0 minutes worth £0.00 = remaining £1,218.74; direct-payment account holds £0.00."),
        june.text());
    Statement july = ledger.statement(YearMonth.of(2026, 7));
    assertEquals(m("81.26"), july.opening().spent());
    assertEquals(m("127.52"), july.lines().get(0).spentToDate());
  }

  @Test
  void aReversalUndoesAnEntryAndCannotBeRepeatedOrAimedAtNothing() {
    Ledger one = summer().record(Entry.visit(id("v1"), P, d("2026-06-03"), t("10:00"), t("12:00"), ACME, SW));
    Ledger undone = one.record(Entry.reversal(id("r1"), P, d("2026-06-05"), id("v1"), "recorded against the wrong person"));
    assertEquals(m("0.00"), undone.balanceOn(d("2026-06-30")).spent());
    assertEquals(2, undone.entries().size(), "the entry and its reversal are both kept");
    LedgerException twice =
        assertThrows(LedgerException.class, () -> undone.record(Entry.reversal(id("r2"), P, d("2026-06-06"), id("v1"), "again")));
    assertEquals("entry r2 refused: it reverses v1, already reversed by r1", twice.getMessage());
    LedgerException unknown =
        assertThrows(LedgerException.class, () -> undone.record(Entry.reversal(id("r3"), P, d("2026-06-06"), id("nope"), "typo")));
    assertEquals("entry r3 refused: it reverses nope, which is not recorded", unknown.getMessage());
    LedgerException ofReversal =
        assertThrows(LedgerException.class, () -> undone.record(Entry.reversal(id("r4"), P, d("2026-06-06"), id("r1"), "undo")));
    assertEquals("entry r4 refused: it reverses r1, itself a reversal; record the entry again instead", ofReversal.getMessage());
  }

  @Test
  void theSameEntryTwiceChangesNothingButAnotherWithItsIdIsRefused() {
    Entry v = Entry.visit(id("v1"), P, d("2026-06-03"), t("10:00"), t("12:00"), ACME, SW);
    Ledger one = summer().record(v);
    assertSame(one, one.record(v));
    LedgerException e =
        assertThrows(LedgerException.class, () -> one.record(Entry.visit(id("v1"), P, d("2026-06-03"), t("10:00"), t("13:00"), ACME, SW)));
    assertTrue(e.getMessage().startsWith("entry v1 refused: its id is already recorded with different contents: Entry[id=v1"), e.getMessage());
  }

  @Test
  void entriesOutsideThePeriodForAnotherPersonOrWithoutANoticePeriodAreRefused() {
    Ledger l = summer();
    assertEquals(
        "entry x refused: it is dated 2026-09-01, outside the budget period 2026-06-01 to 2026-08-30",
        assertThrows(LedgerException.class, () -> l.record(Entry.visit(id("x"), P, d("2026-09-01"), t("10:00"), t("11:00"), ACME, SW))).getMessage());
    assertEquals(
        "entry x refused: it is for Q, but this ledger is P01's",
        assertThrows(LedgerException.class, () -> l.record(Entry.visit(id("x"), PersonId.of("Q"), d("2026-06-02"), t("10:00"), t("11:00"), ACME, SW))).getMessage());
    assertEquals(
        "entry x refused: no notice period is declared for provider Gamma; declared: Acme Care, Beta Support",
        assertThrows(LedgerException.class, () -> l.record(Entry.cancellation(id("x"), P, d("2026-06-02"), t("10:00"), t("11:00"), "Gamma", SW, CancelledBy.PERSON, LocalDateTime.parse("2026-06-01T10:00")))).getMessage());
    assertTrue(
        assertThrows(LedgerException.class, () -> l.record(Entry.visit(id("x"), P, d("2026-06-02"), t("10:00"), t("11:00"), ACME, "nurse")))
            .getMessage()
            .startsWith("entry x refused: the rates \"Example council supported living\" in force on 2026-06-02 cannot price it: unknown staff type \"nurse\""));
  }

  @Test
  void aDateNoRateVersionCoversIsTheCostingError() {
    LedgerTerms march =
        LedgerTerms.builder(P, d("2026-03-01"), d("2026-03-31"), m("100.00"), Fixtures.bundled2026()).calendar(Fixtures.englandAndWales()).build();
    NoRatesInForceException e =
        assertThrows(NoRatesInForceException.class, () -> Ledger.of(march).record(Entry.visit(id("x"), P, d("2026-03-02"), t("10:00"), t("11:00"), ACME, SW)));
    assertEquals(d("2026-03-02"), e.date());
  }

  @Test
  void aCalendarThatDoesNotCoverThePeriodIsRefusedUpFront() {
    BankHolidays only2025 = BankHolidays.of("E&W 2025", 2025, 2025, List.of(d("2025-12-25")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Fixtures.summer(HospitalPolicy.bank()).calendar(only2025));
    assertEquals("the E&W 2025 calendar covers 2025 to 2025, not the whole period 2026-06-01 to 2026-08-30", e.getMessage());
  }

  @Test
  void overlappingHospitalStaysAreRefused() {
    Ledger l = summer().record(Entry.hospitalStay(id("s1"), P, d("2026-07-01"), d("2026-07-10")));
    assertThrows(LedgerException.class, () -> l.record(Entry.hospitalStay(id("s2"), P, d("2026-07-10"), d("2026-07-12"))));
  }

  static Alert only(List<Alert> alerts, AlertKind kind) {
    List<Alert> of = alerts.stream().filter(a -> a.kind() == kind).collect(java.util.stream.Collectors.toList());
    assertEquals(1, of.size(), alerts::toString);
    return of.get(0);
  }
}
