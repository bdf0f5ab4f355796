package uk.ras.allocation;

import uk.ras.pricing.BudgetFlag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.AssessmentProblem;
import uk.ras.assessment.InvalidAssessmentException;
import uk.ras.assessment.PractitionerAttribution;
import uk.ras.pricing.PriceSchedule;
import uk.ras.funding.StreamAllocator;
import uk.ras.money.Money;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.InformalSupport;
import uk.ras.ruleset.InvalidRuleSetException;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleProblem;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.RuleSetValidator;

/**
 * A rule set compiled for allocation: compile once, allocate millions of times, from any number of
 * threads.
 *
 * <pre>{@code
 * Calculator calculator = Calculator.compile(rules);
 * Budget budget = calculator.allocate(assessment);            // with its explanation
 * Budget fast = calculator.allocate(assessment, Detail.FIGURES); // figures only
 * }</pre>
 *
 * <p>An allocation runs in this order: each answer scores its option's points in its domain; each
 * domain's points are capped; the informal-support share reduces the domains it applies to, {@code
 * round(capped * (1 - share))}; the domains add up to the total; the total is priced (see {@link
 * uk.ras.ruleset.Pricing}); the weekly amount is converted to an annual one by the rule set's weeks per
 * year. Compiling flattens the questionnaire into arrays and prices every possible total in advance, so
 * the figures path reads arrays only: no maps, no reflection, no decimal arithmetic.
 *
 * <p>Immutable and thread-safe.
 */
public final class Calculator {
  private final RuleSet rules;
  private final String label;
  private final PriceSchedule prices;
  /** Null when the rule set declares no funding streams. */
  private final StreamAllocator streams;

  // The questionnaire, flattened. Question slots 0..n-1 are the domains' questions in order; the
  // informal-support question, if any, is slot n.
  private final QuestionId[] questionIds;
  private final String[] questionTexts;
  private final boolean[] required;
  /** Domain d's questions are slots domainStart[d] to domainStart[d + 1] - 1. */
  private final int[] domainStart;
  /** Domain d's last question slot, domainStart[d + 1] - 1: every domain has a question. */
  private final int[] domainLast;
  private final OptionId[][] optionIds;
  /**
   * The option ids as text, for matching the cells of a {@link ColumnEncoder} without making ids. Interned
   * (once, here): every calculator in the JVM then holds the same string for the same option text, so a
   * reader that gives cells as those strings, such as {@code ras allocate}'s, is matched by identity
   * under every rule set, without comparing characters.
   */
  private final String[][] optionTexts;
  /** Each option text's hash code: a cell is compared, character by character, only with its match. */
  private final int[][] optionHashes;
  /**
   * Per question slot, a table from a cell's hash to the one option whose id may be that cell (-1: none),
   * read at {@code (hash * optionMixer[slot]) >>> optionShift[slot]}; null where no table up to 256
   * places separates the slot's ids (two ids with one hash code), and the options are then tried in turn.
   * With the answers in random order, a loop over the options left at a different place for each cell,
   * and the processor mostly guessed wrong where (JMH encodeCells, measured in commit 253a3c4).
   */
  private final int[][] optionByHash;

  private final int[] optionMixer;
  private final int[] optionShift;
  /**
   * Whether each option's id has no white space at either end, so that a cell equal to it as it stands
   * is that option (stripping the cell would change nothing); false for an id such as {@code " b"},
   * which a stripped cell can never equal.
   */
  private final boolean[][] plainIds;
  /**
   * The domains' questions' points in one array, read by the scoring loop: slot q's option o scores
   * {@code flatPoints[pointsAt[q] + o]}, and {@code flatPoints[pointsAt[q] - 1]} is 0, for the choice -1
   * (unanswered), so scoring an answer needs no test of the choice. (The array alone measured no faster
   * than a row per question; the one loop of {@link #score} over it is what did.)
   */
  private final int[] flatPoints;

