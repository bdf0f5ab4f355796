package uk.ras.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.AssessmentProblem;
import uk.ras.assessment.InvalidAssessmentException;
import uk.ras.assessment.PersonId;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;

/**
 * Encoding a row of cells by column must be the same as encoding the assessment the row records: the same
 * budget and explanation when it fits the rule set, the same problems when it does not, whatever the
 * order of the columns, extra columns and broken cells.
 */
class ColumnEncoderProperties {
  @Test
  void aRowEncodesAsTheAssessmentItRecords() {
    qt().withExamples(Examples.or(400))
        .forAll(Generated.cases())
        .checkAssert(
            c -> {
              Random random = new Random(c.pick);
              Calculator calculator = Calculator.compile(c.rules);
              Map<QuestionId, OptionId> answers = new LinkedHashMap<>(c.assessment.answers());
              // Break about a third of the rows: an unknown option, an unknown question, a dropped answer.
              switch (random.nextInt(9)) {
                case 0 -> answers.replaceAll((q, o) -> random.nextBoolean() ? OptionId.of("nonsense") : o);
                case 1 -> answers.put(QuestionId.of("not_asked"), OptionId.of("yes"));
                case 2 -> answers.keySet().removeIf(q -> random.nextBoolean());
                default -> { }
              }
              List<QuestionId> columns = new ArrayList<>(calculator.questions());
              columns.addAll(answers.keySet().stream().filter(q -> !columns.contains(q)).toList());
              columns.add(QuestionId.of("never_answered"));
              Collections.shuffle(columns, random);
              List<String> cells = new ArrayList<>();
              for (QuestionId q : columns) {
                OptionId o = answers.get(q);
                // Unanswered cells are blank, white space or null; answers may carry white space at
                // either end or both, ASCII or not, or be the interned id itself, as a reader with a
                // symbol table gives them (matched as they stand, before their ends are looked at).
                String[] space = WHITE_SPACE[random.nextInt(WHITE_SPACE.length)];
                cells.add(
                    o == null
                        ? (random.nextBoolean() ? null : space[0] + space[1])
                        : random.nextInt(3) == 0 ? o.value().intern() : space[0] + o.value() + space[1]);
              }
              Assessment recorded =
                  c.assessment.withAnswers(answers);
              Assessment facts = c.assessment.withAnswers(Map.of());
              ColumnEncoder encoder = calculator.encoder(columns);
              Object expected = outcome(() -> calculator.allocate(calculator.encode(recorded), Detail.EXPLAINED));
              Object actual = outcome(() -> calculator.allocate(encoder.encode(facts, cells), Detail.EXPLAINED));
              assertEquals(expected, actual);
            });
  }

  /** White space before and after a cell, as {@link String#strip()} removes it. */
  private static final String[][] WHITE_SPACE = {
    {"", ""}, {" ", "\t"}, {"", " "}, {"\r\n", ""}, {"\u2003", ""}, {"", "\u001F"}, {"\u3000 ", "\u2028"}
  };

  /** Every question of the rule set, in order, answered with its first option. */
  private static Map<QuestionId, OptionId> firstOptions(Calculator calculator) {
    Map<QuestionId, OptionId> answers = new LinkedHashMap<>();
    calculator.ruleSet().domains().forEach(
        d -> d.questions().forEach(q -> answers.put(q.id(), q.options().get(0).id())));
    return answers;
  }

  /** The answers as a row of cells, in order, to change one by one. */
  private static List<String> cellsOf(Map<QuestionId, OptionId> answers) {
    return new ArrayList<>(answers.values().stream().map(OptionId::value).toList());
  }

  /** A budget with its explanation's text, or the sorted problems. */
  private static Object outcome(java.util.function.Supplier<Budget> allocation) {
    try {
      Budget b = allocation.get();
      return List.of(b, b.explanation().orElseThrow().toText());
    } catch (InvalidAssessmentException e) {
      List<AssessmentProblem> problems = new ArrayList<>(e.problems());
      problems.sort(Comparator.comparing(AssessmentProblem::message));
      return List.of(e.person(), e.ruleSetLabel(), problems);
    }
  }

