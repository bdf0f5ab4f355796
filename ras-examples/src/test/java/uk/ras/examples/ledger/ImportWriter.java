package uk.ras.examples.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.ras.assessment.PersonId;
import uk.ras.ledger.Entry;
import uk.ras.ledger.LedgerTerms;

/**
 * A writer for {@link LedgerStoreCrashTest} to kill: run in a JVM of its own, it records a small batch,
 * then a large one, saying on stdout when the first is committed and when the large one is half written.
 *
 * <p>Arguments: the JDBC address, user and password, the person, and the large batch's size.
 */
final class ImportWriter {
  static final int FIRST = 10;

  private ImportWriter() {}

  public static void main(String[] args) {
    PersonId person = PersonId.of(args[3]);
    int size = Integer.parseInt(args[4]);
    LedgerTerms terms = LedgerFixtures.terms(person);
    List<Entry> first = new ArrayList<>();
    for (int n = 0; n < FIRST; n++) {
      first.add(LedgerFixtures.visit(person, n));
    }
    List<Entry> large = new ArrayList<>();
    for (int n = FIRST; n < FIRST + size; n++) {
      large.add(LedgerFixtures.visit(person, n));
    }
    String half = LedgerFixtures.visit(person, FIRST + size / 2).id().value();
    LedgerStore store = LedgerStore.open(args[0], args[1], args[2], e -> {
      if (e.id().value().equals(half)) {
        say("half written");
      }
    });
    store.append(terms, first);
    say("first committed");
    store.append(terms, large);
    say("large committed");
  }

  private static void say(String what) {
    System.out.println(what);
    System.out.flush();
  }

  /** The address {@link LedgerStore#inFolder} opens. */
  static String h2Url(Path folder) {
    return LedgerStore.h2Address(folder);
  }
}
