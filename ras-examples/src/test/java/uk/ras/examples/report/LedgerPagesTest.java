package uk.ras.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.examples.report.LedgerScenarios.ACME;
import static uk.ras.examples.report.LedgerScenarios.JUNE_1;
import static uk.ras.examples.report.LedgerScenarios.JUNE_30;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.assessment.PersonId;
import uk.ras.ledger.AlertRules;
import uk.ras.ledger.Entry;
import uk.ras.ledger.EntryId;
import uk.ras.ledger.Invoice;
import uk.ras.ledger.InvoiceLine;
import uk.ras.ledger.Ledger;
import uk.ras.ledger.Reconciliation;
import uk.ras.ledger.ReconciliationRules;
import uk.ras.ledger.Statement;
import uk.ras.money.Money;

/**
 * The delivery ledger's pages ({@link StatementPage}, {@link ProviderInvoicePage}, {@link ReconciliationPage})
 * of the worked example of docs/ledger.md ({@link LedgerScenarios}), their figures worked by hand there and in
 * the comments below: the sentences and rows a reader sees, the exact amounts the cells carry, names from files
 * shown inert, refusals of values that do not belong together, and each page clean in Chromium on A4.
 */
class LedgerPagesTest {
  /** A name as a hostile file could give it: markup, a spreadsheet formula, a control character. */
  static final String HOSTILE = "<script>alert(\"x\")</script> =cmd|' /C calc'!A0 & 'q'\u0007";
  private static final String HOSTILE_ESCAPED =
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; =cmd|&#39; /C calc&#39;!A0 &amp; &#39;q&#39;\\u0007";
  private static final String HOSTILE_READ = "<script>alert(\"x\")</script> =cmd|' /C calc'!A0 & 'q'\\u0007";
  private static final ReconciliationRules RULES = ReconciliationRules.of(10, 15);

  private static void assertHas(List<String> lines, String expected) {
    assertTrue(lines.contains(expected), () -> "missing line:\n  " + expected + "\nin:\n  " + String.join("\n  ", lines));
  }

  /** The exact amounts the cells carry, key -> pence, in the page's order (a key seen again gets a number). */
  private static Map<String, Long> exactCells(String html) {
    Map<String, Long> cells = new LinkedHashMap<>();
    Matcher m = Pattern.compile("data-total=\"([a-z_]+)\" data-pence=\"(-?\\d+)\"").matcher(html);
    while (m.find()) {
      String key = m.group(1);
      for (int n = 2; cells.containsKey(key); n++) {
        key = m.group(1) + n;
      }
      cells.put(key, Long.parseLong(m.group(2)));
    }
    return cells;
  }

  private static String statementPage() {
    Ledger june = LedgerScenarios.june();
    return StatementPage.of(june.statement(YearMonth.of(2026, 6)), june.charges()).named("Mary Smith")
        .alerts(june.alerts(JUNE_30, AlertRules.of(60, 4, 8), Money.zero())).html();
  }

