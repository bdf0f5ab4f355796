package uk.ras.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.examples.Cli;
import uk.ras.examples.Ras;

/**
 * {@code ras ledger} on the bundled floating-support scenario, each command's output checked against
 * figures worked by hand. The bundled 2026/27 rates: a support worker £23.13 an hour, a senior support
 * worker £24.60; weekend x 1.1, evening +£0.50, bank holiday x 1.5; mileage £0.45 a mile; half-up.
 */
class LedgerCommandTest {
  /** The bundled scenario's ledger, set up once; each test works on a copy of its database file. */
  @TempDir static Path template;

  @TempDir Path dir;
  String ledger;

  @BeforeAll
  static void setUpTheScenarioOnce() {
    String l = template.resolve("ledger").toString();
    Cli init = Cli.run("ledger", "init", "--ledger", l);
    assertEquals(0, init.exit, init::toString);
    assertEquals("Set up the ledger in " + l + " from the bundled scenario: 10 people from 2026-10-01 to "
        + "2026-12-31, 21 planned entries and 296 entries recorded.\n", init.out);
  }

  @BeforeEach
  void copyTheScenario() throws IOException {
    Path to = dir.resolve("ledger");
    Files.createDirectories(to);
    // The database is closed between commands (the store keeps no connection open): its file is whole.
    Files.copy(template.resolve("ledger/ledger.mv.db"), to.resolve("ledger.mv.db"));
    ledger = to.toString();
  }

  private Cli ledger(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "ledger";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--ledger";
    all[args.length + 2] = ledger;
    return Cli.run(all);
  }

