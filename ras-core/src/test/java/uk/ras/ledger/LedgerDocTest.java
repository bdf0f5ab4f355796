package uk.ras.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.PersonId;
import uk.ras.costing.Rates;
import uk.ras.money.Money;

/**
 * The library sample of docs/ledger.md, compiled and run here. The doc must contain the lines between
 * the ledger-sample markers below, exactly (after removing common indentation), in a java fence between
 * {@code <!-- ledger-sample:start -->} and {@code <!-- ledger-sample:end -->}, and what the sample prints
 * in the block {@code ledger-sample-output}. The figures are worked by hand in the doc.
 */
class LedgerDocTest {
  private static final Path THIS_FILE = Path.of("src/test/java/uk/ras/ledger/LedgerDocTest.java");
  private static final Path DOC = Path.of("../docs/ledger.md");

  @Test
  void theSamplePrintsTheDocsOutput() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream console = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      sample();
    } finally {
      System.setOut(console);
    }
    assertEquals(docBlock("ledger-sample-output"), printed.toString(StandardCharsets.UTF_8).strip(),
        "docs/ledger.md's ledger-sample-output block differs from what the sample prints");
  }

  @Test
  void theDocsSampleIsThisCode() throws IOException {
    List<String> lines = Files.readAllLines(THIS_FILE, StandardCharsets.UTF_8);
    int start = indexOfTrimmed(lines, "// ledger-sample:start", 0);
    int end = indexOfTrimmed(lines, "// ledger-sample:end", start);
    String sample = String.join("\n", dedent(lines.subList(start + 1, end)));
    String block = docBlock("ledger-sample");
    assertEquals(sample, block,
        "docs/ledger.md's ledger-sample block differs from LedgerDocTest.sample(); it must be:\n\n" + sample);
  }

  @Test
  void theMessagesTheDocQuotesAreTheCodes() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    PersonId p = Fixtures.P;
    // The balance on 10 June, worked by hand in the doc: Wednesdays planned from 1 June at £46.26, the one
    // of 10 June cancelled late (charged), that of 17 June cancelled in time.
    Ledger cancelled = Ledger.of(Fixtures.summer(HospitalPolicy.bank()).build())
        .record(Entry.planned(EntryId.of("plan"), p, Fixtures.d("2026-06-01"), Optional.empty(), DayOfWeek.WEDNESDAY,
            Fixtures.t("10:00"), Fixtures.t("12:00"), Fixtures.ACME, Fixtures.SW))
        .record(Entry.cancellation(EntryId.of("c-late"), p, Fixtures.d("2026-06-10"), Fixtures.t("10:00"),
            Fixtures.t("12:00"), Fixtures.ACME, Fixtures.SW, CancelledBy.PERSON, LocalDateTime.parse("2026-06-09T18:00")))
        .record(Entry.cancellation(EntryId.of("c-early"), p, Fixtures.d("2026-06-17"), Fixtures.t("10:00"),
            Fixtures.t("12:00"), Fixtures.ACME, Fixtures.SW, CancelledBy.PERSON, LocalDateTime.parse("2026-06-15T09:00")));
    assertQuoted(doc, cancelled.balanceOn(Fixtures.d("2026-06-10")).explanation());

    // The direct-payment surplus: £200.00 a week, £4,000.00 in, £1,000.00 out, £250.00 owed.
    Ledger dp = Ledger.of(LedgerTerms.builder(p, Fixtures.d("2026-04-06"), Fixtures.d("2026-10-04"), Fixtures.m("200.00"),
            Fixtures.bundled2026()).calendar(Fixtures.englandAndWales()).build())
        .record(Entry.directPaymentReceipt(EntryId.of("in"), p, Fixtures.d("2026-04-06"), Fixtures.m("4000.00")))
        .record(Entry.directPaymentSpend(EntryId.of("out"), p, Fixtures.d("2026-05-01"), Fixtures.m("1000.00"), "PA wages"));
    Alert surplus = LedgerTest.only(dp.alerts(Fixtures.d("2026-08-01"), AlertRules.of(600, 4, 8), Fixtures.m("250.00")),
        AlertKind.DIRECT_PAYMENT_SURPLUS);
    assertQuoted(doc, surplus.message());

    // A reduction without a reassessment.
    LedgerException cut = org.junit.jupiter.api.Assertions.assertThrows(LedgerException.class,
        () -> ReviewRules.changeBudget(Fixtures.m("300.00"), Fixtures.m("250.00"), Optional.empty()));
    assertQuoted(doc, cut.getMessage());

    // A reversal of an entry already reversed.
    Ledger reversed = Ledger.of(Fixtures.summer(HospitalPolicy.bank()).build())
        .record(Entry.visit(EntryId.of("v1"), p, Fixtures.d("2026-06-03"), Fixtures.t("10:00"), Fixtures.t("12:00"),
            Fixtures.ACME, Fixtures.SW))
        .record(Entry.reversal(EntryId.of("r1"), p, Fixtures.d("2026-06-05"), EntryId.of("v1"), "wrong person"));
    assertQuoted(doc, org.junit.jupiter.api.Assertions.assertThrows(LedgerException.class,
        () -> reversed.record(Entry.reversal(EntryId.of("r2"), p, Fixtures.d("2026-06-06"), EntryId.of("v1"), "again")))
        .getMessage());
  }

  private static void assertQuoted(String doc, String message) {
    if (!doc.contains("\n" + message + "\n")) {
      fail("docs/ledger.md should quote, on a line of its own, what the code says:\n" + message);
    }
  }

  private static void sample() {
    // ledger-sample:start
    PersonId person = PersonId.of("P01");
    LedgerTerms terms = LedgerTerms.builder(person, LocalDate.parse("2026-06-01"), LocalDate.parse("2026-08-30"),
            Money.parse("100.00"), rates())           // £100.00 a week for 13 weeks: a budget of £1,300.00
        .calendar(englandAndWales())
        .bands(BandRules.of(Optional.of("bank-holiday"), Optional.of("weekend"), Optional.of("weekday-day"))
            .withWindow(LocalTime.parse("18:00"), LocalTime.parse("22:00"), "evening")
            .withWindow(LocalTime.parse("22:00"), LocalTime.parse("07:00"), "night"))
        .notice("Acme Care", Duration.ofDays(1))     // the provider's contract: one day's notice
        .hospital(HospitalPolicy.bank())             // planned visits in a hospital stay are banked
        .build();

    Ledger ledger = Ledger.of(terms)
        .record(Entry.planned(EntryId.of("plan"), person, LocalDate.parse("2026-06-01"), Optional.empty(),
            DayOfWeek.WEDNESDAY, LocalTime.parse("10:00"), LocalTime.parse("12:00"), "Acme Care", "support-worker"))
        .record(visit("v1", "2026-06-03", "10:00", "12:00"))
        .record(Entry.mileage(EntryId.of("m1"), person, LocalDate.parse("2026-06-05"), "Acme Care",
            new BigDecimal("12.5")))
        .record(visit("v2", "2026-06-10", "10:00", "12:00"))
        .record(visit("v3", "2026-06-11", "10:00", "11:00"))
        .record(Entry.reversal(EntryId.of("r1"), person, LocalDate.parse("2026-06-12"), EntryId.of("v3"),
            "recorded for the wrong person"))
        .record(visit("v4", "2026-06-12", "14:00", "15:30"))
        .record(visit("v5", "2026-06-13", "09:00", "10:00"))
        .record(Entry.cancellation(EntryId.of("c1"), person, LocalDate.parse("2026-06-17"), LocalTime.parse("10:00"),
            LocalTime.parse("12:00"), "Acme Care", "support-worker", CancelledBy.PERSON,
            LocalDateTime.parse("2026-06-16T18:00")))
        .record(Entry.hospitalStay(EntryId.of("h1"), person, LocalDate.parse("2026-06-22"),
            LocalDate.parse("2026-06-26")));

    ledger.statement(YearMonth.of(2026, 6)).text().forEach(System.out::println);
    System.out.println();
    ledger.charges(EntryId.of("v5")).get(0).trace().forEach(System.out::println);
    System.out.println();

    Invoice invoice = Invoice.of("A-1001", "Acme Care", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"),
        List.of(
            line(person, "2026-06-03", "10:05", "12:05", "46.26"),
            line(person, "2026-06-10", "10:00", "12:00", "48.00"),
            line(person, "2026-06-12", "15:00", "16:30", "34.70"),
            line(person, "2026-06-17", "10:00", "12:00", "46.26"),
            line(person, "2026-06-19", "14:00", "15:00", "23.13")));
    ReconciliationRules rules = ReconciliationRules.of(10, 15); // 10 minutes' tolerance, times to the quarter hour
    Reconciliation reconciliation = ledger.reconcile(invoice, rules);
    System.out.println(reconciliation.summary());
    reconciliation.differences().forEach(d -> System.out.println(d.kind() + ": " + d.reason()));

    ledger = ledger.record(reconciliation.entry());   // marks the invoice reconciled; no balance moves
    System.out.println(ledger.reconcile(invoice, rules).summary());
    // ledger-sample:end
  }

  /** A delivered visit of Acme Care's support worker to P01. */
  private static Entry visit(String id, String date, String start, String end) {
    return Entry.visit(EntryId.of(id), PersonId.of("P01"), LocalDate.parse(date), LocalTime.parse(start),
        LocalTime.parse(end), "Acme Care", "support-worker");
  }

  /** An invoice line for a support worker's visit. */
  private static InvoiceLine line(PersonId person, String date, String start, String end, String amount) {
    return InvoiceLine.of(person, LocalDate.parse(date), LocalTime.parse(start), LocalTime.parse(end),
        "support-worker", Money.parse(amount));
  }

  /** The 2026/27 version of the bundled rates (ras-examples costing/rates.yaml). */
  private static Rates rates() {
    return Fixtures.bundled2026();
  }

  /** England and Wales bank holidays 2025 to 2027, from gov.uk. */
  private static BankHolidays englandAndWales() {
    return Fixtures.englandAndWales();
  }

  /** The text between the doc's {@code <!-- NAME:start -->} and {@code <!-- NAME:end -->}, without its fence. */
  private static String docBlock(String name) {
    List<String> doc;
    try {
      doc = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + DOC + ": " + e.getMessage(), e);
    }
    int start = indexOfTrimmed(doc, "<!-- " + name + ":start -->", 0);
    int end = start < 0 ? -1 : indexOfTrimmed(doc, "<!-- " + name + ":end -->", start);
    if (start < 0 || end < 0) {
      fail("docs/ledger.md has no " + name + " block");
    }
    List<String> block = new ArrayList<>(doc.subList(start + 1, end));
    block.removeIf(line -> line.startsWith("```"));
    return String.join("\n", block).strip();
  }

  private static int indexOfTrimmed(List<String> lines, String text, int from) {
    for (int i = Math.max(from, 0); i < lines.size(); i++) {
      if (lines.get(i).trim().equals(text)) {
        return i;
      }
    }
    return -1;
  }

  /** The lines without the indentation they all share (blank lines aside). */
  private static List<String> dedent(List<String> lines) {
    int common = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        common = Math.min(common, l.length() - l.stripLeading().length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.isBlank() ? "" : l.substring(common));
    }
    return out;
  }
}
