package uk.ras.examples.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import uk.ras.assessment.PersonId;
import uk.ras.examples.files.TableReader;
import uk.ras.ledger.CancelledBy;
import uk.ras.ledger.Entry;
import uk.ras.ledger.EntryId;
import uk.ras.ledger.EntryKind;
import uk.ras.ledger.InvoiceLine;
import uk.ras.ledger.ReviewKind;
import uk.ras.money.Money;

/**
 * Entries and invoice lines of every importable kind for the CSV readers' properties, each with its row as
 * the file writes it: plainly (ISO dates, 10:00, 12.50) or as Excel habits write it (UK dates, 9:05,
 * {@code £1,234.50}, capitalised words). The rows are written here from the entries' fields, never by the
 * readers under test; so are the hostile values that a column of each type must refuse.
 */
final class LedgerCsvFiles {
  /** Text a cell may hold and a name or note keeps as it is: formulas, quotes, separators, two lines, non-ASCII. */
  static final List<String> TEXTS = List.of("Acme Care", "=HYPERLINK(\"http://x\")", "+44 7700 900000", "-minus", "@SUM(A1)",
      "a, b; c", "say \"hi\"", "two\nlines", "Zo\u00eb \u00a35 \u20ac6 \u00df", "'quoted'", "sep=,", "x".repeat(TableCells.MAX_CELL));

  /** Values no typed column (date, time, number, amount, kind, word) may take. */
  static final List<String> HOSTILE = List.of("\u0000", "\u001B[31m", "1e400", "=1+1", "@SUM(A1)", "-1", "NaN", "Infinity",
      "9".repeat(TableCells.MAX_CELL + 1), "\uFFFD", "0x1F", "null", "'", "\"\"", "1\u00002");

  /** Values each typed column refuses, beyond {@link #HOSTILE}. */
  static final Map<String, List<String>> REFUSED = Map.ofEntries(
      Map.entry("date", List.of("31/02/2026", "2026-13-01", "2026-6-1", "32/01/2026", "+2026-06-01", "06/2026", "2026-06-01 10:00")),
      Map.entry("to", List.of("31/02/2026", "2026-02-30", "1/1/26")),
      Map.entry("from", List.of("31/02/2026", "2026-02-30", "1/1/26")),
      Map.entry("day", List.of("Funday", "Mon day", "8")),
      Map.entry("start", List.of("24:00", "12:60", "9", "10:00 am", "10.00")),
      Map.entry("end", List.of("24:01", "12:60", "9", "10:00 pm")),
      Map.entry("cancelled_by", List.of("council", "persons")),
      Map.entry("notified", List.of("2026-06-01", "10:00", "2026-06-01 25:00", "2026-06-01 10:00 am")),
      Map.entry("minutes", List.of("0", "527041", "1.5", "99999999999999999999", "\u00a3120")),
      Map.entry("miles", List.of("0", "10000.01", "1.005", "\u00a35", "1,00")),
      Map.entry("amount", List.of("\u00a3-1", "12.345", "1,38.5", "10000000.01", "\u00a3\u00a31")),
      Map.entry("review", List.of("annual", "care")),
      Map.entry("kind", List.of("invoice", "visits", "v isit")));

  /** The typed columns of each file: a hostile value in one is always refused. */
  static final List<String> TYPED = List.copyOf(REFUSED.keySet());

  /** An entry or invoice line, and its row's cells by column. */
  record Row<T>(T value, Map<String, String> cells) {}

  private LedgerCsvFiles() {}

  // ---- entries ----

