package uk.ras.benchmarks;

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
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.calibration.ClientGroup;
import uk.ras.calibration.CostAccumulator;
import uk.ras.calibration.CostSample;
import uk.ras.calibration.FitModel;
import uk.ras.calibration.PointsFit;
import uk.ras.money.Money;

/**
 * Benchmark 3 of the performance issue: calibration over {@code people} generated people (the
 * bundled rule set's budgets of the seeded {@link ScoringInputs}, reused in turn, with a current
 * weekly cost of about the budget plus noise).
 *
 * <ul>
 *   <li>{@code accumulateAndSnapshot}: adding every person's budget and cost, then the snapshot;
 *   <li>{@code fitThroughOrigin}, {@code fitWithIntercept}, {@code fitByDomain}: a least-squares fit
 *       of the snapshot.
 * </ul>
 *
 * <p>Two sizes (50,000 and 100,000 people) show whether the time is linear in the number of people.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar CalibrationBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
// A fixed heap touched at start, as for AllocationBenchmark: the first pass through a fresh young
// generation otherwise pays the operating system's page faults, in whichever iteration it falls.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class CalibrationBenchmark {
  @Param({"50000", "100000"})
  public int people;

  private Budget[] budgets;
  private Money[] current;
  private ClientGroup[] groups;
  private CostSample sample;
  private Calculator calculator;

  @Setup
  public void setUp() {
    ScoringInputs inputs = ScoringInputs.northshire();
    calculator = inputs.calculator;
    SplittableRandom random = new SplittableRandom(3_2026L);
    budgets = new Budget[people];
    current = new Money[people];
    groups = new ClientGroup[people];
    ClientGroup[] all = ClientGroup.values();
    for (int i = 0; i < people; i++) {
      budgets[i] = calculator.allocate(inputs.sheets[i % ScoringInputs.COUNT], Detail.FIGURES);
      long noise = random.nextLong(-3_000, 3_001);
      current[i] = Money.ofPence(Math.max(0, budgets[i].weekly().pence() + noise));
      groups[i] = all[random.nextInt(all.length)];
    }
    sample = accumulateAndSnapshot();
  }

  @Benchmark
  public CostSample accumulateAndSnapshot() {
    CostAccumulator acc = CostAccumulator.forDomains(calculator.ruleSet().domains().stream().map(d -> d.id()).toList());
    for (int i = 0; i < people; i++) {
      acc.add(budgets[i], groups[i], current[i]);
    }
    return acc.snapshot();
  }

  @Benchmark
  public PointsFit fitThroughOrigin() {
    return sample.fit(FitModel.THROUGH_ORIGIN);
  }

  @Benchmark
  public PointsFit fitWithIntercept() {
    return sample.fit(FitModel.WITH_INTERCEPT);
  }

  @Benchmark
  public PointsFit fitByDomain() {
    return sample.fit(FitModel.BY_DOMAIN);
  }
}
