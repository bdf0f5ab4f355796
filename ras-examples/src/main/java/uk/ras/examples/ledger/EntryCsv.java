package uk.ras.examples.ledger;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.ras.assessment.PersonId;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.FirstProblems;
import uk.ras.examples.files.TableReader;
import uk.ras.ledger.CancelledBy;
import uk.ras.ledger.Entry;
import uk.ras.ledger.EntryId;
import uk.ras.ledger.EntryKind;
import uk.ras.ledger.ReviewKind;

/**
 * The entries file of {@code ras ledger import}: one row per entry, its id, person, kind and date, then
 * the columns its kind uses (docs/ledger.md, "The command"):
 *
 * <pre>
 * id,person,kind,date,to,day,start,end,provider,staff,cancelled_by,notified,minutes,miles,amount,reverses,review,note
 * v1,P01,visit,2026-10-05,,,10:00,12:00,Riverside Support,support-worker,,,,,,,,
 * </pre>
 *
 * <p>Kinds are written in lower case with hyphens ({@code banked-used}, {@code direct-payment-receipt});
 * a column the kind does not use must be empty, so a value in the wrong column is found rather than
 * ignored. The invoice entries the reconciliation records are not imported: reconcile the invoice.
 */
final class EntryCsv {
  static final List<String> COLUMNS = List.of("id", "person", "kind", "date", "to", "day", "start", "end",
      "provider", "staff", "cancelled_by", "notified", "minutes", "miles", "amount", "reverses", "review", "note");
  static final List<String> REQUIRED = List.of("id", "person", "kind", "date");

  /** The columns each kind uses beyond id, person, kind and date; those it needs first. */
  private static final Map<EntryKind, List<String>> USES = new EnumMap<>(EntryKind.class);

  static {
    List<String> visit = List.of("start", "end", "provider", "staff");
    USES.put(EntryKind.PLANNED, List.of("day", "start", "end", "provider", "staff", "to"));
    USES.put(EntryKind.VISIT, visit);
    USES.put(EntryKind.CANCELLATION, List.of("start", "end", "provider", "staff", "cancelled_by", "notified"));
    USES.put(EntryKind.BANKED, List.of("staff", "minutes", "note"));
    USES.put(EntryKind.BANKED_USED, List.of("staff", "minutes", "note"));
    USES.put(EntryKind.HOSPITAL_STAY, List.of("to"));
    USES.put(EntryKind.MILEAGE, List.of("provider", "miles"));
    USES.put(EntryKind.ONE_OFF, List.of("amount", "note"));  // the note is what was bought, and is needed
    USES.put(EntryKind.DIRECT_PAYMENT_RECEIPT, List.of("amount"));
    USES.put(EntryKind.DIRECT_PAYMENT_SPEND, List.of("amount", "note"));
    USES.put(EntryKind.REVERSAL, List.of("reverses", "note"));
    USES.put(EntryKind.REVIEW, List.of("review", "note"));
    USES.put(EntryKind.NEEDS_CHANGED, List.of("note"));
  }

  /**
   * The columns of {@link #USES} each kind cannot do without (those {@link #entry} reads with {@code text},
   * not {@code has} or {@code textOr}): for {@code ras ledger record} to name every one missing at once.
   */
  private static final Map<EntryKind, List<String>> NEEDS = new EnumMap<>(EntryKind.class);

  static {
    NEEDS.put(EntryKind.PLANNED, List.of("day", "start", "end", "provider", "staff"));
    NEEDS.put(EntryKind.VISIT, List.of("start", "end", "provider", "staff"));
    NEEDS.put(EntryKind.CANCELLATION, List.of("start", "end", "provider", "staff", "cancelled_by", "notified"));
    NEEDS.put(EntryKind.BANKED, List.of("staff", "minutes"));
    NEEDS.put(EntryKind.BANKED_USED, List.of("staff", "minutes"));
    NEEDS.put(EntryKind.HOSPITAL_STAY, List.of("to"));
    NEEDS.put(EntryKind.MILEAGE, List.of("provider", "miles"));
    NEEDS.put(EntryKind.ONE_OFF, List.of("amount", "note"));
    NEEDS.put(EntryKind.DIRECT_PAYMENT_RECEIPT, List.of("amount"));
    NEEDS.put(EntryKind.DIRECT_PAYMENT_SPEND, List.of("amount"));
    NEEDS.put(EntryKind.REVERSAL, List.of("reverses", "note"));
    NEEDS.put(EntryKind.REVIEW, List.of("review"));
    NEEDS.put(EntryKind.NEEDS_CHANGED, List.of("note"));
  }

  /** What a file gave: the entries read, where each came from (its row, no reason), and the rows left out. */
  record Read(List<Entry> entries, Map<Entry, RowProblem> rowOf, FirstProblems<RowProblem> problems, long rows) {}

  private EntryCsv() {}