  private final int[] pointsAt;
  private final DomainId[] domainIds;
  private final int[] domainCap;
  /** Each domain's most points: its cap, or its questions' highest points added up if that is less. */
  private final int[] domainMax;
  /**
   * Each domain's points after its cap and the informal-support adjustment, for every informal-support
   * choice, in one array: domain d's points from raw points r under informal option o (-1: none, or not
   * answered) are {@code finalPoints[finalAt[(o + 1) * domains + d] + min(r, domainMax[d])]}. The cap and
   * the adjustment become one read, with no test of whether the adjustment applies.
   */
  private final int[] finalPoints;

  private final int[] finalAt;
  /** Whether informal support applies to each domain (for the explanation). */
  private final boolean[] informalApplies;
  /** The label and the shared domain points that every budget of this calculator holds. */
  private final DomainTable domainTable;
  private final int informalSlot;
  /** Question id to slot, for encoding assessments; the allocation path never uses it. */
  private final Map<QuestionId, Integer> slotById = new HashMap<>();
  private final InformalSupport informal;
  // The explanation's parts that depend on the rule set alone, made once and shared by every budget.
  /** The trace of answering question slot q with option o; the domains' questions only. */
  private final AnswerTrace[][] answerTraces;
  private final InformalSupportTrace[] informalTraces;
  /** Domain traces shared by the explanations that have them; see {@link #domainTrace}. */
  private final DomainTrace[][] sharedDomainTraces;
  /** The figures of each total when there are no streams and no contribution, the usual case; else empty. */
  private final Figures[] uncontributed;