  private static String bundled(String name) throws IOException {
    try (InputStream in = Ras.class.getResourceAsStream("ledger/floating-support/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theSameSetupAndEntriesAgainChangeNothingAndSaySo() {
    Cli init = ledger("init");
    assertEquals(0, init.exit, init::toString);
    assertEquals("The ledger in " + ledger + " already has this setup (version 1): nothing changed.\n", init.out);
    Cli again = ledger("import");
    assertEquals(0, again.exit, again::toString);
    assertEquals("296 rows read: 0 entries recorded, 296 already recorded (unchanged), 0 refused, 0 rows left out.\n"
        + "Every entry was recorded before: importing the file again changes nothing.\n", again.out);
  }

  @Test
  void p01sNovemberStatementIsAsWorkedByHand() {
    // Monday visits 10:00-12:00: 120 x 23.13 / 60 = £46.26; Thursday 14:00-15:30: 90 x 23.13 / 60 = 34.695, £34.70.
    // October (brought forward): 4 Mondays 185.04 + 5 Thursdays 173.50 + 8.5 miles x 0.45 = 3.825, £3.83 = £362.37.
    // November: Mondays 2, 9, 23, 30 = 185.04; 16th cancelled by P01 on Friday 13th, 3 days before, inside
    // Riverside's 7 days: charged £46.26; Thursdays 5, 12, 19, 26 = 138.80; 12 miles = £5.40;
    // 362.37 + 185.04 + 46.26 + 138.80 + 5.40 = £737.87.
    // Budget 95 x 92 / 7 = 1,248.571..., £1,248.57. Committed after 30 November: Mondays 7, 14, 21 = 138.78 and
    // Monday 28 December, a bank holiday (23.13 x 1.5 = 34.695, £34.70 an hour: 120 x 34.70 / 60 = £69.40), and
    // 5 Thursdays = 173.50: 138.78 + 69.40 + 173.50 = £381.68. Remaining 1,248.57 - 737.87 - 381.68 = £129.02.
    Cli s = ledger("statement", "--person", "P01", "--month", "2026-11");
    assertEquals(0, s.exit, s::toString);
    List<String> lines = s.out.lines().toList();
    assertEquals("Statement for P01, November 2026", lines.get(0));
    assertEquals("Brought forward: spent £362.37; banked 0 minutes; direct-payment account £0.00.", lines.get(1));
    assertEquals("2026-11-16  Visit 2026-11-16 10:00-12:00 (support-worker, Riverside Support) cancelled by the person: "
        + "late cancellation, charged £46.26  (spent to date £570.55)", lines.get(6));
    assertEquals("2026-11-23  Mileage: 12 miles with Riverside Support: £5.40  (spent to date £610.65)", lines.get(8));
    assertEquals("On 2026-11-30: budget £1,248.57 - spent £737.87 - committed £381.68 - banked 0 minutes worth £0.00 = "
        + "remaining £129.02; direct-payment account holds £0.00.", lines.get(12));
    assertEquals("Alerts on 2026-11-30: none.", lines.get(13));
    assertEquals(14, lines.size(), s::toString);
  }

  @Test
  void theStatementsLinesAreWrittenWithOut() throws IOException {
    Path out = dir.resolve("out");
    Cli s = ledger("statement", "--person", "P01", "--month", "2026-11", "--out", out.toString());
    assertEquals(0, s.exit, s::toString);
    assertTrue(s.out.endsWith("Statements' lines written to " + out.resolve("statement-2026-11.csv") + ", and 1 page to "
        + out.resolve("statement-*-2026-11.html") + "\n"), s::toString);
    String page = Files.readString(out.resolve("statement-P01-2026-11.html"));
    assertTrue(page.contains("P01") && page.contains("£737.87") && page.contains("£129.02"), page);
    List<String> rows = Files.readAllLines(out.resolve("statement-2026-11.csv"));
    assertEquals("person,date,entry,description,amount,banked_minutes,direct_payment,spent_to_date,banked_minutes_to_date,"
        + "direct_payment_held_to_date", rows.get(0));
    // The ten lines of November, the last the visit of Monday 30th, £46.26, bringing the spending to £737.87.
    assertEquals(11, rows.size(), rows::toString);
    assertTrue(rows.get(10).startsWith("P01,2026-11-30,v-P01-1130,"), rows::toString);
    assertTrue(rows.get(10).endsWith(",46.26,0,0.00,737.87,0,0.00"), rows::toString);
  }

  @Test
  void p06sDirectPaymentSurplusIsAlertedWithWhatCouldBeRecovered() {
    // Received 800 + 400 + 400 + 400 = £2,000.00; paid out 385 + 355 = £740.00; held £1,260.00.
    // 8 weeks x £100.00 = £800.00; recoverable 1,260.00 - 0.00 - 800.00 = £460.00.
    Cli s = ledger("statement", "--person", "P06", "--month", "2026-12");
    assertEquals(0, s.exit, s::toString);
    assertTrue(s.out.endsWith("Alerts on 2026-12-31:\n  DIRECT_PAYMENT_SURPLUS: the direct-payment account holds £1,260.00, "
        + "more than 8 weeks' budget (8 x £100.00 = £800.00); recoverable with notice: £1,260.00 - liabilities £0.00 - "
        + "£800.00 = £460.00\n"), s::toString);
  }

  @Test
  void p05sHospitalStayBanksTheFourPlannedVisitsAndHalfAreUsedLater() {
    // Stay 9 to 20 November: Tuesdays 10, 17 and Thursdays 12, 19, 10:00-13:00: 4 x 180 = 720 minutes, 12 hours.
    // Used 180 on 2 and 9 December: 360 left, 6 hours, worth 360 x 23.13 / 60 = £138.78.
    Cli s = ledger("statement", "--person", "P05", "--month", "2026-12");
    assertEquals(0, s.exit, s::toString);
    assertTrue(s.out.contains("Brought forward: spent £902.07; banked 12 hours;"), s::toString);
    assertTrue(s.out.contains("banked 6 hours worth £138.78"), s::toString);
  }

  @Test
  void whatAProviderShouldInvoiceIsWrittenInTheInvoiceFormatAndReconcilesWithNoDifference() throws IOException {
    Path out = dir.resolve("out");
    Cli s = ledger("statement", "--provider", "Riverside Support", "--month", "2026-11", "--out", out.toString());
    assertEquals(0, s.exit, s::toString);
    assertTrue(s.out.startsWith("What Riverside Support should invoice for 2026-11-01 to 2026-11-30: 55 visits.\n"), s::toString);
    assertTrue(s.out.contains("Total: £2,459.96\n"), s::toString);
    Path csv = out.resolve("invoice-2026-11.csv");
    assertTrue(Files.readString(out.resolve("invoice-2026-11.html")).contains("£2,459.96"));
    assertTrue(Files.readString(csv).startsWith("invoice,provider,from,to,person,date,start,end,staff,amount\n"
        + "expected-2026-11,\"Riverside Support\",2026-11-01,2026-11-30,P01,2026-11-02,10:00,12:00,support-worker,46.26\n"),
        csv::toString);
    Cli r = ledger("reconcile", csv.toString());
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.contains("Total: invoiced £2,459.96, accepted £2,459.96, delivered £2,459.96; 0 differences.\n"), r::toString);
  }

  @Test
  void theBundledInvoiceDiffersInFourVisitsEachGivenItsReasonAndReconcilingAgainChangesNothing() throws IOException {
    // What Riverside should invoice for November: £2,459.96 (55 visits). Its invoice RS-2026-11:
    // P01 2 Nov at £48.00, not 46.26 (+1.74); P03 11 Nov 09:30-12:00, 150 x 24.60 / 60 = £61.50, where the ledger
    // has 09:30-11:30, £49.20 (+12.30); P08 20 Nov, not delivered (+46.26); P10's Sunday 15 Nov, £25.44, left
    // off (-25.44). Invoiced 2,459.96 + 1.74 + 12.30 + 46.26 - 25.44 = £2,494.82; accepted, the ledger's price
    // of every line matched: 2,459.96 - 25.44 = £2,434.52; delivered £2,459.96.
    Cli r = ledger("reconcile");
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.startsWith("Invoice RS-2026-11 of Riverside Support for 2026-11-01 to 2026-11-30: 55 lines.\n"), r::toString);
    assertTrue(r.out.contains("P01: invoiced £371.84, accepted £370.10, delivered £370.10; 1 difference:\n"
        + "  AMOUNT_DIFFERS: invoiced £48.00 for the visit 2026-11-02 10:00-12:00, but the ledger prices it at £46.26\n"), r::toString);
    assertTrue(r.out.contains("  TIMES_DIFFER: invoiced 2026-11-11 09:30-12:00 (rounded 09:30-12:00), but the ledger records "
        + "09:30-11:30 (rounded 09:30-11:30): more than 10 minutes apart; the ledger's price £49.20 is accepted\n"), r::toString);
    assertTrue(r.out.contains("  NOT_DELIVERED: invoiced 2026-11-20 10:00-12:00 support-worker, but the ledger has no such visit "
        + "of Riverside Support that day; nothing is accepted\n"), r::toString);
    assertTrue(r.out.contains("  NOT_INVOICED: the ledger records 2026-11-15 11:00-12:00 support-worker (£25.44), not on the invoice\n"),
        r::toString);
    assertTrue(r.out.endsWith("Total: invoiced £2,494.82, accepted £2,434.52, delivered £2,459.96; 4 differences.\n"
        + "Recorded as reconciled for 7 people.\n"), r::toString);
    Path pages = dir.resolve("pages");
    Cli again = ledger("reconcile", "--out", pages.toString());
    assertEquals(0, again.exit, again::toString);
    String p08 = Files.readString(pages.resolve("reconciliation-RS-2026-11-P08.html"));
    assertTrue(p08.contains("P08") && p08.contains("£185.04") && p08.contains("£138.78"), p08);
    assertTrue(again.out.endsWith("Total: invoiced £2,494.82, accepted £2,434.52, delivered £2,459.96; 4 differences.\n"
        + "It was reconciled before: recording it again changes nothing.\n"
        + "7 pages written to " + pages.resolve("reconciliation-RS-2026-11-*.html") + "\n"), again::toString);
  }

