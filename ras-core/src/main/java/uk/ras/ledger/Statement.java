package uk.ras.ledger;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * A person's statement for a month, as plain values a report can render: the balances at the end of
 * the day before the month and at the month's end, and a line for every charge in the month with
 * running balances. Its totals are the ledger's: {@code opening spent + sum of lines = closing spent},
 * and the same for banked minutes and the direct-payment account. Made by {@link Ledger#statement}.
 * Immutable and thread-safe.
 */
public final class Statement {
  private final PersonId person;
  private final YearMonth month;
  private final Balance opening;
  private final Balance closing;
  private final List<StatementLine> lines;

  Statement(PersonId person, YearMonth month, Balance opening, Balance closing, List<StatementLine> lines) {
    this.person = person;
    this.month = month;
    this.opening = opening;
    this.closing = closing;
    this.lines = List.copyOf(lines);
  }

  /** {@return the person; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the month; never null} */
  public YearMonth month() {
    return month;
  }

  /** {@return the balances at the end of the day before the month; never null} */
  public Balance opening() {
    return opening;
  }

  /** {@return the balances at the end of the month's last day; never null} */
  public Balance closing() {
    return closing;
  }

  /** {@return the month's lines, by date then entry; never null} */
  public List<StatementLine> lines() {
    return lines;
  }

  /** {@return the money spent in the month: the sum of the lines' amounts; never null} */
  public Money spent() {
    return Money.total(lines.stream().map(StatementLine::amount)::iterator);
  }

  /**
   * The statement in plain words, as a provider would send it: a heading, what was brought forward,
   * one line a charge with the money spent to date, and the closing balances.
   *
   * @return the lines of text, never null
   */
  public List<String> text() {
    List<String> out = new java.util.ArrayList<>();
    out.add("Statement for " + person + ", "
        + month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " " + month.getYear());
    out.add("Brought forward: spent " + opening.spent() + "; banked " + Ledger.hours(opening.bankedMinutes())
        + "; direct-payment account " + opening.directPaymentHeld() + ".");
    for (StatementLine l : lines) {
      out.add(l.date() + "  " + l.description() + "  (spent to date " + l.spentToDate() + ")");
    }
    out.add(closing.explanation());
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Statement)) {
      return false;
    }
    Statement s = (Statement) o;
    return person.equals(s.person) && month.equals(s.month) && opening.equals(s.opening) && closing.equals(s.closing)
        && lines.equals(s.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, month, opening, closing, lines);
  }

  @Override
  public String toString() {
    return "Statement[person=" + person + ", month=" + month + ", opening=" + opening + ", closing=" + closing
        + ", lines=" + lines + "]";
  }
}