  private Calculator(RuleSet rules) {
    this.rules = rules;
    this.label = rules.label();
    List<Question> questions = new ArrayList<>();
    domainIds = new DomainId[rules.domains().size()];
    domainCap = new int[domainIds.length];
    domainMax = new int[domainIds.length];
    for (int d = 0; d < domainIds.length; d++) {
      Domain domain = rules.domains().get(d);
      domainIds[d] = domain.id();
      long max = 0;
      for (Question q : domain.questions()) {
        questions.add(q);
        max += q.options().stream().mapToInt(AnswerOption::points).max().orElse(0);
      }
      domainCap[d] = domain.cap().orElse(Integer.MAX_VALUE);
      domainMax[d] = (int) Math.min(max, domainCap[d]);
    }
    domainTable = new DomainTable(label, domainIds, domainMax);
    domainStart = new int[domainIds.length + 1];
    for (int d = 0; d < domainIds.length; d++) {
      domainStart[d + 1] = domainStart[d] + rules.domains().get(d).questions().size();
    }
    domainLast = new int[domainIds.length];
    for (int d = 0; d < domainIds.length; d++) {
      domainLast[d] = domainStart[d + 1] - 1;
    }
    informal = rules.informalSupport().orElse(null);
    int slots = questions.size() + (informal == null ? 0 : 1);
    informalSlot = informal == null ? -1 : questions.size();
    questionIds = new QuestionId[slots];
    questionTexts = new String[slots];
    required = new boolean[slots];
    optionIds = new OptionId[slots][];
    int[][] optionPoints = new int[questions.size()][];
    answerTraces = new AnswerTrace[questions.size()][];
    for (int d = 0, q = 0; d < domainIds.length; d++) {
      for (Question question : rules.domains().get(d).questions()) {
        questionIds[q] = question.id();
        questionTexts[q] = question.text();
        required[q] = question.required();
        optionIds[q] = question.options().stream().map(AnswerOption::id).toArray(OptionId[]::new);
        optionPoints[q] = question.options().stream().mapToInt(AnswerOption::points).toArray();
        answerTraces[q] = new AnswerTrace[question.options().size()];
        for (int o = 0; o < answerTraces[q].length; o++) {
          AnswerOption option = question.options().get(o);
          answerTraces[q][o] =
              new AnswerTrace(
                  domainIds[d], question.id(), question.text(), option.id(), option.label(), option.points());
        }
        q++;
      }
    }
    // adjusted[option][domain][capped]: a domain's points after the informal adjustment; null: not applied.
    int[][][] adjusted;
    if (informal == null) {
      adjusted = new int[0][][];
      informalTraces = new InformalSupportTrace[0];
    } else {
      questionIds[informalSlot] = informal.question();
      questionTexts[informalSlot] = informal.text();
      required[informalSlot] = informal.required();
      optionIds[informalSlot] =
          informal.options().stream().map(o -> o.id()).toArray(OptionId[]::new);
      adjusted = new int[informal.options().size()][domainIds.length][];
      informalTraces =
          informal.options().stream()
              .map(o -> new InformalSupportTrace(informal.question(), o.id(), o.label(), o.share()))
              .toArray(InformalSupportTrace[]::new);
      for (int o = 0; o < informal.options().size(); o++) {
        BigDecimal keep = BigDecimal.ONE.subtract(informal.options().get(o).share());
        for (int d = 0; d < domainIds.length; d++) {
          if (appliesTo(informal, domainIds[d])) {
            int[] table = new int[domainMax[d] + 1];
            for (int capped = 0; capped < table.length; capped++) {
              table[capped] =
                  BigDecimal.valueOf(capped)
                      .multiply(keep)
                      .setScale(0, informal.rounding())
                      .intValueExact();
            }
            adjusted[o][d] = table;
          }
        }
      }
    }
    sharedDomainTraces = new DomainTrace[domainIds.length][(informalTraces.length + 1) * DomainTable.SHARED];
    informalApplies = new boolean[domainIds.length];
    for (int d = 0; d < domainIds.length; d++) {
      informalApplies[d] = informal != null && appliesTo(informal, domainIds[d]);
    }
    pointsAt = new int[optionPoints.length];
    int pointCount = 0;
    for (int[] options : optionPoints) {
      pointCount += options.length + 1;
    }
    flatPoints = new int[pointCount];
    for (int q = 0, at = 0; q < optionPoints.length; q++) {
      pointsAt[q] = at + 1; // flatPoints[at] stays 0: the unanswered choice
      System.arraycopy(optionPoints[q], 0, flatPoints, at + 1, optionPoints[q].length);
      at += optionPoints[q].length + 1;
    }
    int rows = adjusted.length + 1; // no informal option (row 0), then each option
    finalAt = new int[rows * domainIds.length];
    int finalCount = 0;
    for (int d = 0; d < domainIds.length; d++) {
      finalCount += domainMax[d] + 1;
    }
    finalPoints = new int[Math.multiplyExact(finalCount, rows)];
    for (int row = 0, at = 0; row < rows; row++) {
      for (int d = 0; d < domainIds.length; d++) {
        finalAt[row * domainIds.length + d] = at;
        int[] table = row == 0 ? null : adjusted[row - 1][d];
        for (int capped = 0; capped <= domainMax[d]; capped++) {
          finalPoints[at + capped] = table == null ? capped : table[capped];
        }
        at += domainMax[d] + 1;
      }
    }
    optionTexts = new String[slots][];
    optionHashes = new int[slots][];
    optionByHash = new int[slots][];
    optionMixer = new int[slots];
    optionShift = new int[slots];
    plainIds = new boolean[slots][];
    for (int slot = 0; slot < questionIds.length; slot++) {
      slotById.put(questionIds[slot], slot);
      optionTexts[slot] =
          Arrays.stream(optionIds[slot]).map(id -> id.value().intern()).toArray(String[]::new);
      optionHashes[slot] = Arrays.stream(optionTexts[slot]).mapToInt(String::hashCode).toArray();
      hashTable(slot);
      plainIds[slot] = new boolean[optionTexts[slot].length];
      for (int i = 0; i < plainIds[slot].length; i++) {
        plainIds[slot][i] = optionTexts[slot][i].strip().equals(optionTexts[slot][i]);
      }
    }
    prices =
        PriceSchedule.compile(
            rules.pricing(),
            rules.rounding(),
            rules.weeksPerYear(),
            RuleSetValidator.maxTotalPoints(rules));
    streams = rules.streams().isEmpty() ? null : StreamAllocator.of(rules);
    uncontributed = new Figures[streams == null ? prices.maxTotal() + 1 : 0];
    for (int total = 0; total < uncontributed.length; total++) {
      uncontributed[total] = priced(total, Money.zero());
    }
  }