  @Test
  void theStatementPageShowsTheMonthsBalancesAndEveryLineWithItsWorking() {
    // The doc's June, worked by hand there. Brought forward (31 May): nothing spent; committed, the 13
    // Wednesdays from 3 June to 26 August less 24 June (in the hospital stay; 17 June, cancelled late, stays
    // committed until its day), 12 x 46.26 = 555.12; remaining 1,300.00 - 555.12 = 744.88. At the end of June:
    // spent 204.55, committed 9 x 46.26 = 416.34, 2 hours banked worth 120 x 23.13 / 60 = 46.26, remaining
    // 1,300.00 - 204.55 - 416.34 - 46.26 = 632.85.
    String html = statementPage();
    List<String> lines = LetterText.lines(html);
    assertHas(lines, "Statement for June 2026");
    assertHas(lines, "For: Mary Smith");
    assertHas(lines, "Reference: P01");
    assertHas(lines, "Month: June 2026 (1 June 2026 to 30 June 2026)");
    assertHas(lines, "| Brought forward (31 May 2026) | At the end of June 2026 (30 June 2026)");
    assertHas(lines, "Budget for the period | £1,300.00 | £1,300.00");
    assertHas(lines, "Spent | £0.00 | £204.55");
    assertHas(lines, "Committed: planned support still to come | £555.12 | £416.34");
    assertHas(lines, "Hours banked | 0 minutes | 2 hours");
    assertHas(lines, "Value of the hours banked | £0.00 | £46.26");
    assertHas(lines, "Remaining | £744.88 | £632.85");
    assertFalse(lines.stream().anyMatch(l -> l.startsWith("Direct-payment account")), "no account used, none shown");

    // The lines, with the running balances: 46.26; + 5.63 (12.5 x 0.45 = 5.625) = 51.89; + 46.26 = 98.15;
    // + 34.70 (90 x 23.13 / 60 = 34.695) = 132.85; + 25.44 (Saturday, 23.13 x 1.1 = 25.443, 25.44 an hour)
    // = 158.29; + 46.26 (late cancellation) = 204.55; then 2 hours banked on 24 June.
    assertHas(lines, "Wed 3 Jun | Visit 2026-06-03 10:00-12:00 (support-worker, Acme Care): £46.26 | band weekday-day: an "
        + "ordinary day; 120 minutes x £23.13 an hour / 60 = £46.26 | £46.26 | £46.26 | 0 minutes");
    assertHas(lines, "Fri 5 Jun | Mileage: 12.5 miles with Acme Care: £5.63 | 12.5 miles x £0.45 a mile = £5.625 = £5.63 "
        + "(rounded half-up) | £5.63 | £51.89 | 0 minutes");
    assertHas(lines, "Fri 12 Jun | Visit 2026-06-12 14:00-15:30 (support-worker, Acme Care): £34.70 | band weekday-day: an "
        + "ordinary day; 90 minutes x £23.13 an hour / 60 = £34.695 = £34.70 (rounded half-up, once per visit) | £34.70 "
        + "| £132.85 | 0 minutes");
    assertHas(lines, "Sat 13 Jun | Visit 2026-06-13 09:00-10:00 (support-worker, Acme Care): £25.44 | band weekend: "
        + "2026-06-13 is a Saturday; 60 minutes x £25.44 an hour / 60 = £25.44 | £25.44 | £158.29 | 0 minutes");
    assertHas(lines, "Wed 17 Jun | Visit 2026-06-17 10:00-12:00 (support-worker, Acme Care) cancelled by the person: late "
        + "cancellation, charged £46.26 | band weekday-day: an ordinary day; 120 minutes x £23.13 an hour / 60 = £46.26 "
        + "| £46.26 | £204.55 | 0 minutes");
    assertHas(lines, "Wed 24 Jun | Planned visit 2026-06-24 10:00-12:00 (support-worker, Acme Care) banked during a hospital "
        + "stay: 2 hours of support-worker | hospital stay 2026-06-22 to 2026-06-26: planned visit 2026-06-24 10:00-12:00 "
        + "(support-worker, Acme Care), day 3 of the stay; the policy banks planned visits during a stay | £0.00 | £204.55 "
        + "| 2 hours");
    assertHas(lines, "Total | Spent in June 2026 |  | £204.55 |  |");
    assertFalse(html.contains("2026-06-11"), "the reversed visit is on no line");

    // Alerts on 30 June with a limit of 60 minutes banked: 120 minutes are more, worth £46.26.
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("More hours banked than the limit, 30 June 2026: £46.26.")), html);

    assertEquals(Map.ofEntries(
            Map.entry("opening_budget", 130000L), Map.entry("closing_budget", 130000L),
            Map.entry("opening_spent", 0L), Map.entry("closing_spent", 20455L),
            Map.entry("opening_committed", 55512L), Map.entry("closing_committed", 41634L),
            Map.entry("opening_banked_value", 0L), Map.entry("closing_banked_value", 4626L),
            Map.entry("opening_remaining", 74488L), Map.entry("closing_remaining", 63285L)),
        Map.copyOf(withPrefix(exactCells(html), "opening_", "closing_")));
    Map<String, Long> cells = exactCells(html);
    assertEquals(List.of(4626L, 563L, 4626L, 3470L, 2544L, 4626L, 0L), values(cells, "line_amount"));
    assertEquals(List.of(4626L, 5189L, 9815L, 13285L, 15829L, 20455L, 20455L), values(cells, "spent_to_date"));
    assertEquals(20455L, cells.get("month_spent"));
  }

  private static Map<String, Long> withPrefix(Map<String, Long> cells, String... prefixes) {
    Map<String, Long> out = new LinkedHashMap<>();
    cells.forEach((k, v) -> {
      for (String p : prefixes) {
        if (k.startsWith(p)) {
          out.put(k, v);
        }
      }
    });
    return out;
  }

  private static List<Long> values(Map<String, Long> cells, String key) {
    List<Long> out = new ArrayList<>();
    cells.forEach((k, v) -> {
      if (k.equals(key) || k.matches(Pattern.quote(key) + "\\d+")) {
        out.add(v);
      }
    });
    return out;
  }

  @Test
  void docsLedgerQuotesTheWorkingThePageShows() throws Exception {
    // "Statements as pages" in docs/ledger.md quotes the working of the Saturday visit of 13 June (across a line
    // break): it must be what the page shows for it.
    String working = LetterText.lines(statementPage()).stream().filter(l -> l.startsWith("Sat 13 Jun | "))
        .map(l -> l.split(" \\| ")[2]).findFirst().orElseThrow();
    assertEquals("band weekend: 2026-06-13 is a Saturday; 60 minutes x £25.44 an hour / 60 = £25.44", working);
    String doc = Files.readString(Path.of("../docs/ledger.md")).replaceAll("\\s+", " ");
    assertTrue(doc.contains("**Statements as pages.**") && doc.contains("`" + working + "`"),
        "docs/ledger.md quotes the working: " + working);
  }

  @Test
  void theDirectPaymentAccountIsShownWhenItIsUsed() {
    // £500.00 paid in on 1 June, £120.00 paid out on 15 June: the account holds 500.00 - 120.00 = 380.00; nothing
    // is spent from the budget by either (what the £120.00 bought would be recorded as visits), so on 15 June
    // the money spent to date is still that of 13 June, 158.29.
    PersonId p = PersonId.of("P01");
    Ledger ledger = LedgerScenarios.june()
        .record(Entry.directPaymentReceipt(EntryId.of("dp1"), p, JUNE_1, Money.parse("500.00")))
        .record(Entry.directPaymentSpend(EntryId.of("dp2"), p, LocalDate.parse("2026-06-15"), Money.parse("120.00"),
            "personal assistant's wages"));
    String html = StatementPage.of(ledger.statement(YearMonth.of(2026, 6)), ledger.charges()).html();
    List<String> lines = LetterText.lines(html);
    assertHas(lines, "For: P01");
    assertHas(lines, "Direct-payment account | £0.00 | £380.00");
    assertHas(lines, "Mon 1 Jun | Direct payment received: £500.00 | paid into the direct-payment account: £500.00 | £0.00 "
        + "| £0.00 | 0 minutes | £500.00");
    assertHas(lines, "Mon 15 Jun | Paid from the direct-payment account (personal assistant's wages): £120.00 | paid out of "
        + "the direct-payment account: £120.00 | £0.00 | £158.29 | 0 minutes | £380.00");
    assertFalse(html.contains("id=\"alerts\""), "no alerts given, no alerts section");
    assertEquals(38000L, exactCells(html).get("closing_account"));
  }

  @Test
  void aMonthWithNothingChargedSaysSoAndNoAlertsSaysNone() {
    Ledger ledger = LedgerScenarios.june();
    // July: the five Wednesdays are planned but none is recorded; committed at the end of June 9 x 46.26 =
    // 416.34, at the end of July the four in August, 4 x 46.26 = 185.04.
    String html = StatementPage.of(ledger.statement(YearMonth.of(2026, 7)), ledger.charges()).alerts(List.of()).html();
    List<String> lines = LetterText.lines(html);
    assertHas(lines, "Nothing was charged, banked or paid in July 2026.");
    assertHas(lines, "Committed: planned support still to come | £416.34 | £185.04");
    assertHas(lines, "There are no alerts.");
  }

  @Test
  void aStatementNeedsItsOwnLedgersCharges() {
    Ledger june = LedgerScenarios.june();
    Statement statement = june.statement(YearMonth.of(2026, 6));
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> StatementPage.of(statement, LedgerScenarios.p02().charges()));
    assertEquals("the charges given have 2 in 2026-06, but the statement has 7 lines: they are not the same ledger's",
        other.getMessage());
    List<uk.ras.ledger.Charge> swapped = new ArrayList<>(june.charges());
    java.util.Collections.swap(swapped, 0, 1);
    assertThrows(IllegalArgumentException.class, () -> StatementPage.of(statement, swapped));
    assertThrows(IllegalArgumentException.class, () -> StatementPage.of(statement, june.charges()).named(" "));
  }

  private static List<InvoiceLine> acmeJune() {
    List<InvoiceLine> lines = new ArrayList<>(LedgerScenarios.p02().invoiceLines(ACME, JUNE_1, JUNE_30));
    lines.addAll(LedgerScenarios.june().invoiceLines(ACME, JUNE_1, JUNE_30));
    return lines;
  }

  @Test
  void theProviderInvoicePageListsEachPersonsVisitsWithTotalsThatAddUp() {
    // P01 (the doc): 46.26 + 46.26 + 34.70 + 25.44 + 46.26 = 198.92, five visits (mileage is not a visit).
    // P02: a senior 60 minutes at £24.60 = 24.60, and 45 x 23.13 / 60 = 17.3475, 17.35; 24.60 + 17.35 = 41.95.
    // Total 198.92 + 41.95 = 240.87, seven visits.
    String html = ProviderInvoicePage.of(ACME, JUNE_1, JUNE_30, acmeJune()).html();
    List<String> lines = LetterText.lines(html);
    assertHas(lines, "What Acme Care should invoice");
    assertHas(lines, "Period: 1 June 2026 to 30 June 2026");
    assertHas(lines, "Total: £240.87 for 7 visits of 2 people");
    assertHas(lines, "P01 | 5 | £198.92");
    assertHas(lines, "P02 | 2 | £41.95");
    assertHas(lines, "Total | 7 | £240.87");
    assertHas(lines, "Mon 1 Jun 2026 | 14:00 to 15:00 | 1 hour | senior-support-worker | £24.60");
    assertHas(lines, "Tue 2 Jun 2026 | 09:00 to 09:45 | 45 minutes | support-worker | £17.35");
    assertHas(lines, "Fri 12 Jun 2026 | 14:00 to 15:30 | 1 hour 30 minutes | support-worker | £34.70");
    assertHas(lines, "Total for P01 |  |  |  | £198.92");
    assertHas(lines, "Total for P02 |  |  |  | £41.95");
    assertEquals(Map.of("total", 24087L, "person_total", 19892L, "person_total2", 4195L), exactCells(html));
    // P01 listed before P02 (by reference), whatever order the lines came in.
    assertTrue(html.indexOf("Total for P01") < html.indexOf("Total for P02"));
  }

  @Test
  void anInvoicePageRefusesALineOutsideItsDays() {
    // P02's two lines, then P01's: 3, 10 and 12 June; the fifth, 12 June, is the first after 10 June.
    List<InvoiceLine> lines = acmeJune();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ProviderInvoicePage.of(ACME, JUNE_1, LocalDate.parse("2026-06-10"), lines));
    assertEquals("line 5 (P01, 2026-06-12) is dated outside 2026-06-01 to 2026-06-10", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ProviderInvoicePage.of(ACME, JUNE_30, JUNE_1, List.of()));
    assertThrows(IllegalArgumentException.class, () -> ProviderInvoicePage.of(" ", JUNE_1, JUNE_30, List.of()));
    assertHas(LetterText.lines(ProviderInvoicePage.of(ACME, JUNE_1, JUNE_30, List.of()).html()),
        "The ledger records no visit of Acme Care to invoice in the period.");
  }

  @Test
  void theReconciliationPageShowsEveryDifferenceWithItsReasonAndTheAmountAtStake() {
    // The doc's invoice A-1001 and one line for P02 besides. P01's five lines: 3 June matches (10:05-12:05
    // rounds to 10:00-12:00); 10 June matches at £48.00 for £46.26; 12 June matches by day, an hour out; 17 June
    // matches; 19 June has no visit. Matched 4 of 5, 2 exactly. At stake: 48.00 - 46.26 = 1.74; 34.70 - 34.70
    // = 0.00; 23.13 not delivered; 25.44 for 13 June, not invoiced. Invoiced 198.35, accepted 173.48:
    // 198.35 - 173.48 = 24.87 = 1.74 + 0.00 + 23.13; delivered 198.92 - 173.48 = 25.44.
    Invoice invoice = LedgerScenarios.invoice(PersonId.of("P01"), ACME, "A-1001");
    Reconciliation r = LedgerScenarios.june().reconcile(invoice, RULES);
    String html = ReconciliationPage.of(r, invoice).html();
    List<String> lines = LetterText.lines(html);
    assertHas(lines, "Invoice A-1001 of Acme Care against the ledger");
    assertHas(lines, "Invoice A-1001 of Acme Care: invoiced £198.35, accepted £173.48, delivered £198.92; 4 differences; "
        + "1 line for another person not reconciled here.");
    assertHas(lines, "5 lines of the invoice are for P01: 4 matched a visit in the ledger (2 exactly), 1 did not. 1 line "
        + "is for other people, reconciled against their own ledgers.");
    assertHas(lines, "Invoiced | £198.35");
    assertHas(lines, "Accepted: the ledger's price of each visit matched | £173.48");
    assertHas(lines, "Not accepted: invoiced less accepted | £24.87");
    assertHas(lines, "Delivered: what the ledger says the provider should invoice | £198.92");
    assertHas(lines, "Delivered but not invoiced: delivered less accepted | £25.44");
    assertHas(lines, "1 | 10 June 2026 | Amount differs | £48.00 | £46.26 | £1.74 | invoiced £48.00 for the visit "
        + "2026-06-10 10:00-12:00, but the ledger prices it at £46.26");
    assertHas(lines, "2 | 12 June 2026 | Times differ | £34.70 | £34.70 | £0.00 | invoiced 2026-06-12 15:00-16:30 "
        + "(rounded 15:00-16:30), but the ledger records 14:00-15:30 (rounded 14:00-15:30): more than 10 minutes apart; "
        + "the ledger's price £34.70 is accepted");
    assertHas(lines, "3 | 19 June 2026 | Not delivered | £23.13 | no visit | £23.13 | invoiced 2026-06-19 14:00-15:00 "
        + "support-worker, but the ledger has no such visit of Acme Care that day; nothing is accepted");
    assertHas(lines, "4 | 13 June 2026 | Not invoiced | not invoiced | £25.44 | £25.44 | the ledger records 2026-06-13 "
        + "09:00-10:00 support-worker (£25.44), not on the invoice");
    Map<String, Long> cells = exactCells(html);
    assertEquals(List.of(174L, 0L, 2313L, 2544L), values(cells, "at_stake"));
    assertEquals(Map.of("invoiced", 19835L, "accepted", 17348L, "not_accepted", 2487L, "delivered", 19892L,
        "not_invoiced", 2544L), Map.copyOf(withPrefix(cells, "invoiced", "accepted", "not_", "delivered")));
  }

  @Test
  void anInvoiceFromTheLedgerReconcilesWithNoDifference() {
    // The lines the ledger says Acme should invoice for P01's June: five, all matched exactly, 198.92 each way.
    Ledger june = LedgerScenarios.june();
    Invoice invoice = Invoice.of("A-1002", ACME, JUNE_1, JUNE_30, june.invoiceLines(ACME, JUNE_1, JUNE_30));
    List<String> lines = LetterText.lines(ReconciliationPage.of(june.reconcile(invoice, RULES), invoice).html());
    assertHas(lines, "5 lines of the invoice are for P01: 5 matched a visit in the ledger (5 exactly), 0 did not.");
    assertHas(lines, "No differences");
    assertHas(lines, "Not accepted: invoiced less accepted | £0.00");
  }

  @Test
  void aReconciliationPageNeedsTheInvoiceReconciled() {
    Invoice invoice = LedgerScenarios.invoice(PersonId.of("P01"), ACME, "A-1001");
    Reconciliation r = LedgerScenarios.june().reconcile(invoice, RULES);
    Invoice other = LedgerScenarios.invoice(PersonId.of("P01"), ACME, "A-1002");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReconciliationPage.of(r, other));
    assertEquals("invoice A-1002 of Acme Care is not the one reconciled (A-1001 of Acme Care)", e.getMessage());
    Invoice fewer = Invoice.of("A-1001", ACME, JUNE_1, JUNE_30, invoice.lines().subList(0, 3));
    assertThrows(IllegalArgumentException.class, () -> ReconciliationPage.of(r, fewer));
  }

  /** Every page of a ledger whose person, name, provider, invoice number and one-off are hostile. */
  private static Map<String, String> hostilePages() {
    PersonId p = PersonId.of(HOSTILE);
    Ledger ledger = LedgerScenarios.june(p, HOSTILE)
        .record(Entry.oneOff(EntryId.of("o1"), p, LocalDate.parse("2026-06-20"), Money.parse("12.00"), HOSTILE));
    Invoice invoice = LedgerScenarios.invoice(p, HOSTILE, HOSTILE);
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("hostile-statement.html", StatementPage.of(ledger.statement(YearMonth.of(2026, 6)), ledger.charges())
        .named(HOSTILE).alerts(ledger.alerts(JUNE_30, AlertRules.of(60, 4, 8), Money.zero())).html());
    pages.put("hostile-invoice.html", ProviderInvoicePage.of(HOSTILE, JUNE_1, JUNE_30,
        ledger.invoiceLines(HOSTILE, JUNE_1, JUNE_30)).html());
    pages.put("hostile-reconciliation.html", ReconciliationPage.of(ledger.reconcile(invoice, RULES), invoice).html());
    return pages;
  }

  @Test
  void everyNameFromAFileIsShownInert() {
    for (Map.Entry<String, String> e : hostilePages().entrySet()) {
      String html = e.getValue();
      assertFalse(html.contains("<script"), e.getKey() + ": no script");
      assertFalse(html.contains("\u0007"), e.getKey() + ": control characters shown as escapes");
      assertTrue(html.contains(HOSTILE_ESCAPED), e.getKey() + ": escaped");
      assertFalse(html.matches("(?s).*(src=|href=|url\\(|@import|<link|<img).*"), e.getKey() + ": nothing fetched");
      assertTrue(LetterText.lines(html).stream().anyMatch(l -> l.contains(HOSTILE_READ)),
          e.getKey() + ": the name reads as it was given");
    }
  }

  @Test
  void eachPageIsCleanInChromiumOnA4(@TempDir Path dir) throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("statement.html", statementPage());
    pages.put("invoice.html", ProviderInvoicePage.of(ACME, JUNE_1, JUNE_30, acmeJune()).html());
    Invoice invoice = LedgerScenarios.invoice(PersonId.of("P01"), ACME, "A-1001");
    pages.put("reconciliation.html", ReconciliationPage.of(LedgerScenarios.june().reconcile(invoice, RULES), invoice).html());
    pages.putAll(hostilePages());
    // A long unbroken name from a file wraps instead of running off the page.
    String longName = "A".repeat(150);
    Ledger ledger = LedgerScenarios.june(PersonId.of(longName), longName);
    pages.put("long-statement.html", StatementPage.of(ledger.statement(YearMonth.of(2026, 6)), ledger.charges())
        .named(longName).html());
    pages.put("long-invoice.html", ProviderInvoicePage.of(longName, JUNE_1, JUNE_30,
        ledger.invoiceLines(longName, JUNE_1, JUNE_30)).html());
    for (Map.Entry<String, String> e : pages.entrySet()) {
      Path page = Files.writeString(dir.resolve(e.getKey()), e.getValue());
      BrowserCheck.Findings f = BrowserCheck.assertClean(page, 0);
      assertTrue(f.printedPages() >= 1, e.getKey());
      assertTrue(f.smallestPrintedText() >= 8, e.getKey() + ": smallest text " + f.smallestPrintedText() + " pt");
    }
  }

  @Test
  void aVisitOfManyPeopleFlowsOnToMorePages(@TempDir Path dir) throws Exception {
    // Forty people with a visit each day of June, 45 minutes at 09:00 (weekdays 45 x 23.13 / 60 = 17.3475,
    // 17.35; weekends 45 x 25.44 / 60 = 19.08): 22 weekdays and 8 weekend days in June 2026, each person
    // 22 x 17.35 + 8 x 19.08 = 381.70 + 152.64 = 534.34; forty people 40 x 534.34 = 21,373.60.
    List<InvoiceLine> lines = new ArrayList<>();
    for (int n = 1; n <= 40; n++) {
      PersonId p = PersonId.of(String.format("P%03d", n));
      for (LocalDate d = JUNE_1; !d.isAfter(JUNE_30); d = d.plusDays(1)) {
        boolean weekend = d.getDayOfWeek().getValue() >= 6;
        lines.add(InvoiceLine.of(p, d, LocalTime.of(9, 0), LocalTime.of(9, 45), LedgerScenarios.SW,
            Money.parse(weekend ? "19.08" : "17.35")));
      }
    }
    String html = ProviderInvoicePage.of(ACME, JUNE_1, JUNE_30, lines).html();
    assertHas(LetterText.lines(html), "Total: £21,373.60 for 1,200 visits of 40 people");
    assertEquals(2137360L, exactCells(html).get("total"));
    Path page = Files.writeString(dir.resolve("many.html"), html);
    BrowserCheck.Findings f = BrowserCheck.assertClean(page, 0);
    assertTrue(f.printedPages() > 10, "pages: " + f.printedPages());
  }
}
