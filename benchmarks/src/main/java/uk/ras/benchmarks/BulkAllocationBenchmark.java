package uk.ras.benchmarks;

import java.math.BigDecimal;
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
import uk.ras.allocation.AnswerSheet;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.Eligibility;
import uk.ras.assessment.FacsBand;
import uk.ras.funding.FundingStream;
import uk.ras.funding.StreamAmount;
import uk.ras.funding.StreamEligibility;
import uk.ras.funding.StreamId;
import uk.ras.funding.StreamShare;
import uk.ras.money.Money;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.RuleSet;

/**
 * Benchmark 2 of the performance issue: bulk allocation of 1,000,000 assessments with funding-stream
 * attribution, summing each stream's weekly amount over the caseload (what a what-if study reports).
 *
 * <p>The bundled rule set does not declare funding streams yet (its file format gains them with the
 * funding-streams issue), so this benchmark adds three in code: social care (FACS substantial or above,
 * or Care Act eligible) pays for personal care, eating and drinking, daily living and community;
 * Supporting People (anyone) pays for housing, finances and work; safety is half social care (falling
 * back to Supporting People) and half Supporting People; wellbeing is the NHS's section 117 aftercare
 * stream (anyone). FACS bands are drawn uniformly per person.
 *
 * <p>The 65,536 encoded inputs of {@link ScoringInputs} (with eligibility added) are allocated in turn
 * until a million budgets are made; {@code streams=false} runs the same million without streams, for
 * the cost of the attribution. Run: {@code java -jar benchmarks/target/benchmarks.jar
 * BulkAllocationBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
// One call is a million allocations (seconds): timed one call per iteration.
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class BulkAllocationBenchmark {
  public static final int MILLION = 1_000_000;
  static final StreamId SOCIAL_CARE = StreamId.of("social_care");
  static final StreamId SUPPORTING_PEOPLE = StreamId.of("supporting_people");
  static final StreamId S117 = StreamId.of("nhs_s117");

  @Param({"true", "false"})
  public boolean streams;

  private Calculator calculator;
  private AnswerSheet[] sheets;

  @Setup
  public void setUp() {
    ScoringInputs inputs = ScoringInputs.northshire();
    RuleSet rules = streams ? withStreams(inputs.rules) : inputs.rules;
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
    if (streams) {
      // The streams must add up to each budget: check every input once.
      for (AnswerSheet sheet : sheets) {
        Budget budget = calculator.allocate(sheet, Detail.FIGURES);
        long sum = budget.streams().stream().mapToLong(s -> s.weekly().pence()).sum();
        if (budget.streams().size() != 3 || sum != budget.weekly().pence()) {
          throw new IllegalStateException("streams do not add up for " + budget + ": " + budget.streams());
        }
      }
    }
  }

  static RuleSet withStreams(RuleSet base) {
    List<Domain> domains = new ArrayList<>();
    for (Domain d : base.domains()) {
      switch (d.id().value()) {
        case "housing", "finances", "work_learning" ->
            domains.add(d.withFunding(StreamShare.builder().stream(SUPPORTING_PEOPLE).build()));
        case "safety" ->
            domains.add(
                d.withFunding(
                    StreamShare.builder()
                        .stream(SOCIAL_CARE)
                        .share(BigDecimal.valueOf(50))
                        .otherwise(SUPPORTING_PEOPLE)
                        .build(),
                    StreamShare.builder().stream(SUPPORTING_PEOPLE).share(BigDecimal.valueOf(50)).build()));
        case "wellbeing" -> domains.add(d.withFunding(StreamShare.builder().stream(S117).build()));
        default -> domains.add(d.withFunding(StreamShare.builder().stream(SOCIAL_CARE).build()));
      }
    }
    return base.withDomains(domains)
        .withStreams(
            FundingStream.builder()
                .id(SOCIAL_CARE)
                .name("Social care")
                .eligibility(StreamEligibility.requiring(FacsBand.SUBSTANTIAL, true))
                .annualEnvelope(Money.ofPence(40_000_000_00L))
                .build(),
            FundingStream.builder()
                .id(SUPPORTING_PEOPLE)
                .name("Supporting People")
                .chargeable(false)
                .annualEnvelope(Money.ofPence(8_000_000_00L))
                .build(),
            FundingStream.builder()
                .id(S117)
                .name("NHS section 117 aftercare")
                .chargeable(false)
                .annualEnvelope(Money.ofPence(6_000_000_00L))
                .build());
  }

  /** A million allocations; returns the weekly pence of each stream (or the total), summed. */
  @Benchmark
  public long[] allocateMillion() {
    long[] weekly = new long[3];
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
