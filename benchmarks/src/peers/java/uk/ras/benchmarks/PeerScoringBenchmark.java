package uk.ras.benchmarks;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;
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
import com.gs.dmn.runtime.ExecutionContext;
import uk.ras.benchmarks.dmn.DmnModelWriter;
import uk.ras.benchmarks.jdmn.Total_points;
import uk.ras.benchmarks.jdmn.Weekly_pence;

/**
 * Benchmark 1 of the performance issue, the peers: the bundled rule set as a DMN model (written by
 * {@link DmnModelWriter}, committed, checked here to be today's), scored and priced for the same
 * 65,536 generated assessments as {@link AllocationBenchmark}:
 *
 * <ul>
 *   <li>{@code kieDmn}: Apache KIE DMN 10.2.0, default runtime configuration, {@code evaluateAll} on a
 *       fresh context holding the 21 answers;
 *   <li>{@code jdmnGenerated}: the model compiled to Java by jDMN 8.2.0's Maven plugin (with its
 *       decision cache, so that a decision several others need runs once), the top decision applied
 *       with a fresh execution context.
 * </ul>
 *
 * <p>At set-up each engine scores every input and must give the calculator's total points and weekly
 * amount; a difference stops the run. Only in the {@code peers} Maven profile; run with
 *
 * <pre>
 * mvn -B -q -Ppeers -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar '\.AllocationBenchmark\.|PeerScoringBenchmark' -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// Heavy engines need long warm-ups: at least 5 iterations of 3 s (the pitfall).
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
// A fixed heap, touched at start: otherwise the first pass through a young generation of gigabytes pays
// the operating system's page faults, and an allocating benchmark measured 300 ns an operation until its
// first collection and 70 ns after it (JMH iterations of one fork). The peers run on the same heap.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class PeerScoringBenchmark {
  private static final int MASK = ScoringInputs.COUNT - 1;

  private DMNRuntime kie;
  private DMNModel model;
  private Weekly_pence jdmn;
  /** The inputs as DMN input data, made once: the benchmarks measure the engines, not map building. */
  private Map<String, Object>[] answers;
  /** The same as positional strings in the order of the generated {@code apply}. */
  private String[][] positional;
  private int next;

  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() {
    ScoringInputs inputs = ScoringInputs.northshire();
    String dmn = Northshire.dmn();
    if (!dmn.equals(DmnModelWriter.write(inputs.rules, Northshire.DMN_MODEL_NAME))) {
      throw new IllegalStateException(Northshire.DMN + " is stale: regenerate it with DmnModelWriter");
    }
    Resource resource = ResourceFactory.newReaderResource(new StringReader(dmn));
    resource.setSourcePath("northshire-mh-2026.dmn");
    kie =
        DMNRuntimeBuilder.fromDefaults()
            .buildConfiguration()
            .fromResources(List.of(resource))
            .getOrElseThrow(e -> new IllegalStateException("KIE could not compile the model", e));
    model = kie.getModel(DmnModelWriter.NAMESPACE, Northshire.DMN_MODEL_NAME);
    if (model == null || model.hasErrors()) {
      throw new IllegalStateException(
          "KIE compiled the model with errors: " + (model == null ? "no model" : model.getMessages()));
    }
    jdmn = new Weekly_pence();
    Total_points jdmnTotal = new Total_points();
    answers = new Map[ScoringInputs.COUNT];
    positional = new String[ScoringInputs.COUNT][];
    for (int i = 0; i < ScoringInputs.COUNT; i++) {
      answers[i] = inputs.answers(i);
      positional[i] = positional(answers[i]);
      DMNResult result = evaluateKie(i);
      if (result.hasErrors()) {
        throw new IllegalStateException("KIE failed on input " + i + ": " + result.getMessages());
      }
      inputs.check(
          "KIE DMN",
          i,
          number(result.getDecisionResultByName("total_points").getResult(), "KIE", i),
          number(result.getDecisionResultByName("weekly_pence").getResult(), "KIE", i));
      String[] a = positional[i];
      inputs.check(
          "jDMN",
          i,
          number(
              jdmnTotal.apply(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11],
                  a[12], a[13], a[14], a[15], a[16], a[17], a[18], a[19], new ExecutionContext()),
              "jDMN",
              i),
          number(evaluateJdmn(i), "jDMN", i));
    }
  }

  /** The answers in the generated code's parameter order (the inputs' names, sorted). */
  private static String[] positional(Map<String, Object> answers) {
    return answers.keySet().stream().sorted().map(k -> (String) answers.get(k)).toArray(String[]::new);
  }

  private static long number(Object value, String engine, int i) {
    if (!(value instanceof BigDecimal)) {
      throw new IllegalStateException(engine + " gave " + value + " for input " + i);
    }
    return ((BigDecimal) value).longValueExact();
  }

  private DMNResult evaluateKie(int i) {
    DMNContext context = kie.newContext();
    for (Map.Entry<String, Object> answer : answers[i].entrySet()) {
      context.set(answer.getKey(), answer.getValue());
    }
    return kie.evaluateAll(model, context);
  }

  private BigDecimal evaluateJdmn(int i) {
    String[] a = positional[i];
    return jdmn.apply(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12],
        a[13], a[14], a[15], a[16], a[17], a[18], a[19], new ExecutionContext());
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) & MASK;
    return i;
  }

  @Benchmark
  public DMNResult kieDmn() {
    return evaluateKie(nextIndex());
  }

  @Benchmark
  public BigDecimal jdmnGenerated() {
    return evaluateJdmn(nextIndex());
  }
}