  /** The kinds as the file writes them. */
  static String kindName(EntryKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kinds a file may hold, as it writes them. */
  static List<String> kindNames() {
    List<String> out = new ArrayList<>();
    for (EntryKind k : USES.keySet()) {
      out.add(kindName(k));
    }
    return out;
  }

  /**
   * Reads every row, each bad one reported with its number and left out, the rest kept.
   *
   * @throws IllegalArgumentException if the header is wrong (nothing can be read)
   * @throws IOException if the file cannot be read; a part that is not CSV ends the reading and is
   *     reported as a problem of the row it starts on
   */
  static Read read(TableReader table) throws IOException {
    Map<String, Integer> columns = TableCells.header(table, COLUMNS, REQUIRED);
    List<Entry> entries = new ArrayList<>();
    Map<Entry, RowProblem> rowOf = new HashMap<>();
    Map<String, Entry> byKey = new HashMap<>();
    FirstProblems<RowProblem> problems = new FirstProblems<>();
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
        Entry e = entry(TableCells.of(row, columns));
        // Ids are a person's: the same id twice in one file for one person must be the same entry.
        Entry before = byKey.putIfAbsent(e.person().value() + "\u0000" + e.id().value(), e);
        if (before != null && !before.equals(e)) {
          throw new IllegalArgumentException("entry " + e.id() + " of " + e.person() + " is given twice with different contents (row "
              + rowOf.get(before).row() + " first)");
        }
        if (before == null) {
          entries.add(e);
          rowOf.put(e, new RowProblem(row.row(), row.line(), ""));
        }
      } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
        problems.add(new RowProblem(row.row(), row.line(), Cells.escapeControls(String.valueOf(e.getMessage()))));
      }
    }
    return new Read(entries, rowOf, problems, rows);
  }

  /**
   * One entry from its cells by column name (an entries file's row, or {@code ras ledger record}'s options).
   *
   * @throws IllegalArgumentException naming the column and what is wrong with it
   */
  static Entry entry(TableCells c) {
    EntryId id = EntryId.of(c.text("id"));
    PersonId person = PersonId.of(c.text("person"));
    EntryKind kind = kind(c.text("kind"));
    LocalDate date = c.date("date");
    List<String> uses = USES.get(kind);
    for (String given : c.given()) {
      if (!REQUIRED.contains(given) && !uses.contains(given)) {
        throw new IllegalArgumentException("column " + given + " is not used by a " + kindName(kind) + " entry"
            + (uses.isEmpty() ? "" : "; it uses " + String.join(", ", uses)));
      }
    }
    switch (kind) {
      case PLANNED:
        return Entry.planned(id, person, date, c.has("to") ? Optional.of(c.date("to")) : Optional.empty(), day(c),
            c.time("start"), c.time("end"), c.text("provider"), c.text("staff"));
      case VISIT:
        return Entry.visit(id, person, date, c.time("start"), c.time("end"), c.text("provider"), c.text("staff"));
      case CANCELLATION:
        return Entry.cancellation(id, person, date, c.time("start"), c.time("end"), c.text("provider"), c.text("staff"),
            cancelledBy(c.text("cancelled_by")), c.dateTime("notified"));
      case BANKED:
        return Entry.banked(id, person, date, c.text("staff"), c.wholeNumber("minutes"), c.textOr("note", ""));
      case BANKED_USED:
        return Entry.bankedUsed(id, person, date, c.text("staff"), c.wholeNumber("minutes"), c.textOr("note", ""));
      case HOSPITAL_STAY:
        return Entry.hospitalStay(id, person, date, c.date("to"));
      case MILEAGE:
        return Entry.mileage(id, person, date, c.text("provider"), c.decimal("miles"));
      case ONE_OFF:
        return Entry.oneOff(id, person, date, c.pounds("amount"), c.text("note"));
      case DIRECT_PAYMENT_RECEIPT:
        return Entry.directPaymentReceipt(id, person, date, c.pounds("amount"));
      case DIRECT_PAYMENT_SPEND:
        return Entry.directPaymentSpend(id, person, date, c.pounds("amount"), c.textOr("note", ""));
      case REVERSAL:
        return Entry.reversal(id, person, date, EntryId.of(c.text("reverses")), c.text("note"));
      case REVIEW:
        return Entry.review(id, person, date, reviewKind(c.text("review")), c.textOr("note", ""));
      case NEEDS_CHANGED:
        return Entry.needsChanged(id, person, date, c.text("note"));
      default:
        throw new IllegalArgumentException("column kind: " + kindName(kind) + " entries are not imported");
    }
  }

  /**
   * The columns an entry of the cells' kind needs and the cells leave empty: person, date, then the
   * kind's own, in that order.
   *
   * @throws IllegalArgumentException naming the kind column, if it is empty or not a kind of entry
   */
  static List<String> missing(TableCells c) {
    EntryKind kind = kind(c.text("kind"));
    List<String> missing = new ArrayList<>();
    for (String column : List.of("person", "date")) {
      if (!c.has(column)) {
        missing.add(column);
      }
    }
    for (String column : NEEDS.get(kind)) {
      if (!c.has(column)) {
        missing.add(column);
      }
    }
    return missing;
  }

  private static EntryKind kind(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (EntryKind k : USES.keySet()) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("column kind: '" + text + "' is not a kind of entry; one of " + String.join(", ", kindNames()));
  }

  private static DayOfWeek day(TableCells c) {
    String v = c.text("day");
    for (DayOfWeek d : DayOfWeek.values()) {
      String name = d.name();
      if (name.equalsIgnoreCase(v) || name.substring(0, 3).equalsIgnoreCase(v)) {
        return d;
      }
    }
    throw new IllegalArgumentException("column day: '" + v + "' is not a day of the week such as Monday");
  }

  private static ReviewKind reviewKind(String v) {
    for (ReviewKind k : ReviewKind.values()) {
      if (k.name().equalsIgnoreCase(v.strip().replace('-', '_').replace(' ', '_'))) {
        return k;
      }
    }
    throw new IllegalArgumentException("column review: '" + v + "' is not care-plan or direct-payment");
  }

  private static CancelledBy cancelledBy(String v) {
    for (CancelledBy b : CancelledBy.values()) {
      if (b.name().equalsIgnoreCase(v)) {
        return b;
      }
    }
    throw new IllegalArgumentException("column cancelled_by: '" + v + "' is not person or provider");
  }

  /** Whether a kind may be imported (all but the invoice entries a reconciliation records). */
  static boolean importable(EntryKind kind) {
    return USES.containsKey(kind);
  }

  static Set<EntryKind> kinds() {
    return USES.keySet();
  }
}
