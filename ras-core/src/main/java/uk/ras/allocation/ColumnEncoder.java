package uk.ras.allocation;

import java.util.List;
import java.util.Objects;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.InvalidAssessmentException;
import uk.ras.ruleset.QuestionId;

/**
 * Encodes assessments that arrive as rows of text in one column layout, such as the rows of a CSV file.
 * Made by {@link Calculator#encoder(List)}, which matches the columns to the rule set's questions once;
 * a row's cells are then matched to options by position, with no map and no id objects per row.
 *
 * <pre>{@code
 * ColumnEncoder encoder = calculator.encoder(List.of(QuestionId.of("pc_wash"), QuestionId.of("pc_dress")));
 * AnswerSheet sheet = encoder.encode(Assessment.of(person, date, Map.of()), List.of("some_help", ""));
 * Budget budget = calculator.allocate(sheet, Detail.FIGURES);
 * }</pre>
 *
 * <p>A cell is the option's id; surrounding white space is ignored and a blank or null cell leaves the
 * question unanswered. The checks and their problems are those of {@link Calculator#encode(Assessment)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ColumnEncoder {
  private final Calculator owner;
  private final List<QuestionId> columns;
  /** The calculator's question slot of each column, or -1 for a question the rule set does not have. */
  private final int[] slots;

  ColumnEncoder(Calculator owner, List<QuestionId> columns, int[] slots) {
    this.owner = owner;
    this.columns = columns;
    this.slots = slots;
  }

  /** {@return the question each column answers, in order; never null} */
  public List<QuestionId> columns() {
    return columns;
  }

  /**
   * Checks one row against the rule set and encodes it.
   *
   * @param facts the person, the date and the facts beyond the answers (eligibility, contribution,
   *     holding); not null, and without answers of its own: the answers are the cells
   * @param cells one cell per column, in the columns' order; not null
   * @return the encoded answers, for the calculator that made this encoder; never null
   * @throws InvalidAssessmentException naming every unknown question answered, unknown option and
   *     missing required answer
   * @throws IllegalArgumentException if {@code facts} has answers or {@code cells} is not one per column
   */
  public AnswerSheet encode(Assessment facts, List<String> cells) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(cells, "cells");
    if (!facts.answers().isEmpty()) {
      throw new IllegalArgumentException(
          "the answers of " + facts.person() + " are the cells; the facts must have none of their own");
    }
    if (cells.size() != slots.length) {
      throw new IllegalArgumentException(
          cells.size() + " cells for " + slots.length + " columns (" + facts.person() + ")");
    }
    return owner.encode(facts, columns, slots, cells);
  }

  @Override
  public String toString() {
    return "ColumnEncoder{" + owner.ruleSet().label() + ", " + columns + "}";
  }
}