  private static boolean appliesTo(InformalSupport informal, DomainId domain) {
    return informal.appliesTo().isEmpty() || informal.appliesTo().contains(domain);
  }

  /**
   * Validates and compiles a rule set.
   *
   * @param rules not null
   * @return the calculator, never null
   * @throws InvalidRuleSetException listing every problem, if the rule set is not valid
   */
  public static Calculator compile(RuleSet rules) {
    Objects.requireNonNull(rules, "rules");
    List<RuleProblem> problems = RuleSetValidator.validate(rules);
    if (!problems.isEmpty()) {
      throw new InvalidRuleSetException(rules.label(), problems);
    }
    return new Calculator(rules);
  }

  /** {@return the rule set this calculator was compiled from; never null} */
  public RuleSet ruleSet() {
    return rules;
  }

  /**
   * Allocates a budget with its explanation.
   *
   * @param assessment not null
   * @return the budget, with its explanation; never null
   * @throws InvalidAssessmentException if the assessment does not fit the rule set
   */
  public Budget allocate(Assessment assessment) {
    return allocate(assessment, Detail.EXPLAINED);
  }

  /**
   * Allocates a budget.
   *
   * @param assessment not null
   * @param detail not null; {@link Detail#FIGURES} skips the explanation
   * @return the budget, never null
   * @throws InvalidAssessmentException if the assessment does not fit the rule set
   */
  public Budget allocate(Assessment assessment, Detail detail) {
    return allocate(encode(assessment), detail);
  }

  /**
   * Checks an assessment against this rule set and encodes it.
   *
   * @param assessment not null
   * @return the encoded answers, never null
   * @throws InvalidAssessmentException naming every unknown question, unknown option and missing
   *     required answer
   */
  public AnswerSheet encode(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    int[] choices = new int[questionIds.length];
    Arrays.fill(choices, UNANSWERED);
    List<AssessmentProblem> problems = null;
    for (Map.Entry<QuestionId, OptionId> answer : assessment.answers().entrySet()) {
      QuestionId question = answer.getKey();
      String value = answer.getValue().value();
      int slot = slotOf(question);
      if (slot < 0) {
        problems = add(problems, unknownQuestion(question, value));
        continue;
      }
      int option = optionIndex(slot, value);
      if (option < 0) {
        problems = add(problems, unknownOption(slot, value));
        choices[slot] = NO_SUCH_OPTION;
        continue;
      }
      choices[slot] = option;
    }
    return sheet(assessment, choices, problems);
  }

  /** A choice not yet made; {@link #NO_SUCH_OPTION} marks an answer already reported as unknown. */
  private static final int UNANSWERED = -1;

  private static final int NO_SUCH_OPTION = -2;

  /**
   * An encoder for assessments given as rows of text in the column layout {@code columns}, such as the
   * rows of a CSV file: the columns are matched to this rule set's questions once, here, so that
   * encoding a row needs no map, no id objects and no copy of the answers. It checks exactly what
   * {@link #encode(Assessment)} checks, with the same problems.
   *
   * @param columns the question each column answers, in order; not null, no nulls, no repeats. A column
   *     naming a question this rule set does not have is allowed: a row that answers it is refused
   * @return the encoder, never null
   * @throws IllegalArgumentException if a question is named twice
   */
  public ColumnEncoder encoder(List<QuestionId> columns) {
    Objects.requireNonNull(columns, "columns");
    int[] slots = new int[columns.size()];
    java.util.Set<QuestionId> seen = new java.util.HashSet<>();
    for (int c = 0; c < slots.length; c++) {
      QuestionId question = Objects.requireNonNull(columns.get(c), "columns[" + c + "]");
      if (!seen.add(question)) {
        throw new IllegalArgumentException("question '" + question + "' has more than one column");
      }
      slots[c] = slotOf(question);
    }
    return new ColumnEncoder(this, List.copyOf(columns), slots);
  }