  @Test
  void badRowsOfAnEntriesFileAreReportedByNumberAndTheRestAreRecordedOnce() throws IOException {
    Path file = dir.resolve("entries.csv");
    Files.writeString(file, "id,person,kind,date,start,end,provider,staff,minutes,note\n"
        + "x1,P04,visit,2026-10-06,15:00,16:00,Northgate Care,support-worker,,\n"
        + "x2,P04,visit,2026-10-06,25:00,16:00,Northgate Care,support-worker,,\n"
        + "x3,P99,visit,2026-10-06,15:00,16:00,Northgate Care,support-worker,,\n"
        + "x4,P04,banked-used,2026-10-07,,,,support-worker,60,a holiday\n"
        + "x5,P04,visit,2026-10-08,15:00,16:00,Northgate Care,support-worker,,\n"
        + "x6,P04,visit,2026-10-09,15:00,16:00,,support-worker,60,\n");
    Cli i = ledger("import", file.toString());
    assertEquals(1, i.exit, i::toString);
    assertEquals("6 rows read: 2 entries recorded, 0 already recorded (unchanged), 1 refused, 3 rows left out.\n", i.out);
    assertEquals(List.of(
        "ras: " + file + ": row 2 (line 3): column start: '25:00' is not a time HH:MM",
        "ras: " + file + ": row 3 (line 4): person P99 is not in the ledger's setup",
        "ras: " + file + ": row 4 (line 5): entry x4 refused: it would leave 1 hour of support-worker overdrawn on 2026-10-07: more banked "
            + "hours used than were banked; banked hours never go below zero",
        "ras: " + file + ": row 6 (line 7): column minutes is not used by a visit entry; it uses start, end, provider, staff"),
        i.err.lines().toList());
    Cli again = ledger("import", file.toString());
    assertEquals("6 rows read: 0 entries recorded, 2 already recorded (unchanged), 1 refused, 3 rows left out.\n", again.out);
  }

