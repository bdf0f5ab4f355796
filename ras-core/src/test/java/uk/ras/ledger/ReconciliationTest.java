package uk.ras.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.ledger.Fixtures.ACME;
import static uk.ras.ledger.Fixtures.P;
import static uk.ras.ledger.Fixtures.SW;
import static uk.ras.ledger.Fixtures.d;
import static uk.ras.ledger.Fixtures.id;
import static uk.ras.ledger.Fixtures.m;
import static uk.ras.ledger.Fixtures.t;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.PersonId;

/** An invoice reconciled by hand: every kind of difference, call-monitoring rounding, and idempotence. */
class ReconciliationTest {
  private static final ReconciliationRules RULES = ReconciliationRules.of(10, 15);

  private static Ledger ledger() {
    return Ledger.of(Fixtures.summer(HospitalPolicy.bank()).build())
        // 120 x 23.13 / 60 = 46.26
        .record(Entry.visit(id("v1"), P, d("2026-06-03"), t("10:00"), t("12:00"), ACME, SW))
        // 60 minutes: 23.13
        .record(Entry.visit(id("v2"), P, d("2026-06-04"), t("09:00"), t("10:00"), ACME, SW))
        // 90 x 23.13 / 60 = 34.695, 34.70
        .record(Entry.visit(id("v3"), P, d("2026-06-05"), t("14:00"), t("15:30"), ACME, SW))
        // 23.13, never invoiced
        .record(Entry.visit(id("v4"), P, d("2026-06-08"), t("10:00"), t("11:00"), ACME, SW));
  }

  private static Invoice invoice() {
    return Invoice.of(
        "A-1001",
        ACME,
        d("2026-06-01"),
        d("2026-06-14"),
        List.of(
            // 10:07 and 12:07 round to 10:00 and 12:00 (to the nearest 15 minutes, halves up): v1.
            InvoiceLine.of(P, d("2026-06-03"), t("10:07"), t("12:07"), SW, m("46.26")),
            InvoiceLine.of(P, d("2026-06-04"), t("09:00"), t("10:00"), SW, m("25.00")),
            InvoiceLine.of(P, d("2026-06-05"), t("15:00"), t("16:30"), SW, m("34.70")),
            InvoiceLine.of(P, d("2026-06-06"), t("10:00"), t("11:00"), SW, m("25.44")),
            InvoiceLine.of(PersonId.of("Q"), d("2026-06-06"), t("10:00"), t("11:00"), SW, m("25.44"))));
  }

  @Test
  void everyDifferenceIsListedWithItsReason() {
    Reconciliation r = ledger().reconcile(invoice(), RULES);
    assertEquals(
        List.of(DifferenceKind.AMOUNT_DIFFERS, DifferenceKind.TIMES_DIFFER, DifferenceKind.NOT_DELIVERED, DifferenceKind.NOT_INVOICED),
        r.differences().stream().map(Difference::kind).collect(Collectors.toList()));
    assertEquals(
        "invoiced £25.00 for the visit 2026-06-04 09:00-10:00, but the ledger prices it at £23.13",
        r.differences().get(0).reason());
    assertEquals(
        "invoiced 2026-06-05 15:00-16:30 (rounded 15:00-16:30), but the ledger records 14:00-15:30 (rounded 14:00-15:30): more than 10 minutes apart; the ledger's price £34.70 is accepted",
        r.differences().get(1).reason());
    assertEquals(
        "invoiced 2026-06-06 10:00-11:00 support-worker, but the ledger has no such visit of Acme Care that day; nothing is accepted",
        r.differences().get(2).reason());
    assertEquals("the ledger records 2026-06-08 10:00-11:00 support-worker (£23.13), not on the invoice", r.differences().get(3).reason());
    // Invoiced for P: 46.26 + 25.00 + 34.70 + 25.44 = 131.40; accepted: 46.26 + 23.13 + 34.70 = 104.09;
    // delivered: 46.26 + 23.13 + 34.70 + 23.13 = 127.22.
    assertEquals(m("131.40"), r.invoiced());
    assertEquals(m("104.09"), r.accepted());
    assertEquals(m("127.22"), r.delivered());
    assertEquals(1, r.otherPeople());
    assertEquals(
        "Invoice A-1001 of Acme Care: invoiced £131.40, accepted £104.09, delivered £127.22; 4 differences; 1 line for another person not reconciled here.",
        r.summary());
  }

  @Test
  void theSameInvoiceTwiceChangesNothingAndSaysSo() {
    Ledger ledger = ledger();
    Reconciliation first = ledger.reconcile(invoice(), RULES);
    assertFalse(first.alreadyReconciled());
    Ledger recorded = ledger.record(first.entry());
    assertEquals(ledger.balanceOn(d("2026-08-30")), recorded.balanceOn(d("2026-08-30")), "an invoice entry moves no balance");
    Reconciliation second = recorded.reconcile(invoice(), RULES);
    assertTrue(second.alreadyReconciled());
    assertTrue(second.summary().endsWith("It was reconciled before: recording it again changes nothing."), second.summary());
    assertSame(recorded, recorded.record(second.entry()));
    // The same number with other lines is refused when recorded: it was reconciled with another result.
    Invoice changed = Invoice.of("A-1001", ACME, d("2026-06-01"), d("2026-06-14"), invoice().lines().subList(0, 1));
    Reconciliation other = recorded.reconcile(changed, RULES);
    assertFalse(other.alreadyReconciled());
    assertThrows(LedgerException.class, () -> recorded.record(other.entry()));
  }

  @Test
  void timesAreRoundedHalfUpToTheDeclaredMinutes() {
    assertEquals(600, RULES.round(607));
    assertEquals(615, RULES.round(608));
    ReconciliationRules tens = ReconciliationRules.of(0, 10);
    assertEquals(610, tens.round(605));
    assertEquals(600, tens.round(604));
    assertEquals(607, ReconciliationRules.of(0, 1).round(607));
  }
}
