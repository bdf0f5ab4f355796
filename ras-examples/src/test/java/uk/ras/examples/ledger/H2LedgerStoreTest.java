package uk.ras.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.assessment.PersonId;
import uk.ras.ledger.LedgerTerms;

/** The store's contract on H2 in file mode, as the command line keeps it. */
class H2LedgerStoreTest extends LedgerStoreContract {
  private static final AtomicInteger FRESH = new AtomicInteger();

  @TempDir static Path folder;

  @Override
  String[] database() {
    return new String[] {LedgerStore.h2Address(folder) + ";DB_CLOSE_DELAY=-1", "", ""};
  }

  @Override
  String[] freshDatabase() {
    return new String[] {LedgerStore.h2Address(folder.resolve("fresh-" + FRESH.incrementAndGet())), "", ""};
  }

  @Test
  void aFolderNamedIsCreatedOnFirstUseAndKeepsTheLedger() {
    Path named = folder.resolve("not/yet/there");
    PersonId p = newPerson();
    LedgerTerms terms = LedgerFixtures.terms(p);
    LedgerStore.inFolder(named).append(terms, List.of(LedgerFixtures.visit(p, 1)));
    assertTrue(Files.isRegularFile(named.resolve("ledger.mv.db")));
    assertEquals(List.of(LedgerFixtures.visit(p, 1)), LedgerStore.inFolder(named).load(terms).entries());
  }
}
