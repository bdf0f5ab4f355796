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
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.QuestionId;

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
                // Unanswered cells are blank, white space or null; answers may carry white space.
                cells.add(o == null ? (random.nextBoolean() ? null : " ") : (random.nextBoolean() ? " " + o + "\t" : o.value()));
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

  /** A budget with its explanation's text, or the sorted problems. */
  private static Object outcome(java.util.function.Supplier<Budget> allocation) {
    try {
      Budget b = allocation.get();
      return List.of(b, b.explanation().orElseThrow().toText());
    } catch (InvalidAssessmentException e) {
      List<AssessmentProblem> problems = new ArrayList<>(e.problems());
      problems.sort(Comparator.comparing(AssessmentProblem::message));
      return List.of(e.person(), e.ruleSet(), problems);
    }
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
