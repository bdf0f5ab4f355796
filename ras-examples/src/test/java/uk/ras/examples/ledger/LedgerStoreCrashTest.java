package uk.ras.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.assessment.PersonId;
import uk.ras.ledger.Entry;
import uk.ras.ledger.LedgerTerms;

/**
 * A writer killed in the middle of a large import (its JVM destroyed, as by a power cut or {@code kill -9})
 * leaves the batches it committed whole and nothing of the one it was writing, on H2 (reopened from its
 * folder, as the command line would) and on PostgreSQL.
 */
class LedgerStoreCrashTest {
  private static final int LARGE = 20_000;

  @TempDir Path folder;

  /**
   * Each case's limit: one takes 5 to 30 seconds on a busy two-core machine. A store that hangs after the
   * kill (as H2 2.5.252 did while the entries were numbered by a sequence) fails the case with this
   * message, and the stack of the hung thread, instead of stopping the build.
   */
  private static final Duration LIMIT = Duration.ofMinutes(4);

  /** The writer's JVM, once started: killed after each case whatever happened, so that none outlives it. */
  private Process writer;

  @AfterEach
  void killTheWriter() {
    if (writer != null) {
      writer.destroyForcibly();
    }
  }

  @Test
  void aWriterKilledMidImportLeavesTheBatchWhollyAbsentOnH2() {
    assertTimeoutPreemptively(LIMIT, () -> {
      PersonId p = LedgerStoreContract.newPerson();
      List<String> said = killMidImport(ImportWriter.h2Url(folder), "", "", p);
      assertSurvivors(LedgerStore.inFolder(folder), p, said);
    }, () -> hung("H2"));
  }

  @Test
  void aCommitReportedJustBeforeTheKillIsKeptOnH2() {
    // Killed the moment it says its first batch is committed: the commit must be in H2's file. (This
    // writer's store closes its connection after each call, and H2 writes everything when its last
    // connection closes, so the case holds even without the store's CHECKPOINT; it guards the promise, not
    // that one line.)
    assertTimeoutPreemptively(LIMIT, () -> {
      PersonId p = LedgerStoreContract.newPerson();
      List<String> said = kill(ImportWriter.h2Url(folder), "", "", p, "first committed");
      assertEquals(List.of("first committed"), said);
      List<Entry> expected = new ArrayList<>();
      for (int n = 0; n < ImportWriter.FIRST; n++) {
        expected.add(LedgerFixtures.visit(p, n));
      }
      assertEquals(expected, LedgerStore.inFolder(folder).load(LedgerFixtures.terms(p)).entries());
    }, () -> hung("H2"));
  }

  @Test
  void aWriterKilledMidImportLeavesTheBatchWhollyAbsentOnPostgres() throws Exception {
    try (EmbeddedPostgres server = EmbeddedPostgres.start()) {
      assertTimeoutPreemptively(LIMIT, () -> {
        String url = server.getJdbcUrl("postgres", "postgres");
        PersonId p = LedgerStoreContract.newPerson();
        List<String> said = killMidImport(url, "postgres", "", p);
        assertSurvivors(LedgerStore.open(url, "postgres", ""), p, said);
      }, () -> hung("PostgreSQL"));
    }
  }

  private static String hung(String database) {
    return "the killed writer's test on " + database + " did not finish within " + LIMIT.toMinutes() + " minutes: the"
        + " writer never said it was half way, or the store hung reopening or writing after the kill (the stack of the"
        + " test's thread is below)";
  }

  private static void assertSurvivors(LedgerStore reopened, PersonId p, List<String> said) {
    List<Entry> expected = new ArrayList<>();
    for (int n = 0; n < ImportWriter.FIRST; n++) {
      expected.add(LedgerFixtures.visit(p, n));
    }
    LedgerTerms terms = LedgerFixtures.terms(p);
    // Killed half way through writing, before its commit: the large batch is wholly absent, the first
    // batch wholly there; and the store takes the same batch again afterwards, whole.
    assertFalse(said.contains("large committed"), said::toString);
    assertEquals(expected, reopened.load(terms).entries());
    List<Entry> large = new ArrayList<>();
    for (int n = ImportWriter.FIRST; n < ImportWriter.FIRST + LARGE; n++) {
      large.add(LedgerFixtures.visit(p, n));
    }
    assertEquals(LARGE, reopened.append(terms, large));
    assertEquals(ImportWriter.FIRST + LARGE, reopened.load(terms).entries().size());
  }

  /** Runs {@link ImportWriter} in a JVM of its own and kills it once it says it is half way through. */
  private List<String> killMidImport(String url, String user, String password, PersonId p) throws Exception {
    List<String> said = kill(url, user, password, p, "half written");
    assertEquals(List.of("first committed", "half written"), said);
    return said;
  }

  /** Runs {@link ImportWriter} in a JVM of its own and kills it once it says {@code killOn}; what it said. */
  private List<String> kill(String url, String user, String password, PersonId p, String killOn) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            ImportWriter.class.getName(), url, user, password, p.value(), Integer.toString(LARGE))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    List<String> said = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        said.add(line);
        if (line.equals(killOn)) {
          writer.destroyForcibly();
          break;
        }
      }
    } finally {
      writer.destroyForcibly();
      assertTrue(writer.waitFor(60, TimeUnit.SECONDS));
    }
    return said;
  }
}