  @Test
  void anInvoiceWithABadRowIsReconciledWithoutItButNotRecorded() throws IOException {
    Path file = dir.resolve("invoice.csv");
    Files.writeString(file, "invoice,provider,from,to,person,date,start,end,staff,amount\n"
        + "N-7,Northgate Care,2026-10-01,2026-10-31,P04,2026-10-05,13:00,14:00,support-worker,23.13\n"
        + "N-7,Northgate Care,2026-10-01,2026-10-31,P04,2026-11-02,13:00,14:00,support-worker,23.13\n"
        + "N-7,Northgate Care,2026-10-01,2026-10-31,P04,2026-10-07,13:00,14:00,support-worker,-23.13\n");
    Cli r = ledger("reconcile", file.toString());
    assertEquals(1, r.exit, r::toString);
    assertEquals(List.of(
        "ras: " + file + ": row 2 (line 3): column date: 2026-11-02 is outside the invoice's days 2026-10-01 to 2026-10-31",
        "ras: " + file + ": row 3 (line 4): column amount: '-23.13' is not an amount in pounds such as 12.50 (amounts are never "
            + "negative: a correction is a reversal)",
        "ras: the invoice has rows left out, so it was not recorded as reconciled; correct them and reconcile it again"),
        r.err.lines().toList());
    assertFalse(r.out.contains("Recorded"), r::toString);
  }

