package uk.ras.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.ledger.Entry;
import uk.ras.ledger.EntryKind;
import uk.ras.ledger.Ledger;

/** The ledger benchmark's generator and a run of it on ten people: a smoke test, no timing asserted. */
class LedgerThroughputTest {
  @TempDir Path folder;

  @Test
  void theSamePersonIsGeneratedTheSameWhateverWasGeneratedBefore() {
    CouncilYear first = CouncilYear.bundled();
    List<Entry> seventh = first.entries(7);
    first.entries(8);
    CouncilYear again = CouncilYear.bundled();
    assertEquals(seventh, again.entries(7));
    // Rates read twice are two objects with no value equality: the terms are compared by their text,
    // which names the rates, and by the budget.
    assertEquals(first.terms(7).weeklyBudget(), again.terms(7).weeklyBudget());
    assertEquals(first.terms(7).toString(), again.terms(7).toString());
  }

  @Test
  void aHundredPeopleHaveAboutThreeHundredAndFiftyEntriesEachOfEveryKindTheBenchmarkNeedsAllAccepted() {
    CouncilYear council = CouncilYear.bundled();
    Set<EntryKind> kinds = EnumSet.noneOf(EntryKind.class);
    long entries = 0;
    for (int n = 0; n < 100; n++) {
      List<Entry> e = council.entries(n);
      entries += e.size();
      // Refused entries would throw here, and the benchmark's import with them.
      Ledger ledger = Ledger.of(council.terms(n), e);
      assertEquals(e.size(), ledger.entries().size());
      e.forEach(x -> kinds.add(x.kind()));
    }
    assertTrue(entries >= 100 * 300 && entries <= 100 * 400, entries + " entries for 100 people");
    assertEquals(EnumSet.of(EntryKind.PLANNED, EntryKind.VISIT, EntryKind.CANCELLATION, EntryKind.BANKED,
        EntryKind.BANKED_USED, EntryKind.HOSPITAL_STAY, EntryKind.MILEAGE), kinds);
  }

  @Test
  void theBenchmarkRunsOnTenPeopleAndFindsEveryAlteredInvoiceLine() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    LedgerThroughput.Found found = new LedgerThroughput(10, new PrintStream(printed, true, StandardCharsets.UTF_8))
        .run(folder, 1);
    assertTrue(found.entries > 10 * 300, printed.toString(StandardCharsets.UTF_8));
    assertEquals(found.entries, found.bareRows);
    assertEquals(found.entries, found.storedRows);
    assertTrue(found.altered > 0);
    assertEquals(found.altered, found.differences);
    assertTrue(found.statementLines > 0);
  }
}
