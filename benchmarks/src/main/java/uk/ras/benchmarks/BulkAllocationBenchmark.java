package uk.ras.benchmarks;

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
import uk.ras.allocation.AnswerSheet;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.Eligibility;
import uk.ras.ruleset.FacsBand;
import uk.ras.funding.StreamAmount;
import uk.ras.ruleset.RuleSet;

/**
 * Benchmark 2 of the performance issue: bulk allocation of 1,000,000 assessments with funding-stream
 * attribution, summing each stream's weekly amount over the caseload (what a what-if study reports).
 *
 * <p>The rules are the bundled Northshire 2026 file as it stands, with its two funding streams: adult
 * social care (FACS substantial or above, or Care Act eligible) and Supporting People (anyone), several
 * domains shared between them with fallbacks. FACS bands are drawn uniformly per person.
 *
 * <p>The 65,536 generated answer sets of {@link ScoringInputs} (with eligibility added) are encoded and
 * allocated in turn until a million budgets are made; {@code streams=false} runs the same million under
 * the same rules without their streams ({@link Northshire#rules()}), for the cost of the attribution.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar BulkAllocationBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
// One call is a million allocations (a second or so): timed one call per iteration.
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
// A fixed heap touched at start, as for AllocationBenchmark: the first pass through a fresh young
// generation otherwise pays the operating system's page faults, in whichever iteration it falls.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class BulkAllocationBenchmark {
  public static final int MILLION = 1_000_000;

  @Param({"true", "false"})
  public boolean streams;

  private Calculator calculator;
  private AnswerSheet[] sheets;
  private int streamCount;

  @Setup
  public void setUp() {
    ScoringInputs inputs = ScoringInputs.northshire();
    RuleSet rules = streams ? Northshire.bundledRules() : Northshire.rules();
    streamCount = rules.streams().size();
    if (streams && streamCount == 0) {
      throw new IllegalStateException("the bundled rule set has lost its funding streams");
    }
    calculator = Calculator.compile(rules);
    SplittableRandom random = new SplittableRandom(2_2026L);
    FacsBand[] bands = FacsBand.values();
    sheets = new AnswerSheet[ScoringInputs.COUNT];
    for (int i = 0; i < sheets.length; i++) {
      Assessment a = inputs.assessments[i];
      Assessment.Builder b = Assessment.builder(a.person().value());
      a.answers().forEach((q, o) -> b.answer(q.value(), o.value()));
      b.eligibility(Eligibility.of(bands[random.nextInt(bands.length)], null));
      sheets[i] = calculator.encode(b.build());
    }
    // The streams must add up to each budget: check every input once.
    for (AnswerSheet sheet : sheets) {
      Budget budget = calculator.allocate(sheet, Detail.FIGURES);
      long sum = budget.streams().stream().mapToLong(s -> s.weekly().pence()).sum();
      if (budget.streams().size() != streamCount || (streams && sum != budget.weekly().pence())) {
        throw new IllegalStateException("streams do not add up for " + budget + ": " + budget.streams());
      }
    }
  }

  /** A million allocations; returns the weekly pence of each stream (or the total), summed. */
  @Benchmark
  public long[] allocateMillion() {
    long[] weekly = new long[Math.max(1, streamCount)];
    AnswerSheet[] in = sheets;
    for (int n = 0; n < MILLION; n++) {
      Budget budget = calculator.allocate(in[n & (ScoringInputs.COUNT - 1)], Detail.FIGURES);
      List<StreamAmount> amounts = budget.streams();
      if (amounts.isEmpty()) {
        weekly[0] += budget.weekly().pence();
      } else {
        for (int s = 0; s < amounts.size(); s++) {
          weekly[s] += amounts.get(s).weekly().pence();
        }
      }
    }
    return weekly;
  }
}
