package uk.ras.examples.ledger;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.ras.assessment.PersonId;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.CsvOut;
import uk.ras.examples.files.FirstProblems;
import uk.ras.examples.files.TableReader;
import uk.ras.ledger.Invoice;
import uk.ras.ledger.InvoiceLine;

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
 * <p>Every row must name the same invoice, provider and days; a row that does not, or whose visit cannot
 * be read, is reported with its number and left out.
 */
final class InvoiceCsv {
  static final List<String> COLUMNS =
      List.of("invoice", "provider", "from", "to", "person", "date", "start", "end", "staff", "amount");

  /** What a file gave: the invoice of the rows read, and the rows left out. */
  record Read(Invoice invoice, List<Long> lineRows, List<Long> lineLines, FirstProblems<RowProblem> problems, long rows) {}

  private InvoiceCsv() {}

  /**
   * Reads the invoice.
   *
   * @throws IllegalArgumentException if the header is wrong or no row names the invoice
   * @throws IOException if the file cannot be read
   */
  static Read read(TableReader table) throws IOException {
    Map<String, Integer> columns = TableCells.header(table, COLUMNS, COLUMNS);
    FirstProblems<RowProblem> problems = new FirstProblems<>();
    List<InvoiceLine> lines = new ArrayList<>();
    List<Long> lineRows = new ArrayList<>();
    List<Long> lineLines = new ArrayList<>();
    String number = null;
    String provider = null;
    LocalDate from = null;
    LocalDate to = null;
    long rows = 0;
    while (true) {
      TableReader.Row row;
      try {
        row = table.next();
      } catch (TableReader.MalformedTableException e) {
        problems.add(new RowProblem(rows + 1, -1, "the rest of the file is not CSV: " + e.getMessage()));
        break;
      }
      if (row == null) {
        break;
      }
      rows++;
      try {
        TableCells c = TableCells.of(row, columns);
        String n = c.text("invoice");
        String p = c.text("provider");
        LocalDate f = c.date("from");
        LocalDate t = c.date("to");
        if (number == null) {
          if (t.isBefore(f)) {
            throw new IllegalArgumentException("the invoice's days run from " + f + " to " + t + ", backwards");
          }
          number = n;
          provider = p;
          from = f;
          to = t;
        } else if (!n.equals(number) || !p.equals(provider) || !f.equals(from) || !t.equals(to)) {
          throw new IllegalArgumentException("it is of invoice " + n + " of " + p + " for " + f + " to " + t
              + ", but the file's first row is of invoice " + number + " of " + provider + " for " + from + " to " + to);
        }
        LocalDate date = c.date("date");
        if (date.isBefore(from) || date.isAfter(to)) {
          throw new IllegalArgumentException("column date: " + date + " is outside the invoice's days " + from + " to " + to);
        }
        lines.add(InvoiceLine.of(PersonId.of(c.text("person")), date, c.time("start"), c.time("end"), c.text("staff"),
            c.pounds("amount")));
        lineRows.add(row.row());
        lineLines.add(row.line());
      } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
        problems.add(new RowProblem(row.row(), row.line(), Cells.escapeControls(String.valueOf(e.getMessage()))));
      }
    }
    if (number == null) {
      throw new IllegalArgumentException(table.source() + ": no row names the invoice"
          + (problems.isEmpty() ? "" : "; " + problems.kept().get(0).describe()));
    }
    return new Read(Invoice.of(number, provider, from, to, lines), lineRows, lineLines, problems, rows);
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
