package uk.ras.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import uk.ras.allocation.AnswerSheet;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.assessment.Assessment;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.InformalSupport;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.RuleSet;

/**
 * The generated inputs of the scoring benchmarks: {@link #COUNT} assessments under the bundled rule
 * set, every question answered with a uniformly chosen option (informal support included), from a
 * fixed seed, so that every benchmark class, in its own fork, scores exactly the same people. Many
 * inputs, taken in turn, keep branch prediction from learning one answer pattern.
 *
 * <p>Also the expected figures (our calculator's total points and weekly pence per input) that every
 * other implementation is checked against at set-up.
 */
public final class ScoringInputs {
  /** How many assessments; a power of two so that the next index is a mask. */
  public static final int COUNT = 1 << 16;

  public static final long SEED = 20261122L;

  public final RuleSet rules;
  public final Calculator calculator;
  /** The questions in the calculator's slot order (domains' questions, then informal support). */
  public final List<String> questionIds;
  /** The options of each question in slot order. */
  public final List<List<String>> optionIds;
  /** choices[i][slot]: the index of the chosen option. */
  public final int[][] choices;
  public final Assessment[] assessments;
  public final AnswerSheet[] sheets;
  public final int[] expectedTotal;
  public final long[] expectedWeeklyPence;

  private ScoringInputs(RuleSet rules) {
    this.rules = rules;
    this.calculator = Calculator.compile(rules);
    questionIds = new ArrayList<>();
    optionIds = new ArrayList<>();
    for (Domain d : rules.domains()) {
      for (Question q : d.questions()) {
        questionIds.add(q.id().value());
        optionIds.add(q.options().stream().map(o -> o.id().value()).toList());
      }
    }
    InformalSupport informal = rules.informalSupport().orElse(null);
    if (informal != null) {
      questionIds.add(informal.question().value());
      optionIds.add(informal.options().stream().map(o -> o.id().value()).toList());
    }
    SplittableRandom random = new SplittableRandom(SEED);
    choices = new int[COUNT][questionIds.size()];
    assessments = new Assessment[COUNT];
    sheets = new AnswerSheet[COUNT];
    expectedTotal = new int[COUNT];
    expectedWeeklyPence = new long[COUNT];
    for (int i = 0; i < COUNT; i++) {
      Assessment.Builder a = Assessment.builder("P" + i);
      for (int q = 0; q < questionIds.size(); q++) {
        int option = random.nextInt(optionIds.get(q).size());
        choices[i][q] = option;
        a.answer(questionIds.get(q), optionIds.get(q).get(option));
      }
      assessments[i] = a.build();
    }
    // The sheets are encoded in a pass of their own, so that they and their choices lie together in
    // memory, as the sheets of a caseload encoded once and kept for re-running do, and as the hand-written
    // lookup's arrays do; made in turn with each assessment's answer map, they would be spread over a
    // hundred megabytes and the benchmarks would measure memory misses.
    for (int i = 0; i < COUNT; i++) {
      sheets[i] = calculator.encode(assessments[i]);
    }
    for (int i = 0; i < COUNT; i++) {
      Budget budget = calculator.allocate(sheets[i], Detail.FIGURES);
      expectedTotal[i] = budget.totalPoints();
      expectedWeeklyPence[i] = budget.weekly().pence();
    }
  }

  /** The inputs under the bundled Northshire rule set. */
  public static ScoringInputs northshire() {
    return new ScoringInputs(Northshire.rules());
  }

  /** Input {@code i} as DMN input data: question id to chosen option id. */
  public Map<String, Object> answers(int i) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (int q = 0; q < questionIds.size(); q++) {
      answers.put(questionIds.get(q), optionIds.get(q).get(choices[i][q]));
    }
    return answers;
  }

  /**
   * Checks another implementation's figures for input {@code i}.
   *
   * @throws IllegalStateException naming the input and both figures, if they differ
   */
  public void check(String implementation, int i, long totalPoints, long weeklyPence) {
    if (totalPoints != expectedTotal[i] || weeklyPence != expectedWeeklyPence[i]) {
      throw new IllegalStateException(
          implementation
              + " disagrees with the calculator on input "
              + i
              + " "
              + answers(i)
              + ": "
              + totalPoints
              + " points, "
              + weeklyPence
              + "p a week; expected "
              + expectedTotal[i]
              + " points, "
              + expectedWeeklyPence[i]
              + "p");
    }
  }

  /** The points of each option of each domain question, in slot order (for hand-written lookups). */
  static int[][] optionPoints(RuleSet rules) {
    List<int[]> points = new ArrayList<>();
    for (Domain d : rules.domains()) {
      for (Question q : d.questions()) {
        points.add(q.options().stream().mapToInt(AnswerOption::points).toArray());
      }
    }
    return points.toArray(int[][]::new);
  }
}