  /** The work of {@link ColumnEncoder#encode}: {@code slots[c]} is column c's slot, or -1. */
  AnswerSheet encode(Assessment facts, List<QuestionId> columns, int[] slots, List<String> cells) {
    int[] choices = new int[questionIds.length];
    Arrays.fill(choices, UNANSWERED);
    List<AssessmentProblem> problems = null;
    for (int c = 0; c < slots.length; c++) {
      int slot = slots[c];
      String given = cells.get(c);
      if (slot >= 0 && given != null) {
        // A cell that is an option's id as it stands is that option, without looking at its ends: a
        // reader's cells usually are (ras allocate's are the interned ids), and the ends' check was a
        // tenth of its reading thread.
        int exact = optionIndex(slot, given);
        if (exact >= 0 && plainIds[slot][exact]) {
          choices[slot] = exact;
          continue;
        }
      }
      String cell = stripped(given);
      if (cell.isEmpty()) {
        continue; // unanswered
      }
      if (slot < 0) {
        problems = add(problems, unknownQuestion(columns.get(c), cell));
        continue;
      }
      int option = optionIndex(slot, cell);
      if (option < 0) {
        problems = add(problems, unknownOption(slot, cell));
        choices[slot] = NO_SUCH_OPTION;
        continue;
      }
      choices[slot] = option;
    }
    return sheet(facts, choices, problems);
  }

  /**
   * The cell without leading and trailing white space, as {@link String#strip()} gives it ("" for null).
   * A cell that starts and ends with a printable ASCII character other than a space, as option ids do,
   * is returned as it is without {@code strip()}'s look-up of each end in the Unicode tables: that took a
   * tenth of {@code ras allocate}'s reading thread.
   */
  private static String stripped(String cell) {
    if (cell == null) {
      return "";
    }
    int last = cell.length() - 1;
    return last >= 0 && isPrintableAscii(cell.charAt(0)) && isPrintableAscii(cell.charAt(last))
        ? cell
        : cell.strip();
  }

  /** Printable ASCII other than the space: never white space. */
  private static boolean isPrintableAscii(char ch) {
    return ch > ' ' && ch < 0x7F;
  }

  /** Adds the missing required answers to {@code problems}; throws if there are any, else makes the sheet. */
  private AnswerSheet sheet(Assessment assessment, int[] choices, List<AssessmentProblem> problems) {
    for (int slot = 0; slot < questionIds.length; slot++) {
      if (required[slot] && choices[slot] == UNANSWERED) {
        problems = add(problems, new AssessmentProblem(
            AssessmentProblem.Kind.MISSING_ANSWER,
            questionIds[slot],
            "",
            "required question '" + questionIds[slot] + "' is not answered"));
      }
    }
    if (!assessment.attributions().isEmpty()) {
      problems = addAttributionProblems(assessment, problems);
    }
    if (problems != null) {
      throw new InvalidAssessmentException(assessment.person(), label, problems);
    }
    return new AnswerSheet(this, assessment, choices);
  }

  /** The problems with the practitioner's attributions: all of them, when the rule set has no streams. */
  private List<AssessmentProblem> addAttributionProblems(Assessment assessment, List<AssessmentProblem> problems) {
    if (streams != null) {
      for (AssessmentProblem p : streams.check(assessment)) {
        problems = add(problems, p);
      }
      return problems;
    }
    for (Map.Entry<DomainId, PractitionerAttribution> a : assessment.attributions().entrySet()) {
      problems =
          add(
              problems,
              new AssessmentProblem(
                  AssessmentProblem.Kind.STREAM_NOT_ALLOWED,
                  a.getKey(),
                  a.getValue().describe(),
                  "domain '"
                      + a.getKey()
                      + "': "
                      + label
                      + " declares no funding streams, so no practitioner chooses who pays; the attribution was "
                      + a.getValue().describe()));
    }
    return problems;
  }

