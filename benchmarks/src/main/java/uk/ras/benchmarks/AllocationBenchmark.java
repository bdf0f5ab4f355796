package uk.ras.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.infra.Blackhole;
import uk.ras.allocation.AnswerSheet;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.assessment.Assessment;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.RuleSet;
import uk.ras.rules.RuleSetReader;

/**
 * Scoring and pricing one assessment under the bundled Northshire 2026 rule set (9 domains, 20
 * questions, informal support, price per point, contingency, floor and ceiling), over 65,536 generated
 * assessments so that branch prediction cannot learn one input.
 *
 * <ul>
 *   <li>{@code figures}: an encoded answer sheet to a budget without explanation: the hot path;
 *   <li>{@code explained}: the same with the full explanation trace;
 *   <li>{@code encodeAndAllocate}: from an {@link Assessment} (id look-ups and checks) to a budget;
 *   <li>{@code arrayFloor}: the hand-written floor: sum the chosen options' points from an {@code
 *       int[][]} and read a precomputed price, with no budget object.
 * </ul>
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar AllocationBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AllocationBenchmark {
  private static final int INPUTS = 1 << 16;

  private Calculator calculator;
  private Assessment[] assessments;
  private AnswerSheet[] sheets;
  private int[][] points;
  private int[][] choices;
  private long[] pricePerTotal;
  private int next;

  @Setup
  public void setUp() {
    RuleSet rules = bundledRules();
    calculator = Calculator.compile(rules);
    List<Question> questions =
        rules.domains().stream().flatMap(d -> d.questions().stream()).toList();
    SplittableRandom random = new SplittableRandom(20261122);
    assessments = new Assessment[INPUTS];
    sheets = new AnswerSheet[INPUTS];
    choices = new int[INPUTS][questions.size()];
    for (int i = 0; i < INPUTS; i++) {
      Assessment.Builder a = Assessment.builder("P" + i);
      for (int q = 0; q < questions.size(); q++) {
        Question question = questions.get(q);
        int option = random.nextInt(question.options().size());
        choices[i][q] = option;
        a.answer(question.id().value(), question.options().get(option).id().value());
      }
      assessments[i] = a.build();
      sheets[i] = calculator.encode(assessments[i]);
    }
    points = new int[questions.size()][];
    for (int q = 0; q < questions.size(); q++) {
      points[q] = questions.get(q).options().stream().mapToInt(o -> o.points()).toArray();
    }
    int max = 0;
    for (Domain d : rules.domains()) {
      for (Question q : d.questions()) {
        max += q.options().stream().mapToInt(o -> o.points()).max().orElse(0);
      }
    }
    pricePerTotal = new long[max + 1];
    for (int t = 0; t <= max; t++) {
      pricePerTotal[t] = t * 485L;
    }
  }

  static RuleSet bundledRules() {
    String name = "/uk/ras/examples/northshire-mh-2026.yaml";
    try (InputStream in = AllocationBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path");
      }
      return RuleSetReader.create().read("northshire-mh-2026.yaml", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) & (INPUTS - 1);
    return i;
  }

  @Benchmark
  public Budget figures() {
    return calculator.allocate(sheets[nextIndex()], Detail.FIGURES);
  }

  @Benchmark
  public Budget explained() {
    return calculator.allocate(sheets[nextIndex()], Detail.EXPLAINED);
  }

  @Benchmark
  public Budget encodeAndAllocate() {
    return calculator.allocate(assessments[nextIndex()], Detail.FIGURES);
  }

  @Benchmark
  public void arrayFloor(Blackhole bh) {
    int[] chosen = choices[nextIndex()];
    int total = 0;
    for (int q = 0; q < chosen.length; q++) {
      total += points[q][chosen[q]];
    }
    bh.consume(pricePerTotal[total]);
  }
}
