package uk.ras.examples.files;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.RuleSetRegistry;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.PersonId;
import uk.ras.examples.UsageException;
import uk.ras.examples.files.CellValues;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.TableReader;
import uk.ras.examples.files.UnusableFileException;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;

/**
 * Streams an assessments table one row at a time: a header of {@code person_id}, an optional {@code
 * assessment_date}, then one column per question id, from a CSV file or an {@code .xlsx} workbook read by
 * {@link TableReader} (which accepts the habits of files saved by Excel: see there). Never holds more than
 * one row in memory.
 */
public final class AssessmentCsv implements Closeable {
  public static final String PERSON_ID = "person_id";
  public static final String ASSESSMENT_DATE = "assessment_date";

  /**
   * What bytes that are not UTF-8 are read as (U+FFFD, rather than failing, so that one bad row does not
   * lose the rest of the batch); a row holding it is rejected, not guessed at.
   */
  public static final char REPLACEMENT = '\uFFFD';

  /**
   * One data row.
   *
   * @param row the data row number, 1-based, not counting the header or empty rows
   * @param line the file line (or sheet row) the row starts on, 1-based, counting the header
   * @param cells the row's cells, as read (untrimmed)
   * @param longestCell the most characters in one of the cells
   * @param holdsReplacement whether a cell holds {@link #REPLACEMENT}
   * @param unread why the row was too big to read whole, and is to be rejected (see {@link
   *     TableReader.Row#unread()}); empty if it was read whole
   */
  public record Row(
      long row, long line, List<String> cells, int longestCell, boolean holdsReplacement, Optional<String> unread) {}

  private final String source;
  private final TableReader rows;
  private final List<String> header;
  private final int personColumn;
  private final int dateColumn;
  /** The columns that answer questions: every column but the person, the date and the fact columns. */
  private final int[] answerColumns;
  /** The first answer column when the answer columns are side by side (the usual layout), else -1. */
  private final int answersFrom;
  private final List<QuestionId> answerQuestions;
  private final int[] factColumns;

  private AssessmentCsv(String source, TableReader rows, List<String> header) {
    this.source = source;
    this.rows = rows;
    this.header = header;
    this.personColumn = header.indexOf(PERSON_ID);
    this.dateColumn = header.indexOf(ASSESSMENT_DATE);
    List<Integer> answers = new ArrayList<>();
    List<Integer> facts = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      if (c != personColumn && c != dateColumn) {
        (FactColumns.isFact(header.get(c)) ? facts : answers).add(c);
      }
    }
    this.answerColumns = answers.stream().mapToInt(Integer::intValue).toArray();
    int from = answerColumns.length == 0 ? -1 : answerColumns[0];
    for (int a = 0; a < answerColumns.length && from >= 0; a++) {
      if (answerColumns[a] != answerColumns[0] + a) {
        from = -1;
      }
    }
    this.answersFrom = from;
    this.answerQuestions = answers.stream().map(c -> QuestionId.of(header.get(c))).toList();
    this.factColumns = facts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Opens a CSV and reads its header.
   *
   * @param source the file's name for messages, not null
   * @param bytes the file's bytes, UTF-8, not null; closed by {@link #close()}
   * @throws UsageException if the header is missing, is not CSV, lacks person_id, or repeats a column
   * @throws IOException if the bytes cannot be read
   */
  public static AssessmentCsv open(String source, InputStream bytes) throws IOException, UsageException {
    TableReader table;
    try {
      table = TableReader.csv(source, bytes);
    } catch (TableReader.MalformedTableException e) {
      bytes.close();
      throw new UsageException(source + ":1: the header is not CSV: " + e.getMessage());
    }
    return open(table);
  }

  /**
   * Opens a CSV file or {@code .xlsx} workbook and reads its header.
   *
   * @param sheet the workbook's sheet to read, or null for the first
   * @throws UsageException if the file cannot be used (named in plain words) or its header is wrong
   */
  public static AssessmentCsv open(Path file, String sheet) throws IOException, UsageException {
    return open(file, sheet, List.of());
  }