  @Test
  void onlyWhiteSpaceIsTakenOffACell() {
    Calculator calculator = Calculator.compile(Testshire.rules());
    // Every question answered with its first option; the first question's cell is varied.
    Map<QuestionId, OptionId> answers = firstOptions(calculator);
    List<QuestionId> columns = new ArrayList<>(answers.keySet());
    String option = answers.get(columns.get(0)).value();
    ColumnEncoder encoder = calculator.encoder(columns);
    Assessment facts = Assessment.of(PersonId.of("P1"), null, Map.of());
    Budget expected = calculator.allocate(facts.withAnswers(answers));
    for (String cell : List.of(option, " " + option, option + "\u2003", "\t" + option + "\n")) {
      List<String> cells = cellsOf(answers);
      cells.set(0, cell);
      assertEquals(expected, calculator.allocate(encoder.encode(facts, cells), Detail.EXPLAINED), cell);
    }
    // A no-break space and control characters other than white space are part of the cell.
    for (String cell : List.of("\u00A0" + option, option + "\u0001", "\u007F" + option)) {
      List<String> cells = cellsOf(answers);
      cells.set(0, cell);
      InvalidAssessmentException e =
          assertThrows(InvalidAssessmentException.class, () -> encoder.encode(facts, cells));
      assertEquals(1, e.problems().size(), cell);
      assertEquals(AssessmentProblem.Kind.UNKNOWN_OPTION, e.problems().get(0).kind(), cell);
      assertEquals(cell, e.problems().get(0).value());
    }
  }

  /**
   * A rule set's calculator and a row for its encoder: every question answered with its first option, in
   * the calculator's order, so that the last column is the extra question of {@code Testshire.withDomain}.
   */
  private record Row(
      Calculator calculator,
      Map<QuestionId, OptionId> answers,
      List<QuestionId> columns,
      ColumnEncoder encoder,
      Assessment facts,
      int last,
      List<String> cells) {
    static Row of(RuleSet rules) {
      Calculator calculator = Calculator.compile(rules);
      Map<QuestionId, OptionId> answers = firstOptions(calculator);
      List<QuestionId> columns = new ArrayList<>(answers.keySet());
      return new Row(
          calculator,
          answers,
          columns,
          calculator.encoder(columns),
          Assessment.of(PersonId.of("P1"), null, Map.of()),
          columns.size() - 1,
          cellsOf(answers));
    }
  }

  @Test
  void idsWithOneHashCodeAndCellsThatShareAnIdsHashAreToldApart() {
    // "Aa" and "BB" have one hash code (2112), as have "Ab" and "BC" (2113). A question whose options
    // include "Aa" and "BB" cannot have a table by hash (its options are then tried in turn); one whose
    // options are "Ab" and "x" has one, where the cell "BC" lands on "Ab"'s place and must still be refused.
    assertEquals("Aa".hashCode(), "BB".hashCode());
    assertEquals("Ab".hashCode(), "BC".hashCode());
    for (List<String> ids : List.of(List.of("Aa", "BB", "c"), List.of("Ab", "x"))) {
      AnswerOption[] options = new AnswerOption[ids.size()];
      for (int i = 0; i < options.length; i++) {
        options[i] = Testshire.option(ids.get(i), ids.get(i), i + 1);
      }
      Row row = Row.of(Testshire.withDomain("twins", "tw_q", false, options));
      for (String id : ids) {
        // Each id, as its own string and as a copy that is not, is its own option.
        for (String cell : List.of(id, new String(id.toCharArray()))) {
          row.cells().set(row.last(), cell);
          row.answers().put(row.columns().get(row.last()), OptionId.of(id));
          Budget encoded = row.calculator().allocate(row.encoder().encode(row.facts(), row.cells()), Detail.EXPLAINED);
          assertEquals(row.calculator().allocate(row.facts().withAnswers(row.answers())), encoded, ids + " " + cell);
          // Both paths find options the same way, so the option chosen is checked on its own too.
          AnswerTrace chosen =
              encoded.explanation().orElseThrow().answers().stream()
                  .filter(a -> a.question().equals(QuestionId.of("tw_q")))
                  .findFirst()
                  .orElseThrow();
          assertEquals(OptionId.of(id), chosen.option(), ids + " " + cell);
          assertEquals(ids.indexOf(id) + 1, chosen.points(), ids + " " + cell);
        }
      }
      row.cells().set(row.last(), ids.contains("Ab") ? "BC" : "AB");
      List<String> lookalike = List.copyOf(row.cells());
      InvalidAssessmentException e =
          assertThrows(InvalidAssessmentException.class, () -> row.encoder().encode(row.facts(), lookalike));
      assertEquals(List.of(AssessmentProblem.Kind.UNKNOWN_OPTION), e.problems().stream().map(AssessmentProblem::kind).toList());
    }
  }