  /** An entry of one importable kind (by {@code n}, so that every kind comes), numbered {@code n}, for {@code person}. */
  static Entry entry(SplittableRandom r, PersonId p, int n) {
    EntryId id = EntryId.of("e" + n);
    LocalDate day = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(700));
    LocalTime start = LocalTime.of(r.nextInt(23), r.nextInt(60));
    LocalTime end = start.plusMinutes(1 + r.nextInt(23 * 60 - start.getHour() * 60 - start.getMinute() + 59));
    if (!end.isAfter(start)) {
      end = LocalTime.of(23, 59);
    }
    String provider = text(r);
    String staff = r.nextBoolean() ? "support-worker" : text(r);
    switch (r.nextInt(13)) {
      case 0:
        return Entry.planned(id, p, day, r.nextBoolean() ? Optional.empty() : Optional.of(day.plusDays(r.nextInt(60))),
            DayOfWeek.of(1 + r.nextInt(7)), start, end, provider, staff);
      case 1:
        return Entry.visit(id, p, day, start, end, provider, staff);
      case 2:
        return Entry.cancellation(id, p, day, start, end, provider, staff,
            r.nextBoolean() ? CancelledBy.PERSON : CancelledBy.PROVIDER, day.atTime(start).minusMinutes(r.nextInt(60 * 24 * 9)));
      case 3:
        return Entry.banked(id, p, day, staff, 1 + r.nextInt((int) Entry.MAX_MINUTES), r.nextBoolean() ? "" : text(r));
      case 4:
        return Entry.bankedUsed(id, p, day, staff, 1 + r.nextInt(600), r.nextBoolean() ? "" : text(r));
      case 5:
        return Entry.hospitalStay(id, p, day, day.plusDays(r.nextInt(40)));
      case 6:
        int scale = r.nextInt(3);
        return Entry.mileage(id, p, day, provider, BigDecimal.valueOf(1 + r.nextInt(10_000 * (int) Math.pow(10, scale)), scale));
      case 7:
        return Entry.oneOff(id, p, day, amount(r), text(r));
      case 8:
        return Entry.directPaymentReceipt(id, p, day, amount(r));
      case 9:
        return Entry.directPaymentSpend(id, p, day, amount(r), r.nextBoolean() ? "" : text(r));
      case 10:
        return Entry.reversal(id, p, day, EntryId.of("x" + r.nextInt(1000)), text(r));
      case 11:
        return Entry.review(id, p, day, r.nextBoolean() ? ReviewKind.CARE_PLAN : ReviewKind.DIRECT_PAYMENT,
            r.nextBoolean() ? "" : text(r));
      default:
        return Entry.needsChanged(id, p, day, text(r));
    }
  }

  static String text(SplittableRandom r) {
    return TEXTS.get(r.nextInt(TEXTS.size()));
  }

  /** From a penny to the most an entry may be, mostly small. */
  static Money amount(SplittableRandom r) {
    return Money.ofPence(r.nextBoolean() ? 1 + r.nextInt(100_000) : 1 + r.nextLong(Entry.MAX_AMOUNT.pence()));
  }

  /** An entry's row, {@code excel} choosing how each value is written. */
  static Map<String, String> cells(Entry e, boolean excel, SplittableRandom r) {
    Map<String, String> c = new LinkedHashMap<>();
    for (String column : EntryCsv.COLUMNS) {
      c.put(column, "");
    }
    c.put("id", e.id().value());
    c.put("person", e.person().value());
    String kind = e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    c.put("kind", excel ? Character.toUpperCase(kind.charAt(0)) + kind.substring(1).replace('-', ' ') : kind);
    c.put("date", date(e.date(), excel, r));
    e.until().ifPresent(d -> c.put("to", date(d, excel, r)));
    e.day().ifPresent(d -> c.put("day", excel ? d.name().substring(0, 1) + d.name().substring(1, 3).toLowerCase(Locale.ROOT) : d.name()));
    e.start().ifPresent(t -> c.put("start", time(t, excel)));
    e.end().ifPresent(t -> c.put("end", time(t, excel)));
    e.provider().ifPresent(v -> c.put("provider", v));
    e.staffType().ifPresent(v -> c.put("staff", v));
    e.cancelledBy().ifPresent(b -> c.put("cancelled_by", excel ? "Person".equalsIgnoreCase(b.name()) ? "Person" : "Provider"
        : b.name().toLowerCase(Locale.ROOT)));
    e.notified().ifPresent(t -> c.put("notified", dateTime(t, excel, r)));
    if (e.minutes() > 0) {
      c.put("minutes", Long.toString(e.minutes()));
    }
    e.miles().ifPresent(m -> c.put("miles", excel ? String.format(Locale.UK, "%,." + Math.max(0, m.scale()) + "f", m) : m.toPlainString()));
    e.amount().ifPresent(a -> c.put("amount", pounds(a, excel)));
    e.reverses().ifPresent(x -> c.put("reverses", x.value()));
    e.reviewKind().ifPresent(k -> c.put("review", excel ? k == ReviewKind.CARE_PLAN ? "Care plan" : "Direct payment"
        : k.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    if (!e.note().isEmpty()) {
      c.put("note", e.note());
    }
    return c;
  }

  /** The columns a kind may leave empty that it uses: a value put in any other empty column is refused. */
  static boolean optional(EntryKind kind, String column) {
    return (kind == EntryKind.PLANNED && column.equals("to"))
        || (column.equals("note") && (kind == EntryKind.BANKED || kind == EntryKind.BANKED_USED
            || kind == EntryKind.DIRECT_PAYMENT_SPEND || kind == EntryKind.REVIEW));
  }

  // ---- invoices ----

  /** An invoice line of {@code person} on one of the invoice's days. */
  static InvoiceLine line(SplittableRandom r, PersonId person, LocalDate from, LocalDate to) {
    LocalDate day = from.plusDays(r.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    LocalTime start = LocalTime.of(r.nextInt(23), r.nextInt(60));
    LocalTime end = start.plusMinutes(1 + r.nextInt(59));
    String staff = r.nextBoolean() ? "support-worker" : text(r);
    Money amount = r.nextInt(10) == 0 ? Money.zero() : amount(r);
    return InvoiceLine.of(person, day, start, end, staff, amount);
  }

  static Map<String, String> cells(String number, String provider, LocalDate from, LocalDate to, InvoiceLine l, boolean excel,
      SplittableRandom r) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("invoice", number);
    c.put("provider", provider);
    c.put("from", date(from, excel, r));
    c.put("to", date(to, excel, r));
    c.put("person", l.person().value());
    c.put("date", date(l.date(), excel, r));
    c.put("start", time(l.start(), excel));
    c.put("end", time(l.end(), excel));
    c.put("staff", l.staffType());
    c.put("amount", pounds(l.amount(), excel));
    return c;
  }

  // ---- values and files ----

  static String date(LocalDate d, boolean excel, SplittableRandom r) {
    if (!excel) {
      return d.toString();
    }
    // Excel writes 01/06/2026 or 1/6/2026 as the cell's format says.
    return r.nextBoolean()
        ? String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
        : d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
  }

  static String time(LocalTime t, boolean excel) {
    return excel ? t.getHour() + ":" + String.format("%02d", t.getMinute()) : t.toString();
  }

  static String dateTime(LocalDateTime t, boolean excel, SplittableRandom r) {
    return date(t.toLocalDate(), excel, r) + (excel ? " " : "T") + time(t.toLocalTime(), excel);
  }

  /** 1234.50, or as Excel's currency format writes it, £1,234.50. */
  static String pounds(Money m, boolean excel) {
    return excel ? String.format(Locale.UK, "\u00a3%,.2f", m.pounds()) : m.toPlainString();
  }

  /** One CSV line of cells, each quoted when it must be (or always, as some exports do), with no line end. */
  static String line(List<String> cells, char separator, boolean quoteAll) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        s.append(separator);
      }
      String v = cells.get(i);
      boolean quote = quoteAll || v.indexOf(separator) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
          || (!v.isEmpty() && (v.strip().length() != v.length()));
      s.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
    }
    return s.toString();
  }

  static List<String> values(Map<String, String> cells, List<String> columns) {
    List<String> out = new ArrayList<>();
    for (String c : columns) {
      out.add(cells.getOrDefault(c, ""));
    }
    return out;
  }

  static TableReader table(String text) throws IOException {
    return table(text.getBytes(StandardCharsets.UTF_8));
  }

  static TableReader table(byte[] bytes) throws IOException {
    return TableReader.csv("in.csv", new ByteArrayInputStream(bytes));
  }

  /** Lines in {@code text} so far: the line the next row starts on, less one. */
  static int lines(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