  private static AssessmentProblem unknownQuestion(QuestionId question, String value) {
    return new AssessmentProblem(
        AssessmentProblem.Kind.UNKNOWN_QUESTION,
        question,
        value,
        "unknown question '" + question + "' (answered '" + value + "')");
  }

  private AssessmentProblem unknownOption(int slot, String value) {
    return new AssessmentProblem(
        AssessmentProblem.Kind.UNKNOWN_OPTION,
        questionIds[slot],
        value,
        "question '"
            + questionIds[slot]
            + "' has no option '"
            + value
            + "'; expected one of "
            + Arrays.toString(optionIds[slot]));
  }

  /**
   * Allocates a budget for answers already encoded by this calculator.
   *
   * @param sheet not null, encoded by this calculator
   * @param detail not null
   * @return the budget, never null
   * @throws IllegalArgumentException if the sheet was encoded by another calculator
   */
  public Budget allocate(AnswerSheet sheet, Detail detail) {
    checkOwner(sheet);
    Objects.requireNonNull(detail, "detail");
    int[] choices = sheet.choices;
    int informalOption = informalSlot < 0 ? -1 : choices[informalSlot];
    boolean explain = detail == Detail.EXPLAINED;
    int[] points = new int[domainIds.length];
    int total = score(choices, points);
    Figures figures;
    StreamAllocator.Outcome funding = null;
    if (streams == null) {
      figures = sheet.contribution.isZero() ? uncontributed[total] : priced(total, sheet.contribution);
    } else {
      funding = streams.allocate(points, sheet.assessment, explain);
      Money weekly = funding.weekly();
      figures =
          new Figures(
              total,
              weekly,
              funding.annual(),
              funding.flags(),
              funding.amounts(),
              funding.unfundedPoints(),
              funding.unfundedShares(),
              PersonalBudget.of(weekly, streams.chargeable(funding.amounts()), sheet.contribution));
    }
    Explanation explanation = explain ? explain(sheet, informalOption, points, figures, funding) : null;
    return new Budget(sheet.assessment, domainTable, points, figures, explanation);
  }

  /** The figures of a total without streams, for a person who contributes {@code contribution} a week. */
  private Figures priced(int total, Money contribution) {
    Money weekly = prices.weekly(total);
    return new Figures(
        total,
        weekly,
        prices.annual(total),
        prices.flags(total),
        List.of(),
        BigDecimal.ZERO,
        List.of(),
        PersonalBudget.of(weekly, weekly, contribution));
  }

  /**
   * The total points of an encoded assessment, after caps and informal support. Allocates nothing: for
   * bulk what-if runs that need only totals.
   *
   * @param sheet not null, encoded by this calculator
   * @return the total points, zero or more
   * @throws IllegalArgumentException if the sheet was encoded by another calculator
   */
  public int totalPoints(AnswerSheet sheet) {
    checkOwner(sheet);
    return score(sheet.choices, null);
  }

  /**
   * The weekly amount of an encoded assessment, the same as {@code allocate(sheet, FIGURES).weekly()}.
   * Allocates nothing when the rule set declares no funding streams (amounts are precomputed per total).
   *
   * @param sheet not null, encoded by this calculator
   * @return the weekly amount, never null
   * @throws IllegalArgumentException if the sheet was encoded by another calculator
   */
  public Money weekly(AnswerSheet sheet) {
    if (streams != null) {
      return allocate(sheet, Detail.FIGURES).weekly();
    }
    return prices.weekly(totalPoints(sheet));
  }

  String label() {
    return label;
  }

  /**
   * A domain's raw points: its questions are the consecutive slots from {@code domainStart[d]}. A valid
   * sheet's choices are -1 or an option's index (see {@link #flatPoints}).
   */
  private int rawPoints(int[] choices, int d) {
    int raw = 0;
    for (int q = domainStart[d]; q < domainStart[d + 1]; q++) {
      raw += flatPoints[pointsAt[q] + choices[q]];
    }
    return raw;
  }

