package uk.ras.examples.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.ras.examples.files.CellValues;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.TableReader;
import uk.ras.money.Money;

/**
 * One row of a ledger file (entries or invoice) by column name, with the values read as the files write
 * them; a value that cannot be read is an {@link IllegalArgumentException} naming the column.
 */
final class TableCells {
  /** The longest value a cell may hold, as {@code ras allocate} allows: no name, note or value needs more. */
  static final int MAX_CELL = 1_000;

  private final Map<String, String> cells;

  TableCells(Map<String, String> cells) {
    this.cells = cells;
  }

  /**
   * Checks a file's header against the columns a format knows: every required column present, none
   * unknown or given twice.
   *
   * @return the column of each name, in the header's order
   * @throws IllegalArgumentException naming what is wrong
   */
  static Map<String, Integer> header(TableReader table, List<String> known, List<String> required) {
    List<String> header = table.header();
    if (header == null) {
      throw new IllegalArgumentException(table.source() + ": the file is empty; expected a header: " + String.join(",", known));
    }
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c).toLowerCase(Locale.ROOT).replace(' ', '_');
      if (name.isEmpty()) {
        throw new IllegalArgumentException(table.source() + ":1: column " + (c + 1) + " of the header has no name");
      }
      if (!known.contains(name)) {
        throw new IllegalArgumentException(table.source() + ":1: unknown column '" + Cells.forMessage(header.get(c))
            + "'; the columns are " + String.join(", ", known));
      }
      if (columns.put(name, c) != null) {
        throw new IllegalArgumentException(table.source() + ":1: column '" + name + "' appears more than once");
      }
    }
    List<String> missing = new ArrayList<>();
    for (String r : required) {
      if (!columns.containsKey(r)) {
        missing.add(r);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(table.source() + ":1: the header has no " + String.join(", ", missing)
          + (missing.size() == 1 ? " column" : " columns") + "; expected " + String.join(",", known));
    }
    return columns;
  }

  /**
   * A row's cells by column name, stripped; empty cells left out.
   *
   * @throws IllegalArgumentException if the row was too big to read whole
   */
  static TableCells of(TableReader.Row row, Map<String, Integer> columns) {
    if (row.unread().isPresent()) {
      throw new IllegalArgumentException(row.unread().get());
    }
    Map<String, String> cells = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> c : columns.entrySet()) {
      if (c.getValue() < row.cells().size()) {
        String v = row.cells().get(c.getValue());
        if (v != null && !v.isBlank()) {
          cells.put(c.getKey(), v.strip());
        }
      }
    }
    return new TableCells(cells);
  }

  boolean has(String column) {
    return cells.containsKey(column);
  }

  /** The names of the columns given a value, in the header's order. */
  List<String> given() {
    return new ArrayList<>(cells.keySet());
  }

  String text(String column) {
    String v = cells.get(column);
    if (v == null) {
      throw new IllegalArgumentException("column " + column + " is empty");
    }
    if (v.length() > MAX_CELL) {
      throw new IllegalArgumentException(String.format("column %s: a value of %,d characters; at most %,d are allowed",
          column, v.length(), MAX_CELL));
    }
    if (v.indexOf('\uFFFD') >= 0) {
      throw new IllegalArgumentException("column " + column + " is not UTF-8 text; save the file as UTF-8");
    }
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      // Tabs and line ends are a spreadsheet's (a note of two lines); any other control character is not
      // text, and PostgreSQL refuses U+0000 outright, which would fail the whole import's transaction.
      if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0x7F) {
        throw new IllegalArgumentException(String.format("column %s holds the control character U+%04X", column, (int) ch));
      }
    }
    return v;
  }

  String textOr(String column, String otherwise) {
    return has(column) ? text(column) : otherwise;
  }

  LocalDate date(String column) {
    String v = text(column);
    LocalDate d = CellValues.date(v);
    if (d == null) {
      throw new IllegalArgumentException("column " + column + ": '" + v + "' is not a date YYYY-MM-DD or DD/MM/YYYY");
    }
    return d;
  }

  LocalTime time(String column) {
    String v = text(column);
    LocalTime t = timeOf(v);
    if (t == null) {
      throw new IllegalArgumentException("column " + column + ": '" + v + "' is not a time HH:MM");
    }
    return t;
  }

  /** A time HH:MM (or H:MM, as Excel writes the morning), seconds allowed; null if the text is not one. */
  private static LocalTime timeOf(String v) {
    try {
      return LocalTime.parse(v.length() == 4 && v.charAt(1) == ':' ? "0" + v : v);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  LocalDateTime dateTime(String column) {
    String v = text(column);
    String[] parts = v.split("[T ]", 2);
    LocalDate d = parts.length == 2 ? CellValues.date(parts[0]) : null;
    LocalTime t = d == null ? null : timeOf(parts[1].strip());
    if (t != null) {
      return d.atTime(t);
    }
    throw new IllegalArgumentException("column " + column + ": '" + v + "' is not a date and time YYYY-MM-DD HH:MM");
  }

  long wholeNumber(String column) {
    String v = text(column);
    try {
      long n = Long.parseLong(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("column " + column + ": '" + v + "' is not a whole number above 0");
  }

  BigDecimal decimal(String column) {
    String v = text(column);
    BigDecimal d = CellValues.pounds(v.startsWith("£") ? "x" : v);
    if (d == null || d.signum() <= 0) {
      throw new IllegalArgumentException("column " + column + ": '" + v + "' is not a number above 0");
    }
    return d;
  }

  Money pounds(String column) {
    String v = text(column);
    BigDecimal d = CellValues.pounds(v);
    if (d == null) {
      throw new IllegalArgumentException("column " + column + ": '" + v + "' is not an amount in pounds such as 12.50"
          + (CellValues.isNegativeAmount(v) ? " (amounts are never negative: a correction is a reversal)" : ""));
    }
    if (d.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("column " + column + ": '" + v + "' has a fraction of a penny");
    }
    return Money.ofPounds(d.setScale(2));
  }
}
