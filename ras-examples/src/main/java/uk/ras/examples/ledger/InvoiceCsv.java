package uk.ras.examples.ledger;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ras.assessment.PersonId;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.CsvOut;
import uk.ras.examples.files.FirstProblems;
import uk.ras.examples.files.TableReader;
import uk.ras.ledger.Entry;
import uk.ras.ledger.Invoice;
import uk.ras.ledger.InvoiceLine;
import uk.ras.money.Money;

/**
 * A provider's invoice as {@code ras ledger reconcile} reads it and {@code ras ledger statement
 * --provider} writes it: one row per visit invoiced, each row carrying the invoice's number, provider and
 * the days it covers (as invoice exports from providers' systems do), then the visit:
 *
 * <pre>
 * invoice,provider,from,to,person,date,start,end,staff,amount
 * RS-2026-11,Riverside Support,2026-11-01,2026-11-30,P01,2026-11-02,10:00,12:00,support-worker,46.26
 * </pre>
 *
 * <p>Every row must name the same invoice, provider and days: the invoice is the one most rows name, and a
 * row that names another, or whose visit cannot be read, is reported with its number and left out.
 */
final class InvoiceCsv {
  static final List<String> COLUMNS =
      List.of("invoice", "provider", "from", "to", "person", "date", "start", "end", "staff", "amount");

  /** What a file gave: the invoice of the rows read, and the rows left out. */
  record Read(Invoice invoice, List<Long> lineRows, List<Long> lineLines, FirstProblems<RowProblem> problems, long rows) {}

  private InvoiceCsv() {}

  /** The invoice a row names: its number, provider and days. */
  private record Names(String number, String provider, LocalDate from, LocalDate to) {
    String describe() {
      return "invoice " + number + " of " + provider + " for " + from + " to " + to;
    }
  }

  /** A row read: the invoice it names and its line. */
  private record Pending(Names names, InvoiceLine line, long row, long fileLine) {}

  /**
   * Reads the invoice. The invoice is the one most rows name (the first named of those named equally
   * often): a typing slip in one row's number, provider or days, even the first row's, loses that row
   * only. Rows are held until the end for this; an invoice is one provider's for a month or so.
   *
   * @throws IllegalArgumentException if the header is wrong or no row names the invoice
   * @throws IOException if the file cannot be read
   */
  static Read read(TableReader table) throws IOException {
    Map<String, Integer> columns = TableCells.header(table, COLUMNS, COLUMNS);
    FirstProblems<RowProblem> unread = new FirstProblems<>();
    List<Pending> pending = new ArrayList<>();
    Map<Names, Integer> votes = new LinkedHashMap<>();
    long rows = 0;
    while (true) {
      TableReader.Row row;
      try {
        row = table.next();
      } catch (TableReader.MalformedTableException e) {
        unread.add(new RowProblem(rows + 1, -1, "the rest of the file is not CSV: " + e.getMessage()));
        break;
      }
      if (row == null) {
        break;
      }
      rows++;
      try {
        TableCells c = TableCells.of(row, columns);
        Names names = new Names(name(c, "invoice"), name(c, "provider"), c.date("from"), c.date("to"));
        if (names.to().isBefore(names.from())) {
          throw new IllegalArgumentException("the invoice's days run from " + names.from() + " to " + names.to() + ", backwards");
        }
        LocalDate date = c.date("date");
        if (date.isBefore(names.from()) || date.isAfter(names.to())) {
          throw new IllegalArgumentException(
              "column date: " + date + " is outside the invoice's days " + names.from() + " to " + names.to());
        }
        Money amount = c.pounds("amount");
        if (amount.isGreaterThan(Entry.MAX_AMOUNT)) {
          // A visit's price is never near this; the bound keeps an invoice's totals far from overflowing.
          throw new IllegalArgumentException("column amount: " + amount + " is more than a line may be, " + Entry.MAX_AMOUNT);
        }
        InvoiceLine line = InvoiceLine.of(PersonId.of(c.text("person")), date, c.time("start"), c.time("end"), c.text("staff"), amount);
        pending.add(new Pending(names, line, row.row(), row.line()));
        votes.merge(names, 1, Integer::sum);
      } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
        unread.add(new RowProblem(row.row(), row.line(), Cells.escapeControls(String.valueOf(e.getMessage()))));
      }
    }
    if (pending.isEmpty()) {
      throw new IllegalArgumentException(table.source() + ": no row names the invoice"
          + (unread.isEmpty() ? "" : "; " + unread.kept().get(0).describe()));
    }
    Names chosen = null;
    int most = 0;
    for (Map.Entry<Names, Integer> v : votes.entrySet()) {
      if (v.getValue() > most) {
        chosen = v.getKey();
        most = v.getValue();
      }
    }
    List<InvoiceLine> lines = new ArrayList<>();
    List<Long> lineRows = new ArrayList<>();
    List<Long> lineLines = new ArrayList<>();
    List<RowProblem> others = new ArrayList<>();
    for (Pending p : pending) {
      if (p.names().equals(chosen)) {
        lines.add(p.line());
        lineRows.add(p.row());
        lineLines.add(p.fileLine());
      } else {
        others.add(new RowProblem(p.row(), p.fileLine(), Cells.escapeControls("it is of " + p.names().describe() + ", but "
            + (most == 1 ? "the first row read is" : "most rows (" + most + ") are") + " of " + chosen.describe())));
      }
    }
    return new Read(Invoice.of(chosen.number(), chosen.provider(), chosen.from(), chosen.to(), lines), lineRows, lineLines,
        inRowOrder(unread, others), rows);
  }

  /** An invoice's number or provider: text an invoice can hold. */
  private static String name(TableCells c, String column) {
    String v = c.text(column);
    if (v.length() > Invoice.MAX_NAME) {
      throw new IllegalArgumentException("column " + column + ": a name of " + v.length() + " characters; at most "
          + Invoice.MAX_NAME + " are allowed");
    }
    return v;
  }

  /**
   * The rows left out in row order: those that could not be read (the first {@value FirstProblems#KEPT} of
   * them kept) merged with those of another invoice. The merge keeps the true first ones: when {@code
   * unread} is full, the first {@value FirstProblems#KEPT} of the merge all come at or before its last
   * kept row, and every problem up to that row is at hand.
   */
  private static FirstProblems<RowProblem> inRowOrder(FirstProblems<RowProblem> unread, List<RowProblem> others) {
    FirstProblems<RowProblem> all = new FirstProblems<>();
    List<RowProblem> kept = unread.kept();
    int a = 0;
    int b = 0;
    while (a < kept.size() || b < others.size()) {
      if (b == others.size() || (a < kept.size() && kept.get(a).row() <= others.get(b).row())) {
        all.add(kept.get(a++));
      } else {
        all.add(others.get(b++));
      }
    }
    all.addNotKept(unread.notKept());
    return all;
  }

  /** Writes an invoice in this format: the lines given, under the invoice's number, provider and days. */
  static void write(CsvOut out, String number, String provider, LocalDate from, LocalDate to, List<InvoiceLine> lines)
      throws IOException {
    out.row(COLUMNS);
    for (InvoiceLine l : lines) {
      out.row(number, provider, from.toString(), to.toString(), l.person().value(), l.date().toString(),
          l.start().toString(), l.end().toString(), l.staffType(), l.amount().toPlainString());
    }
  }
}
