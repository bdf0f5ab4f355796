package uk.ras.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.ColumnEncoder;
import uk.ras.allocation.Detail;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.InvalidAssessmentException;
import uk.ras.examples.UsageException;
import uk.ras.examples.files.AssessmentCsv;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.FactColumns;
import uk.ras.examples.files.RuleFiles;
import uk.ras.examples.files.TableReader;

/**
 * Fuzzes the assessments CSV reader with arbitrary bytes, read as {@code ras allocate} reads a file.
 * Allowed outcomes: rows (numbered 1, 2, 3..., each located at a line that never goes back), a {@link
 * UsageException} naming the file (a bad header), or a {@link TableReader.MalformedTableException}, which the
 * command reports as "Unreadable after line N" keeping every earlier row. Anything else is a finding.
 * Every cell, once neutralised, is safe to write for a spreadsheet. Every row is then allocated under the
 * bundled rules as {@code ras allocate} does (by column, through a {@link ColumnEncoder}) and as a library
 * caller would (through the {@link Assessment} the row records): the only failures allowed are the row's
 * own located problems and {@link InvalidAssessmentException}, and the two ways must agree.
 */
class AssessmentCsvFuzzTest {
  private static final Calculator RULES = RuleFiles.bundled().latest();
  @FuzzTest(maxDuration = "3m")
  void csv(byte[] bytes) throws IOException {
    AssessmentCsv csv;
    try {
      csv = AssessmentCsv.open("fuzz.csv", new ByteArrayInputStream(bytes));
    } catch (UsageException e) {
      assertTrue(e.getMessage().startsWith("fuzz.csv"), e::getMessage);
      return;
    }
    try (csv) {
      assertTrue(csv.header().contains(AssessmentCsv.PERSON_ID));
      long expectedRow = 1;
      long before = csv.lastLineRead();
      for (AssessmentCsv.Row row = csv.next(); row != null; row = csv.next()) {
        assertEquals(expectedRow++, row.row());
        assertTrue(row.line() >= before && row.line() <= csv.lastLineRead(), row + " after line " + before);
        before = csv.lastLineRead();
        for (String cell : row.cells()) {
          if (cell != null && !cell.isEmpty()) {
            String safe = Cells.forCsv(cell);
            assertTrue(safe.matches("-?[0-9]+(\\.[0-9]+)?") || "=+-@\t\r".indexOf(safe.charAt(0)) < 0, safe);
            assertFalse(safe.chars().anyMatch(c -> c < 0x20 || c == 0x7F), safe);
          }
        }
        allocateBothWays(csv, row);
      }
    } catch (TableReader.MalformedTableException e) {
      // Reported by the command as "Unreadable after line N", after every earlier row.
      assertTrue(csv.lastLineRead() >= 1, e::getMessage);
    }
  }

  private static void allocateBothWays(AssessmentCsv csv, AssessmentCsv.Row row) {
    List<FactColumns.Problem> problems = new ArrayList<>();
    Assessment facts = csv.facts(row, problems::add);
    Assessment whole = csv.assessment(row, p -> { });
    if (facts == null) {
      assertFalse(problems.isEmpty(), "a row refused without a reason");
      assertNull(whole, "the two readings of one row disagree");
      return;
    }
    Object byColumn;
    Object byAssessment;
    try {
      byColumn = RULES.allocate(RULES.encoder(csv.answerColumns()).encode(facts, csv.answerCells(row)), Detail.FIGURES);
    } catch (InvalidAssessmentException e) {
      byColumn = Set.copyOf(e.problems());
    }
    try {
      byAssessment = RULES.allocate(whole, Detail.FIGURES);
    } catch (InvalidAssessmentException e) {
      byAssessment = Set.copyOf(e.problems());
    }
    assertEquals(byAssessment, byColumn);
  }
}