  /**
   * Opens a CSV file or {@code .xlsx} workbook and reads its header, as {@link #open(Path, String)} does;
   * a CSV cell whose text is one of {@code knownCells}, such as the rule sets' option ids, is given as
   * that string itself (see {@link TableReader#csv(String, InputStream, java.util.Collection)}).
   *
   * @param sheet the workbook's sheet to read, or null for the first
   * @param knownCells the texts to give as themselves; not null
   * @throws UsageException if the file cannot be used (named in plain words) or its header is wrong
   */
  public static AssessmentCsv open(Path file, String sheet, java.util.Collection<String> knownCells)
      throws IOException, UsageException {
    TableReader table;
    try {
      table = TableReader.open(file, "assessments file", sheet, knownCells);
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    } catch (TableReader.MalformedTableException e) {
      throw new UsageException(Cells.escapeControls(file.toString()) + ":1: the header is not CSV: " + e.getMessage());
    }
    return open(table);
  }

  /** Checks the header of a table just opened; closes it if the header is wrong. */
  static AssessmentCsv open(TableReader in) throws IOException, UsageException {
    String source = in.source();
    try {
      List<String> header = in.header();
      if (header == null) {
        throw new UsageException(source + ": the file is empty; expected a header starting with person_id");
      }
      if (header.stream().anyMatch(name -> name.indexOf(REPLACEMENT) >= 0)) {
        throw new UsageException(source + ":1: the header is not UTF-8 text; save the file as UTF-8");
      }
      Set<String> seen = new HashSet<>();
      for (int c = 0; c < header.size(); c++) {
        String name = header.get(c);
        if (name.isEmpty()) {
          throw new UsageException(source + ":1: column " + (c + 1) + " of the header has no name");
        }
        if (!seen.add(name)) {
          throw new UsageException(source + ":1: column '" + Cells.forMessage(name) + "' appears more than once");
        }
      }
      for (String name : header) {
        if (name.equals(FactColumns.ATTRIBUTION)) {
          throw new UsageException(
              source
                  + ":1: column '"
                  + name
                  + "' names no domain; write attribution: and the domain's id, such as attribution:wellbeing");
        }
      }
      if (!header.contains(PERSON_ID)) {
        String hint =
            in.separator() == ',' && header.size() == 1 && header.get(0).contains("\t")
                ? " (the file looks tab-separated; save it as CSV)"
                : "";
        throw new UsageException(source + ":1: the header has no person_id column" + hint);
      }
      return new AssessmentCsv(source, in, header);
    } catch (UsageException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Opens CSV text held in memory, as {@link #open(String, InputStream)} opens its UTF-8 bytes. */
  public static AssessmentCsv open(String source, String text) throws IOException, UsageException {
    return open(source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  public String source() {
    return source;
  }

  public List<String> header() {
    return header;
  }

  public int personColumn() {
    return personColumn;
  }

  /** The assessment_date column, or -1 when absent. */
  int dateColumn() {
    return dateColumn;
  }

  /** The separator of the file: ',' or ';'. */
  public char separator() {
    return rows.separator();
  }

  /** All-empty rows skipped so far (Excel leaves them at the end of a sheet). */
  public long emptyRows() {
    return rows.emptyRows();
  }

  /**
   * Reads the next row.
   *
   * @return the row, or null at the end of the file
   * @throws IOException if the file cannot be read or is not CSV ({@link
   *     TableReader.MalformedTableException}: an unclosed quote, say); every row before it was returned
   *     whole
   */
  public Row next() throws IOException {
    TableReader.Row row = rows.next();
    if (row == null) {
      return null;
    }
    int longest = 0;
    boolean replacement = false;
    List<String> cells = row.cells();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      if (cell != null) {
        longest = Math.max(longest, cell.length());
        replacement |= cell.indexOf(REPLACEMENT) >= 0;
      }
    }
    // Immutable: a CSV row's list already is (and is not copied again); a read-only view of it would be
    // one more call for every cell read after.
    return new Row(row.row(), row.line(), List.copyOf(cells), longest, replacement, row.unread());
  }

  /**
   * The line the last row read starts on (1, the header, before any): where an unreadable part begins
   * after.
   */
  public long lastLineRead() {
    return rows.lastLine();
  }

  /** The person id of a row, trimmed; "" when the row is too short to have one. */
  public String person(Row row) {
    return personColumn() < row.cells().size() ? trim(row.cells().get(personColumn())) : "";
  }

  /**
   * The assessment a row records: person, date, answers (every column that is not the person, the date or
   * a {@link FactColumns fact column}; blank cells are unanswered) and facts. Every problem goes to {@code
   * problems} with its column ("" for the row as a whole), and then the result is null. Whether the answers
   * fit a rule set is for the calculator to say.
   */
  public Assessment assessment(Row row, Consumer<FactColumns.Problem> problems) {
    Assessment facts = facts(row, problems);
    if (facts == null) {
      return null;
    }
    List<String> cells = answerCells(row);
    Map<QuestionId, OptionId> answers = new LinkedHashMap<>();
    for (int a = 0; a < cells.size(); a++) {
      String cell = trim(cells.get(a));
      if (!cell.isEmpty()) {
        answers.put(answerQuestions.get(a), OptionId.of(cell));
      }
    }
    return facts.withAnswers(answers);
  }

  /** The question of each answer column, in the order of {@link #answerCells}. */
  public List<QuestionId> answerColumns() {
    return answerQuestions;
  }

  /**
   * A row's answer cells, untrimmed, in the order of {@link #answerColumns}; the row must be whole. When
   * the answer columns are side by side (as in every file the sample and the benchmarks make) this is a
   * view of the row's cells rather than a copy.
   */
  public List<String> answerCells(Row row) {
    if (answersFrom >= 0) {
      return row.cells().subList(answersFrom, answersFrom + answerColumns.length);
    }
    String[] cells = new String[answerColumns.length];
    for (int a = 0; a < cells.length; a++) {
      cells[a] = row.cells().get(answerColumns[a]);
    }
    return Arrays.asList(cells);
  }

  /**
   * What a row records besides its answers: person, date and facts, as an assessment without answers (see
   * {@link #assessment}); null after reporting the row's problems.
   */
  public Assessment facts(Row row, Consumer<FactColumns.Problem> problems) {
    List<String> cells = row.cells();
    if (row.unread().isPresent()) {
      problems.accept(new FactColumns.Problem("", row.unread().get()));
      return null;
    }
    if (cells.size() != header.size()) {
      problems.accept(
          new FactColumns.Problem(
              "", "the row has " + cells.size() + " values but the header has " + header.size() + " columns"));
      return null;
    }
    String person = person(row);
    if (person.isEmpty()) {
      problems.accept(new FactColumns.Problem(PERSON_ID, "person_id is blank"));
      return null;
    }
    LocalDate date = null;
    if (dateColumn() >= 0) {
      String text = trim(cells.get(dateColumn()));
      if (!text.isEmpty()) {
        date = date(text);
        if (date == null) {
          problems.accept(
              new FactColumns.Problem(ASSESSMENT_DATE, "'" + text + "' is not a date in the form YYYY-MM-DD or DD/MM/YYYY"));
          return null;
        }
      }
    }
    Assessment assessment = Assessment.of(PersonId.of(person), date, Map.of());
    if (factColumns.length == 0) {
      // No fact is recorded, which is what the facts of an assessment are until given.
      return assessment;
    }
    Map<String, String> facts = new HashMap<>();
    for (int c : factColumns) {
      facts.put(header.get(c), cells.get(c) == null ? "" : CellValues.strip(cells.get(c)));
    }
    return FactColumns.apply(assessment, facts, problems);
  }

  /**
   * The id of every answer option of the registry's rule sets, informal support's included: the known
   * cells to open an assessments file with ({@link #open(Path, String, java.util.Collection)}).
   *
   * @param registry not null
   * @return a new set, never null
   */
  public static Set<String> optionIds(RuleSetRegistry registry) {
    Set<String> ids = new HashSet<>();
    for (Calculator c : registry.all()) {
      for (Domain domain : c.ruleSet().domains()) {
        for (Question question : domain.questions()) {
          question.options().forEach(o -> ids.add(o.id().value()));
        }
      }
      c.ruleSet().informalSupport().ifPresent(informal -> informal.options().forEach(o -> ids.add(o.id().value())));
    }
    return ids;
  }

  /** A date written YYYY-MM-DD or DD/MM/YYYY, or null. */
  static LocalDate date(String text) {
    return CellValues.date(text);
  }

  private static String trim(String cell) {
    return cell == null ? "" : cell.strip();
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }
}