  /**
   * Two inits of different (allowed) setups at the same moment: one stores version 2; the other either
   * came second and, checked against version 2, stores version 3, or met the first at the same moment
   * and says so in one line, with the exit code of a refusal, having written nothing.
   */
  @Test
  void twoInitsAtTheSameMomentAreBothSafeAndTheLoserSaysSoInOneLine() throws Exception {
    String setup = bundled("setup.yaml");
    Path one = dir.resolve("one.yaml");
    Files.writeString(one, setup.replace("weeklyBudget: \"115.00\"", "weeklyBudget: \"120.00\""));
    Path two = dir.resolve("two.yaml");
    Files.writeString(two, setup.replace("weeklyBudget: \"115.00\"", "weeklyBudget: \"125.00\""));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Cli>> runs = new java.util.ArrayList<>();
      for (Path file : List.of(one, two)) {
        runs.add(pool.submit(() -> {
          go.await();
          return ledger("init", file.toString());
        }));
      }
      go.countDown();
      Cli a = runs.get(0).get(120, java.util.concurrent.TimeUnit.SECONDS);
      Cli b = runs.get(1).get(120, java.util.concurrent.TimeUnit.SECONDS);
      String both = a + "\n" + b;
      if (a.exit == 0 && b.exit == 0) {
        List<String> versions = new java.util.ArrayList<>(List.of(version(a.out), version(b.out)));
        java.util.Collections.sort(versions);
        assertEquals(List.of("2", "3"), versions, both);
      } else {
        Cli won = a.exit == 0 ? a : b;
        Cli lost = a.exit == 0 ? b : a;
        assertEquals(0, won.exit, both);
        assertEquals("2", version(won.out), both);
        assertEquals(1, lost.exit, both);
        assertEquals("", lost.out, both);
        assertEquals("ras: another init changed the ledger's setup at the same moment (it is now at version 2): nothing was"
            + " written; run the init again to check this setup against that one\n", lost.err);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String version(String out) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("is set up \\(version (\\d+)\\)").matcher(out);
    assertTrue(m.find(), out);
    return m.group(1);
  }

  @Test
  void aLedgerOpenInAnotherProgramIsSaidPlainlyAndNothingIsDone() throws Exception {
    String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process other = new ProcessBuilder(launcher, "-cp", System.getProperty("java.class.path"), HoldOpen.class.getName(),
            LedgerStore.h2Address(Path.of(ledger)))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try (java.io.BufferedReader said = new java.io.BufferedReader(
        new java.io.InputStreamReader(other.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
      assertEquals("open", said.readLine());
      Cli r = ledger("reviews");
      assertEquals(1, r.exit, r::toString);
      assertEquals("", r.out);
      assertEquals("ras: the ledger database " + LedgerStore.h2Address(Path.of(ledger)) + " is open in another program"
          + " (another ras command, or a database tool), and H2 lets one program at a time use it: nothing was done;"
          + " run this again when that one has finished\n", r.err);
    } finally {
      other.destroyForcibly();
      assertTrue(other.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
    }
    // Once the other program has gone, the same command runs.
    assertEquals(0, ledger("reviews").exit);
  }

  /** Another program with a ledger's H2 database open: says "open", then holds it until killed. */
  static final class HoldOpen {
    public static void main(String[] args) throws Exception {
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(args[0], "", "")) {
        System.out.println("open");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
      }
    }
  }

  @Test
  void aNulInAnEntriesRowIsReportedByRowAndTheRestAreRecorded() throws IOException {
    Path file = dir.resolve("entries.csv");
    Files.writeString(file, "id,person,kind,date,note\n"
        + "n1,P04,needs-changed,2026-10-06,moved\u0000 flat\n"
        + "n2,P04,needs-changed,2026-10-07,moved flat\n");
    Cli i = ledger("import", file.toString());
    assertEquals(1, i.exit, i::toString);
    assertEquals("2 rows read: 1 entries recorded, 0 already recorded (unchanged), 0 refused, 1 rows left out.\n", i.out);
    // The CSV reader refuses every control character but tab and line ends in a cell, NUL among them,
    // before the store's own check (which PostgreSQL needs) is reached.
    assertEquals("ras: " + file + ": row 1 (line 2): column note holds the control character U+0000\n", i.err);
  }

  @Test
  void aNulInASetupFileIsRefusedByFileAndLine() throws IOException {
    Path file = dir.resolve("nul.yaml");
    Files.writeString(file, bundled("setup.yaml").replaceFirst("\n", "\n# a comment\u0000\n"));
    Cli init = ledger("init", file.toString());
    assertEquals(1, init.exit, init::toString);
    assertEquals("ras: the setup file " + file + ": line 2 holds a NUL character (U+0000), which the ledger's database cannot"
        + " store\n", init.err);
  }

  @Test
  void aReInitThatLowersABudgetIsRefusedWithTheReasonAndOneThatRaisesItIsANewVersion() throws IOException {
    String setup = bundled("setup.yaml");
    assertTrue(setup.contains("weeklyBudget: \"115.00\""));
    Path lower = dir.resolve("lower.yaml");
    Files.writeString(lower, setup.replace("weeklyBudget: \"115.00\"", "weeklyBudget: \"100.00\""));
    Cli refused = ledger("init", lower.toString());
    assertEquals(1, refused.exit, refused::toString);
    assertEquals("ras: P03: the budget may not be reduced from £115.00 to £100.00 without a reassessment of needs: a review "
        + "must not be used to cut a budget (Care and Support Statutory Guidance, chapter 13); reassess the person's needs "
        + "first (record the reassessment in the setup, under the person: reassessed: {date: YYYY-MM-DD, reference: ...})\n"
        + "ras: the setup was not changed\n", refused.err);
    Path higher = dir.resolve("higher.yaml");
    Files.writeString(higher, setup.replace("weeklyBudget: \"115.00\"", "weeklyBudget: \"120.00\""));
    Cli raised = ledger("init", higher.toString());
    assertEquals(0, raised.exit, raised::toString);
    assertTrue(raised.out.startsWith("The ledger in " + ledger + " is set up (version 2): 10 people"), raised::toString);
    assertTrue(raised.out.endsWith("0 planned entries recorded, 21 already recorded.\n"), raised::toString);
    // P03's budget now: 120 x 92 / 7 = 1,577.142..., £1,577.14.
    Cli s = ledger("statement", "--person", "P03", "--month", "2026-10");
    assertTrue(s.out.contains("budget £1,577.14"), s::toString);
  }

  @Test
  void aReInitThatLowersABudgetOnAReassessmentHeldIsANewVersionThatSaysWhy() throws IOException {
    String setup = bundled("setup.yaml");
    String p03 = "weeklyBudget: \"115.00\"\n    planStart: 2026-04-13\n";
    assertTrue(setup.contains(p03));
    Path lower = dir.resolve("lower.yaml");
    Files.writeString(lower, setup.replace(p03,
        "weeklyBudget: \"100.00\"\n    planStart: 2026-04-13\n    reassessed: {date: 2026-11-20, reference: RA-2211}\n"));
    Cli lowered = ledger("init", lower.toString());
    assertEquals(0, lowered.exit, lowered::toString);
    assertTrue(lowered.out.startsWith("The ledger in " + ledger + " is set up (version 2): 10 people"), lowered::toString);
    assertTrue(lowered.out.endsWith("21 already recorded.\n"
        + "P03: the weekly budget is lowered from £115.00 to £100.00 on the reassessment RA-2211 of 2026-11-20.\n"), lowered::toString);
    // P03's budget now: 100 x 92 / 7 = 1,314.285..., £1,314.29.
    Cli s = ledger("statement", "--person", "P03", "--month", "2026-10");
    assertTrue(s.out.contains("budget £1,314.29"), s::toString);
    assertTrue(s.out.contains("\nThe weekly budget, £100.00, rests on the reassessment RA-2211 of 2026-11-20.\nAlerts on "), s::toString);

    // The same reassessment does not back a further cut, nor does one not yet held.
    Path again = dir.resolve("again.yaml");
    Files.writeString(again, Files.readString(lower).replace("weeklyBudget: \"100.00\"\n    planStart: 2026-04-13",
        "weeklyBudget: \"90.00\"\n    planStart: 2026-04-13"));
    Cli refused = ledger("init", again.toString());
    assertEquals(1, refused.exit, refused::toString);
    assertEquals("ras: P03: the budget may not be reduced from £100.00 to £90.00 without a reassessment of needs: a review "
        + "must not be used to cut a budget (Care and Support Statutory Guidance, chapter 13); reassess the person's needs "
        + "first; the reassessment RA-2211 of 2026-11-20 is not after the reassessment RA-2211 of 2026-11-20, which the "
        + "ledger's setup already records for the budget of £100.00: a further cut needs a new reassessment\n"
        + "ras: the setup was not changed\n", refused.err);
    Path planned = dir.resolve("planned.yaml");
    Files.writeString(planned, Files.readString(again).replace("{date: 2026-11-20, reference: RA-2211}",
        "{date: 2999-01-04, reference: RA-3001}"));
    Cli future = ledger("init", planned.toString());
    assertEquals(1, future.exit, future::toString);
    assertTrue(future.err.contains("first; the reassessment RA-3001 of 2999-01-04 is dated after today, "), future::toString);
    assertTrue(future.err.endsWith(": a budget is lowered on a reassessment held, not one planned\n"
        + "ras: the setup was not changed\n"), future::toString);
    Cli still = ledger("statement", "--person", "P03", "--month", "2026-10");
    assertTrue(still.out.contains("budget £1,314.29"), still::toString);
  }

  @Test
  void recordAddsOneEntryOnceAndRefusesWhatTheLedgerRefuses() {
    Cli bare = ledger("record");
    assertEquals(0, bare.exit, bare::toString);
    // Thursday 31 December, 14:00-15:30: 90 x 23.13 / 60 = 34.695, £34.70.
    assertEquals("Recorded entry v-P01-1231 for P01 (visit on 2026-12-31).\n"
        + "  Visit 2026-12-31 14:00-15:30 (support-worker, Riverside Support): £34.70\n", bare.out);
    assertEquals("The entry v-P01-1231 for P01 (visit on 2026-12-31) was recorded before: recording it again changes nothing.\n",
        ledger("record").out);
    Cli mileage = ledger("record", "--kind", "mileage", "--person", "P09", "--date", "2026-12-12", "--provider",
        "Northgate Care", "--miles", "10");
    assertEquals(0, mileage.exit, mileage::toString);
    assertEquals("Recorded entry mileage-P09-2026-12-12 for P09 (mileage on 2026-12-12).\n"
        + "  Mileage: 10 miles with Northgate Care: £4.50\n", mileage.out);
    Cli noNote = ledger("record", "--kind", "one-off", "--person", "P09", "--date", "2026-12-04", "--amount", "20.00");
    assertEquals(2, noNote.exit, noNote::toString);
    assertEquals("ras: missing the required option for a one-off entry: --note\nsee 'ras ledger record --help'\n",
        noNote.err, noNote::toString);
    Cli late = ledger("record", "--kind", "one-off", "--person", "P09", "--date", "2027-01-04", "--amount", "20.00",
        "--note", "a kettle");
    assertEquals(1, late.exit, late::toString);
    assertEquals("ras: entry one-off-P09-2027-01-04 refused: it is dated 2027-01-04, outside the budget period 2026-10-01 "
        + "to 2026-12-31\n", late.err);
    Cli bad = ledger("record", "--kind", "visit", "--person", "P09", "--date", "2026-12-12", "--start", "9am", "--end",
        "10:00", "--provider", "Northgate Care", "--staff", "support-worker");
    assertEquals(2, bad.exit, bad::toString);
    assertTrue(bad.err.startsWith("ras: --start: '9am' is not a time HH:MM\n"), bad::toString);
  }

  @Test
  void recordNamesEveryOptionItsKindNeedsInOneMessage() {
    // The entry's reader stops at its first empty column: bare --kind visit said '--id is empty', then,
    // with --person and --date, '--start is empty', and so on, one a run.
    Cli visit = ledger("record", "--kind", "visit");
    assertEquals(2, visit.exit, visit::toString);
    assertEquals("ras: missing the required options for a visit entry: --person, --date, --start, --end, --provider, "
        + "--staff\nsee 'ras ledger record --help'\n", visit.err);
    Cli cancellation = ledger("record", "--kind", "cancellation", "--person", "P09", "--date", "2026-12-12", "--start",
        "10:00");
    assertEquals(2, cancellation.exit, cancellation::toString);
    assertEquals("ras: missing the required options for a cancellation entry: --end, --provider, --staff, --cancelled-by, "
        + "--notified\nsee 'ras ledger record --help'\n", cancellation.err);
    // A note is a direct-payment spend's to give or not: not required.
    Cli spend = ledger("record", "--kind", "direct-payment-spend");
    assertEquals("ras: missing the required options for a direct-payment-spend entry: --person, --date, --amount\n"
        + "see 'ras ledger record --help'\n", spend.err);
    Cli unknown = ledger("record", "--kind", "visits", "--person", "P09");
    assertEquals(2, unknown.exit, unknown::toString);
    assertTrue(unknown.err.startsWith("ras: --kind: 'visits' is not a kind of entry; one of planned, visit,"),
        unknown::toString);
  }

  @Test
  void reviewsAreListedOnTheDayAsked() {
    // P04's plan started on Monday 5 October: first review 8 weeks later, 30 November; due from 14 days before.
    // P07's started on Monday 21 September: first review by 16 November, overdue on the 20th.
    Cli r = ledger("reviews", "--on", "2026-11-20");
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.startsWith("Reviews on 2026-11-20, due or overdue:\n"), r::toString);
    assertTrue(r.out.contains("  P04  DUE  care plan review (mental health) by 2026-11-30: first review 8 weeks after the plan "
        + "started on 2026-10-05\n"), r::toString);
    assertTrue(r.out.contains("  P07  OVERDUE  care plan review (mental health) by 2026-11-16: first review 8 weeks after the plan "
        + "started on 2026-09-21\n"), r::toString);
    assertFalse(r.out.contains("NOT_YET"), r::toString);
    // On 14 December: P09's needs changed on the 10th and P05 went into hospital on 9 November, each making a
    // review due at once, neither held since; P01, reviewed on 24 July, is next due by 24 January 2027.
    Cli later = ledger("reviews", "--on", "2026-12-14");
    assertTrue(later.out.contains("  P09  OVERDUE  care plan review (learning disability) by 2026-12-10"), later::toString);
    assertTrue(later.out.contains("  P05  OVERDUE  care plan review (mental health) by 2026-11-09"), later::toString);
    assertFalse(later.out.contains("  P01  "), later::toString);
    // P06's first direct payment was on 1 October: reviewed within 6 months, by 1 April 2027.
    Cli all = ledger("reviews", "--on", "2026-11-20", "--all");
    assertTrue(all.out.contains("  P06  NOT_YET  direct-payment review by 2027-04-01"), all::toString);
  }

  @Test
  void aFolderNeverInitialisedIsAUsageError() {
    Cli r = Cli.run("ledger", "statement", "--ledger", dir.resolve("empty").toString());
    assertEquals(2, r.exit, r::toString);
    assertTrue(r.err.startsWith("ras: the ledger in " + dir.resolve("empty") + " has no setup yet; run 'ras ledger init SETUP --ledger "),
        r::toString);
  }
}