  /**
   * Scores a valid sheet's choices: the total points, after caps and informal support; each domain's
   * points go to {@code points[d]} when {@code points} is not null.
   *
   * <p>One loop over the questions, closing a domain at its last question, rather than a loop per domain:
   * a domain has two or three questions, and a loop that short costs more to enter than to run. Raw
   * points above a domain's most can only be above its cap, where the table holds the capped value, so
   * reading at {@code min(raw, domainMax)} applies the cap.
   */
  private int score(int[] choices, int[] points) {
    int row = informalSlot < 0 ? 0 : (choices[informalSlot] + 1) * domainIds.length;
    int total = 0;
    int raw = 0;
    int d = 0;
    for (int q = 0; q < pointsAt.length; q++) {
      raw += flatPoints[pointsAt[q] + choices[q]];
      if (q == domainLast[d]) {
        int p = finalPoints[finalAt[row + d] + Math.min(raw, domainMax[d])];
        total += p;
        if (points != null) {
          points[d] = p;
        }
        raw = 0;
        d++;
      }
    }
    return total;
  }

  private void checkOwner(AnswerSheet sheet) {
    Objects.requireNonNull(sheet, "sheet");
    if (sheet.owner != this) {
      throw new IllegalArgumentException(
          "the answer sheet of " + sheet.person + " was encoded by another calculator");
    }
  }

  private Explanation explain(
      AnswerSheet sheet,
      int informalOption,
      int[] points,
      Figures figures,
      StreamAllocator.Outcome funding) {
    int[] choices = sheet.choices;
    int total = figures.totalPoints();
    int answered = 0;
    for (int q = 0; q < answerTraces.length; q++) {
      answered += choices[q] >= 0 ? 1 : 0;
    }
    AnswerTrace[] answers = new AnswerTrace[answered];
    List<QuestionId> unanswered = answered == answerTraces.length ? List.of() : new ArrayList<>();
    for (int q = 0, a = 0; q < answerTraces.length; q++) {
      if (choices[q] < 0) {
        unanswered.add(questionIds[q]);
      } else {
        answers[a++] = answerTraces[q][choices[q]];
      }
    }
    InformalSupportTrace informalTrace = informalOption < 0 ? null : informalTraces[informalOption];
    DomainTrace[] domains = new DomainTrace[domainIds.length];
    for (int d = 0; d < domainIds.length; d++) {
      domains[d] = domainTrace(d, informalOption, rawPoints(choices, d), points[d]);
    }
    return new Explanation(
        sheet.person,
        label,
        rules.effectiveFrom(),
        frozen(answers),
        unanswered,
        informalTrace,
        frozen(domains),
        total,
        funding == null ? prices.explain(total) : funding.steps(),
        funding == null ? List.of() : funding.attributions(),
        funding == null ? List.of() : funding.amounts(),
        figures.weekly(),
        rules.weeksPerYear(),
        figures.annual(),
        figures.personalBudget(),
        sheet.assessment.eligibility(),
        sheet.contribution,
        funding == null ? List.of() : freeStreams(funding));
  }

  /**
   * Why no contribution is taken against each stream free to the person that pays something: section
   * 117 after-care, or a stream the rule set declares not chargeable.
   */
  private List<String> freeStreams(StreamAllocator.Outcome funding) {
    List<String> notes = new ArrayList<>();
    List<FundingStream> declared = rules.streams();
    for (int s = 0; s < declared.size(); s++) {
      FundingStream stream = declared.get(s);
      Money weekly = funding.amounts().get(s).weekly();
      if (stream.chargeable() || weekly.isZero()) {
        continue;
      }
      notes.add(
          "No contribution is taken against "
              + stream.name()
              + " ("
              + weekly
              + " a week): "
              + (rules.section117Streams().contains(stream.id())
                  ? "after-care under section 117 of the Mental Health Act 1983 is free to the person"
                  : "the rule set declares it free to the person (chargeable: false)"));
    }
    return notes;
  }

  /**
   * An explanation's list of the array made for it, which no one else holds: an unmodifiable view, not
   * a copy ({@code List.of} copies its array, a third of what an explanation allocated).
   */
  private static <T> List<T> frozen(T[] made) {
    return Collections.unmodifiableList(Arrays.asList(made));
  }

