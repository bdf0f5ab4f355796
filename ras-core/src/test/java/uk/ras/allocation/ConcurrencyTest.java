package uk.ras.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import uk.ras.assessment.Assessment;
import uk.ras.ruleset.RuleSet;

/**
 * One compiled calculator shared by many threads gives exactly the budgets (and explanations) it gives
 * on one thread. A stress test with a fixed seed: many generated rule sets, each hammered by 8 threads
 * that start together.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final long SEED = 20261122L;

  /** A rule set and 300 people who fit it. */
  private static final Gen<Caseload> CASELOADS =
      r -> {
        RuleSet rules = Generated.ruleSets().generate(r);
        List<Assessment> people = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
          people.add(Generated.assessment(r, rules));
        }
        return new Caseload(rules, people);
      };

  private record Caseload(RuleSet rules, List<Assessment> people) {}

  @Test
  void aSharedCalculatorGivesTheSameBudgetsOnManyThreadsAsOnOne() {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      qt().withFixedSeed(SEED).withExamples(20).forAll(CASELOADS).checkAssert(c -> stress(pool, c));
    } finally {
      pool.shutdownNow();
    }
  }

  private static void stress(ExecutorService pool, Caseload caseload) {
    Calculator calculator = Calculator.compile(caseload.rules());
    List<Assessment> people = caseload.people();
    List<Budget> expected = new ArrayList<>();
    List<String> expectedText = new ArrayList<>();
    for (Assessment a : people) {
      Budget b = calculator.allocate(a);
      expected.add(b);
      expectedText.add(b.explanation().orElseThrow().toText());
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Budget>>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int offset = t;
      Callable<List<Budget>> work =
          () -> {
            start.await();
            Budget[] mine = new Budget[people.size()];
            // Each thread walks the people from a different place, so threads overlap on different inputs.
            for (int k = 0; k < people.size(); k++) {
              int i = (k + offset * 37) % people.size();
              mine[i] = calculator.allocate(people.get(i), k % 2 == 0 ? Detail.EXPLAINED : Detail.FIGURES);
            }
            return List.of(mine);
          };
      results.add(pool.submit(work));
    }
    start.countDown();
    for (Future<List<Budget>> f : results) {
      List<Budget> got;
      try {
        got = f.get(60, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new AssertionError("a thread failed", e);
      }
      assertEquals(expected, got);
      for (int i = 0; i < got.size(); i++) {
        int index = i;
        got.get(i)
            .explanation()
            .ifPresent(e -> assertEquals(expectedText.get(index), e.toText(), "explanation " + index));
      }
    }
  }
}
