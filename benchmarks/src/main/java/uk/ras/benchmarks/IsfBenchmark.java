package uk.ras.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import uk.ras.assessment.PersonId;
import uk.ras.isf.CostLine;
import uk.ras.isf.LeavePolicy;
import uk.ras.isf.Period;
import uk.ras.isf.Person;
import uk.ras.isf.Setting;
import uk.ras.isf.Split;
import uk.ras.isf.SpentWith;
import uk.ras.money.Money;

/**
 * Benchmark 4 of the performance issue: individual service funds for {@code settings} generated
 * settings (seeded) of 2 to 12 people each, half with personal funding given per person and half with
 * a budget split by weights; two core cost lines and one to three shared lines used by random subsets.
 *
 * <ul>
 *   <li>{@code splitAll}: every setting split into each person's ISF;
 *   <li>{@code leaveAll}: the full leave analysis: every person of every setting leaving, under both
 *       policies (re-split and hold the vacancy). A setting of n people needs 2n leave analyses of
 *       O(n) each, so this is O(n²) per setting by its nature, and linear in the number of settings.
 * </ul>
 *
 * <p>Two sizes (5,000 and 10,000 settings) show whether the time is linear in the caseload. Run:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar IsfBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
// A fixed heap touched at start, as for AllocationBenchmark: the first pass through a fresh young
// generation otherwise pays the operating system's page faults, in whichever iteration it falls.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class IsfBenchmark {
  @Param({"5000", "10000"})
  public int settings;

  private Setting[] generated;
  private int people;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(4_2026L);
    generated = new Setting[settings];
    for (int s = 0; s < settings; s++) {
      generated[s] = setting(s, random);
      people += generated[s].people().size();
    }
    System.out.println("# " + settings + " settings, " + people + " people");
  }

  static Setting setting(int s, SplittableRandom random) {
    int n = 2 + random.nextInt(11);
    boolean budget = (s & 1) == 0;
    Setting.Builder b = Setting.builder().name("Setting " + s).period(Period.WEEK);
    List<PersonId> ids = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      PersonId id = PersonId.of("S" + s + "P" + p);
      ids.add(id);
      Person person =
          budget
              ? Person.withWeight(id, 1 + random.nextInt(20))
              : Person.withPersonalFunding(id, Money.ofPence(2_000 + random.nextInt(30_000)));
      b.addPerson(random.nextInt(8) == 0 ? person.spentWith(SpentWith.OTHER_PROVIDER) : person);
    }
    long coreA = 50_000 + random.nextInt(100_000);
    long coreB = 10_000 + random.nextInt(60_000);
    b.addCost(CostLine.core("Sleep-in night support", Money.ofPence(coreA)));
    b.addCost(CostLine.core("House manager", Money.ofPence(coreB)));
    long shared = 0;
    int lines = 1 + random.nextInt(3);
    for (int l = 0; l < lines; l++) {
      List<PersonId> users = new ArrayList<>();
      for (PersonId id : ids) {
        if (random.nextBoolean()) {
          users.add(id);
        }
      }
      if (users.isEmpty()) {
        users.add(ids.get(0));
      }
      long amount = 5_000 + random.nextInt(50_000);
      shared += amount;
      b.addCost(CostLine.shared("Shared " + l, Money.ofPence(amount), users));
    }
    if (budget) {
      // Room for the people's own shares above the core and shared costs.
      b.budget(Money.ofPence(coreA + coreB + shared + n * (5_000L + random.nextInt(20_000))));
    }
    return b.build();
  }

  @Benchmark
  public void splitAll(Blackhole bh) {
    for (Setting s : generated) {
      bh.consume(s.split());
    }
  }

  /** Seconds per call: timed one call per iteration. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 5)
  @Measurement(iterations = 5)
  public void leaveAll(Blackhole bh) {
    for (Setting s : generated) {
      Split split = s.split(); // once per setting: Split.leave does not split again
      for (PersonId person : s.personIds()) {
        bh.consume(split.leave(person, LeavePolicy.RESPLIT));
        bh.consume(split.leave(person, LeavePolicy.HOLD_VACANCY));
      }
    }
  }
}