  @Test
  void aCellThatIsAnOptionsOwnStringIsMatchedAsIfStripped() {
    // An optional question whose second option's id has white space at its start: a stripped cell can
    // never equal it, even when the cell is that very string (a string literal is interned, as the
    // calculator interns its option ids, so " b" here is the calculator's own) and so matches it as it
    // stands.
    RuleSet rules =
        Testshire.withDomain(
            "padded", "pd_q", false, Testshire.option("a", "A", 1), Testshire.option(" b", "B", 2));
    Row row = Row.of(rules);

    // The own string of a plain id: that option, as the assessment with it gets.
    row.cells().set(row.last(), "a");
    assertEquals(
        row.calculator().allocate(row.facts().withAnswers(row.answers())),
        row.calculator().allocate(row.encoder().encode(row.facts(), row.cells()), Detail.EXPLAINED));

    // The own string of a padded id: stripped to "b", which no option is.
    row.cells().set(row.last(), " b");
    List<String> padded = List.copyOf(row.cells());
    InvalidAssessmentException e =
        assertThrows(InvalidAssessmentException.class, () -> row.encoder().encode(row.facts(), padded));
    assertEquals(List.of(AssessmentProblem.Kind.UNKNOWN_OPTION), e.problems().stream().map(AssessmentProblem::kind).toList());
    assertEquals("b", e.problems().get(0).value());

    // No cell at all, or the empty string a reader gives for a blank cell (the literal, interned like
    // the ids), is no answer, whatever the ids.
    Map<QuestionId, OptionId> unanswered = new LinkedHashMap<>(row.answers());
    unanswered.remove(row.columns().get(row.last()));
    for (String blank : java.util.Arrays.asList(null, "")) {
      row.cells().set(row.last(), blank);
      assertEquals(
          row.calculator().allocate(row.facts().withAnswers(unanswered)),
          row.calculator().allocate(row.encoder().encode(row.facts(), row.cells()), Detail.EXPLAINED),
          String.valueOf(blank));
    }

    // An option's own string in a column of a question the rule set lacks answers nothing: it is refused.
    List<QuestionId> wider = new ArrayList<>(row.columns());
    wider.add(QuestionId.of("not_asked"));
    List<String> widerCells = cellsOf(row.answers());
    widerCells.add("a");
    InvalidAssessmentException unknown =
        assertThrows(InvalidAssessmentException.class, () -> row.calculator().encoder(wider).encode(row.facts(), widerCells));
    assertEquals(
        List.of(AssessmentProblem.Kind.UNKNOWN_QUESTION),
        unknown.problems().stream().map(AssessmentProblem::kind).toList());
  }

  @Test
  void aLayoutNamingAQuestionTwiceOrARowOfTheWrongWidthIsRefused() {
    Calculator calculator = Calculator.compile(Testshire.rules());
    QuestionId q = calculator.questions().get(0);
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> calculator.encoder(List.of(q, q)));
    assertEquals("question '" + q + "' has more than one column", twice.getMessage());
    ColumnEncoder encoder = calculator.encoder(List.of(q));
    Assessment facts = Assessment.of(PersonId.of("P1"), null, Map.of());
    IllegalArgumentException wide =
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(facts, List.of("a", "b")));
    assertEquals("2 cells for 1 columns (P1)", wide.getMessage());
    Assessment answered = Assessment.of(PersonId.of("P1"), null, Map.of(q, OptionId.of("x")));
    assertThrows(IllegalArgumentException.class, () -> encoder.encode(answered, List.of("")));
  }
}
