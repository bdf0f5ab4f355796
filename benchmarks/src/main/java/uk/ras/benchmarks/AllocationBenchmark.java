package uk.ras.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.ras.allocation.AnswerSheet;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.ColumnEncoder;
import uk.ras.assessment.Assessment;
import uk.ras.ruleset.QuestionId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.ras.allocation.Detail;
import uk.ras.money.Money;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.InformalSupport;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.RuleSet;

/**
 * Benchmark 1 of the performance issue, our side: scoring and pricing one assessment under the bundled
 * Northshire 2026 rule set (9 domains, 20 questions, informal support, price per point, contingency,
 * floor and ceiling), over the 65,536 generated assessments of {@link ScoringInputs}, taken in turn.
 *
 * <ul>
 *   <li>{@code figures}: an encoded answer sheet to a budget without explanation: the hot path;
 *   <li>{@code weekly}: an encoded answer sheet to its weekly amount ({@code Calculator.weekly}), the
 *       allocation-free path for bulk runs that need only the amounts;
 *   <li>{@code explained}: the same with the full explanation trace;
 *   <li>{@code encodeAndAllocate}: from an {@code Assessment} (id look-ups and checks) to a budget;
 *   <li>{@code encodeCells}: a row of text cells, as a CSV reader gives them (each input its own
 *       strings), to an answer sheet through a {@code ColumnEncoder}: what {@code ras allocate} does per row
 *       before allocating;
 *   <li>{@code handWrittenLookup}: the same rules hand-written over {@code int} arrays: option points
 *       summed per domain, capped, adjusted by a precomputed informal-support table, priced by a
 *       precomputed table of weekly pence per total; no objects;
 *   <li>{@code memoryFloor}: read the input's answer bytes and sum them: the memory-read floor.
 * </ul>
 *
 * <p>The hand-written lookup is checked at set-up to give our calculator's total and weekly amount for
 * every input. The peer DMN engines on the same inputs are in {@code PeerScoringBenchmark} (Maven
 * profile {@code peers}). Run from the repository root (see docs/performance.md):
 *
 * <pre>
 * mvn -B -q -Ppeers -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar '\.AllocationBenchmark\.|PeerScoringBenchmark' -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// A fixed heap, touched at start: otherwise the first pass through a young generation of gigabytes pays
// the operating system's page faults, and an allocating benchmark measured 300 ns an operation until its
// first collection and 70 ns after it (JMH iterations of one fork). The peers run on the same heap.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class AllocationBenchmark {
  private static final int MASK = ScoringInputs.COUNT - 1;
  private static final int CELL_ROWS_MASK = 256 - 1;

  private ScoringInputs inputs;
  private Calculator calculator;
  private AnswerSheet[] sheets;
  private ColumnEncoder encoder;
  private Assessment[] facts;
  private List<List<String>> cells;

  // The hand-written lookup's tables.
  private int[][] choices;
  private int[][] optionPoints;
  private int[] questionDomain;
  private int[] domainCap;
  private int informalSlot;
  /** adjusted[informal option][domain][capped points]. */
  private int[][][] adjusted;
  private long[] weeklyPence;
  private int[] scratch;

  // The memory floor: every input's answer indexes as bytes, one row after another.
  private byte[] answerBytes;
  private int slots;

  private int next;

  @Setup
  public void setUp() {
    inputs = ScoringInputs.northshire();
    calculator = inputs.calculator;
    sheets = inputs.sheets;
    choices = inputs.choices;
    buildHandWrittenTables(inputs.rules);
    for (int i = 0; i < ScoringInputs.COUNT; i++) {
      inputs.check("handWrittenLookup", i, handTotal(choices[i]), weeklyPence[handTotal(choices[i])]);
      inputs.check("weekly", i, calculator.totalPoints(sheets[i]), calculator.weekly(sheets[i]).pence());
    }
    encoder =
        calculator.encoder(inputs.questionIds.stream().map(QuestionId::of).collect(Collectors.toList()));
    facts = new Assessment[ScoringInputs.COUNT];
    cells = new ArrayList<>(ScoringInputs.COUNT);
    for (int i = 0; i < ScoringInputs.COUNT; i++) {
      facts[i] = Assessment.builder("P" + i).build();
      List<String> row = new ArrayList<>();
      for (int q = 0; q < inputs.questionIds.size(); q++) {
        // A copy, not the rule set's own string: a parser makes a new string for every cell.
        row.add(new String(inputs.optionIds.get(q).get(choices[i][q]).toCharArray()));
      }
      cells.add(row);
      if (calculator.totalPoints(encoder.encode(facts[i], row)) != calculator.totalPoints(sheets[i])) {
        throw new IllegalStateException("encodeCells disagrees with the calculator on input " + i);
      }
    }
    slots = inputs.questionIds.size();
    answerBytes = new byte[ScoringInputs.COUNT * slots];
    for (int i = 0; i < ScoringInputs.COUNT; i++) {
      for (int q = 0; q < slots; q++) {
        answerBytes[i * slots + q] = (byte) choices[i][q];
      }
    }
  }

  private void buildHandWrittenTables(RuleSet rules) {
    optionPoints = ScoringInputs.optionPoints(rules);
    questionDomain = new int[optionPoints.length];
    domainCap = new int[rules.domains().size()];
    int q = 0;
    int maxTotal = 0;
    for (int d = 0; d < domainCap.length; d++) {
      Domain domain = rules.domains().get(d);
      int max = 0;
      for (Question question : domain.questions()) {
        questionDomain[q++] = d;
        max += question.options().stream().mapToInt(o -> o.points()).max().orElse(0);
      }
      domainCap[d] = domain.cap().orElse(Integer.MAX_VALUE);
      maxTotal += Math.min(max, domainCap[d]);
    }
    InformalSupport informal = rules.informalSupport().orElseThrow();
    informalSlot = optionPoints.length;
    adjusted = new int[informal.options().size()][domainCap.length][];
    for (int o = 0; o < adjusted.length; o++) {
      BigDecimal keep = BigDecimal.ONE.subtract(informal.options().get(o).share());
      for (int d = 0; d < domainCap.length; d++) {
        int[] table = new int[Math.min(domainCap[d], maxTotal) + 1];
        boolean applies = informal.appliesTo().contains(rules.domains().get(d).id());
        for (int p = 0; p < table.length; p++) {
          table[p] =
              applies
                  ? BigDecimal.valueOf(p).multiply(keep).setScale(0, informal.rounding()).intValueExact()
                  : p;
        }
        adjusted[o][d] = table;
      }
    }
    Pricing pricing = rules.pricing();
    BigDecimal pencePerPoint = ((PricePerPoint) pricing.method()).poundsPerPoint().movePointRight(2);
    BigDecimal contingency = pricing.contingencyPercent().movePointLeft(2);
    long floor = pricing.floor().orElseThrow().pence();
    scratch = new int[domainCap.length];
    weeklyPence = new long[maxTotal + 1];
    for (int t = 0; t <= maxTotal; t++) {
      long priced =
          pencePerPoint.multiply(BigDecimal.valueOf(t)).setScale(0, RoundingMode.HALF_UP).longValueExact();
      long held =
          contingency.multiply(BigDecimal.valueOf(priced)).setScale(0, RoundingMode.HALF_UP).longValueExact();
      long amount = priced - held;
      // The ceiling's policy is 'refer': it flags, it does not cap.
      weeklyPence[t] = t > 0 && amount < floor ? floor : amount;
    }
  }

  private int handTotal(int[] chosen) {
    int[] raw = new int[domainCap.length];
    for (int q = 0; q < questionDomain.length; q++) {
      raw[questionDomain[q]] += optionPoints[q][chosen[q]];
    }
    int[][] table = adjusted[chosen[informalSlot]];
    int total = 0;
    for (int d = 0; d < raw.length; d++) {
      total += table[d][Math.min(raw[d], domainCap[d])];
    }
    return total;
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) & MASK;
    return i;
  }

  @Benchmark
  public Budget figures() {
    return calculator.allocate(sheets[nextIndex()], Detail.FIGURES);
  }

  /**
   * The primitive path for bulk what-if runs: total points and the precomputed weekly amount of an
   * encoded sheet, what the hand-written lookup computes, without making a budget.
   */
  @Benchmark
  public Money weekly() {
    return calculator.weekly(sheets[nextIndex()]);
  }

  @Benchmark
  public Budget explained() {
    return calculator.allocate(sheets[nextIndex()], Detail.EXPLAINED);
  }

  @Benchmark
  public Budget encodeAndAllocate() {
    return calculator.allocate(inputs.assessments[nextIndex()], Detail.FIGURES);
  }

  @Benchmark
  public AnswerSheet encodeCells() {
    // The first few hundred inputs only: a reader encodes the rows it has just parsed, in its cache.
    int i = nextIndex() & CELL_ROWS_MASK;
    return encoder.encode(facts[i], cells.get(i));
  }

  /**
   * The same rules written by hand over arrays, as a Java team would: a reused scratch array of domain
   * sums (this benchmark state has one thread), no objects made.
   */
  @Benchmark
  public long handWrittenLookup() {
    int[] chosen = choices[nextIndex()];
    int[] raw = scratch;
    Arrays.fill(raw, 0);
    for (int q = 0; q < questionDomain.length; q++) {
      raw[questionDomain[q]] += optionPoints[q][chosen[q]];
    }
    int[][] table = adjusted[chosen[informalSlot]];
    int total = 0;
    for (int d = 0; d < raw.length; d++) {
      total += table[d][Math.min(raw[d], domainCap[d])];
    }
    return weeklyPence[total];
  }

  @Benchmark
  public int memoryFloor() {
    int from = nextIndex() * slots;
    int sum = 0;
    for (int q = from; q < from + slots; q++) {
      sum += answerBytes[q];
    }
    return sum;
  }
}
