package uk.ras.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.examples.files.AssessmentCsv;
import uk.ras.ruleset.QuestionId;

/**
 * A row's answer cells are the cells of the answer columns, in header order, wherever the person, the
 * date and the fact columns sit among them, and the row cannot be changed through the list given (a view
 * of the row's cells when the answer columns are side by side, a copy otherwise).
 */
class AssessmentCsvTest {
  private static List<String> answerCellsOfFirstRow(String text) throws Exception {
    try (AssessmentCsv csv = AssessmentCsv.open("t.csv", text)) {
      AssessmentCsv.Row row = csv.next();
      List<String> before = List.copyOf(row.cells());
      List<String> cells = csv.answerCells(row);
      List<String> given = List.copyOf(cells);
      try {
        cells.set(0, "all_tasks");
      } catch (UnsupportedOperationException | IndexOutOfBoundsException e) {
        // Refused: the row cannot change either.
      }
      assertEquals(before, row.cells(), "the row changed through its answer cells");
      return given;
    }
  }

  @Test
  void answerColumnsSideBySide() throws Exception {
    String text = "person_id,assessment_date,pc_wash,pc_dress,facs_band\nP1,2026-05-01,no_help,prompting,low\n";
    try (AssessmentCsv csv = AssessmentCsv.open("t.csv", text)) {
      assertEquals(List.of(QuestionId.of("pc_wash"), QuestionId.of("pc_dress")), csv.answerColumns());
    }
    assertEquals(List.of("no_help", "prompting"), answerCellsOfFirstRow(text));
  }

  @Test
  void answerColumnsAmongTheOthers() throws Exception {
    String text =
        "pc_wash,person_id,facs_band,pc_dress,assessment_date,pc_toilet\n"
            + "some_help,P1,low,prompting,2026-05-01,no_help\n";
    try (AssessmentCsv csv = AssessmentCsv.open("t.csv", text)) {
      assertEquals(
          List.of(QuestionId.of("pc_wash"), QuestionId.of("pc_dress"), QuestionId.of("pc_toilet")),
          csv.answerColumns());
    }
    assertEquals(List.of("some_help", "prompting", "no_help"), answerCellsOfFirstRow(text));
  }

  @Test
  void aHeaderWithoutAnswerColumns() throws Exception {
    assertEquals(List.of(), answerCellsOfFirstRow("person_id,assessment_date\nP1,2026-05-01\n"));
  }
}