  /**
   * The trace of domain d with {@code raw} raw points under informal option {@code informalOption} (-1:
   * none), which has {@code points} points. It depends on those alone, so the usual ones (fewer than
   * {@value DomainTable#SHARED} raw points) are made on first use and shared: nine of them were half
   * of what an explanation allocated. Two threads making the same trace at once store equal records, whose
   * fields are final, so the race is harmless.
   */
  private DomainTrace domainTrace(int d, int informalOption, int raw, int points) {
    if (raw >= DomainTable.SHARED) {
      return newDomainTrace(d, informalOption, raw, points);
    }
    int at = (informalOption + 1) * DomainTable.SHARED + raw;
    DomainTrace trace = sharedDomainTraces[d][at];
    if (trace == null) {
      trace = newDomainTrace(d, informalOption, raw, points);
      sharedDomainTraces[d][at] = trace;
    }
    return trace;
  }

  private DomainTrace newDomainTrace(int d, int informalOption, int raw, int points) {
    Domain domain = rules.domains().get(d);
    BigDecimal share =
        informalOption >= 0 && informalApplies[d] ? informalTraces[informalOption].share() : BigDecimal.ZERO;
    return new DomainTrace(
        domainIds[d], domain.name(), raw, domain.cap(), Math.min(raw, domainCap[d]), share, points);
  }

  private int slotOf(QuestionId id) {
    Integer slot = slotById.get(id);
    return slot == null ? -1 : slot;
  }

  private int optionIndex(int slot, String option) {
    String[] options = optionTexts[slot];
    int[] hashes = optionHashes[slot];
    // The hash first: option ids of one length were compared in full, one after another, which took a
    // fifth of ras allocate's reading thread. A string keeps its hash once worked out, and a reader that
    // gives cells as shared strings (ras allocate's does) has them worked out once for the file.
    int hash = option.hashCode();
    int[] table = optionByHash[slot];
    if (table != null) {
      int i = table[(hash * optionMixer[slot]) >>> optionShift[slot]];
      return i >= 0 && hashes[i] == hash && options[i].equals(option) ? i : -1;
    }
    for (int i = 0; i < options.length; i++) {
      if (hashes[i] == hash && options[i].equals(option)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Makes slot's {@link #optionByHash} table: the smallest, from twice the options up to 256 places, and a
   * multiplier, from a fixed sequence of odd numbers, that put each option's hash in a place of its own.
   * None is made when two of the slot's ids have one hash code, or no multiplier separates them.
   */
  private void hashTable(int slot) {
    int[] hashes = optionHashes[slot];
    if (Arrays.stream(hashes).distinct().count() < hashes.length) {
      return;
    }
    int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(2 * hashes.length - 1));
    for (; bits <= 8; bits++) {
      int mixer = 0x9E3779B1;
      for (int attempt = 0; attempt < 64; attempt++, mixer = mixer * 0x2C1B3C6D + 0x297A2D39 | 1) {
        int[] table = new int[1 << bits];
        Arrays.fill(table, -1);
        boolean separate = true;
        for (int i = 0; i < hashes.length && separate; i++) {
          int at = (hashes[i] * mixer) >>> (32 - bits);
          separate = table[at] < 0;
          table[at] = i;
        }
        if (separate) {
          optionByHash[slot] = table;
          optionMixer[slot] = mixer;
          optionShift[slot] = 32 - bits;
          return;
        }
      }
    }
  }

  private static List<AssessmentProblem> add(List<AssessmentProblem> list, AssessmentProblem p) {
    List<AssessmentProblem> result = list == null ? new ArrayList<>() : list;
    result.add(p);
    return result;
  }

  /**
   * {@return the question ids in the order assessments list them: the domains' questions, then informal
   * support; never null}
   */
  public List<QuestionId> questions() {
    return List.of(questionIds);
  }

  @Override
  public String toString() {
    return "Calculator{" + label + "}";
  }

}
