package uk.ras.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Known cells change which string a cell is, never what it says: a CSV read with known cells gives the
 * same header, rows, lines, empty rows and errors as read without, and every cell whose text is known is
 * the one interned string of that text.
 */
class KnownCellsProperties {
  /** Known texts of one length that differ only in the middle, a prefix of another, and the empty text. */
  private static final Set<String> KNOWN =
      Set.of("some_help", "no_help", "all_tasks", "two_carers", "prompting", "about_half", "abcXefgh", "abcYefgh", "a", "");

  /** What a file is made of: known texts, near misses, separators, quotes and line ends. */
  private static final String[] PIECES = {
    "some_help", "no_help", "all_tasks", "two_carers", "prompting", "about_half", "abcXefgh", "abcYefgh", "a",
    "some_hel", "some_helps", "abcZefgh", " no_help", "no_help ", "P12", "2026-04-01", "\u00e9t\u00e9",
    ",", ",", ",", ";", "\n", "\r\n", "\"", "\"no_help\"", "\"a,b\"", "\"two\ncarers\"", "\uFEFF", "sep=,\n",
  };

  @Test
  void knownCellsReadAsTheSameRowsAndAreTheInternedStrings() {
    qt().withExamples(400)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 60))
        .checkAssert(
            pieces -> {
              StringBuilder text = new StringBuilder("person_id,q1,q2\n");
              pieces.forEach(p -> text.append(PIECES[p]));
              String csv = text.toString();
              assertEquals(read(csv, Set.of()), read(csv, KNOWN), csv);
            });
  }

  @Test
  void findGivesTheKnownTextOfTheCharactersAndNothingElse() {
    KnownCells known = new KnownCells(KNOWN);
    qt().withExamples(400)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 3), integers().between(0, 5))
        .checkAssert(
            (pieces, pad) -> {
              StringBuilder text = new StringBuilder();
              pieces.forEach(p -> text.append(PIECES[p]));
              String cell = text.toString();
              // The cell inside a larger buffer, as the parser holds it.
              char[] buf = ("x".repeat(pad) + cell + "y".repeat(pad)).toCharArray();
              String found = known.find(buf, pad, cell.length());
              if (KNOWN.contains(cell)) {
                assertSame(cell.intern(), found, cell);
              } else {
                assertEquals(null, found, cell);
              }
            });
  }

  /** Every row as its number, line and cells, then the empty rows; or where reading stopped and why. */
  private static List<String> read(String csv, Set<String> known) {
    List<String> out = new ArrayList<>();
    try (TableReader table =
        TableReader.csv("t.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), known)) {
      out.add("header " + table.header() + " " + table.separator());
      for (TableReader.Row row = table.next(); row != null; row = table.next()) {
        out.add(row.row() + " " + row.line() + " " + row.cells());
        for (String cell : row.cells()) {
          if (known.contains(cell)) {
            assertSame(cell.intern(), cell, cell);
          }
        }
      }
      out.add("empty " + table.emptyRows() + " last " + table.lastLine());
    } catch (TableReader.MalformedTableException e) {
      out.add("malformed: " + e.getMessage());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }
}
