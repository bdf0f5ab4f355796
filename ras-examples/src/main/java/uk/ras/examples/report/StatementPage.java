package uk.ras.examples.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import uk.ras.ledger.Alert;
import uk.ras.ledger.AlertKind;
import uk.ras.ledger.Balance;
import uk.ras.ledger.Charge;
import uk.ras.ledger.Statement;
import uk.ras.ledger.StatementLine;
import uk.ras.money.Money;

/**
 * A person's month of the delivery ledger as a provider would send it, a printable A4 page on the report
 * kit: who and which month; the balances brought forward and at the month's end (the budget, what is spent,
 * what is committed, the hours banked and their value, what remains, and the direct-payment account when it
 * was used); every line of the month with its running balances and how its amount was worked out ("120
 * minutes x £23.13 an hour / 60 = £46.26"); and the alerts, when given.
 *
 * <p>Every amount is the ledger's ({@link Statement}, {@link Balance}, {@link Charge}): the page formats
 * them and adds up only the month's lines, in exact {@link Money}, and refuses a statement whose lines do
 * not add up to the change in its balances. Every text (the person's name and reference, providers, staff
 * types, what a one-off bought) is escaped. One thread.
 *
 * <pre>{@code
 * Statement statement = ledger.statement(YearMonth.of(2026, 6));
 * String html = StatementPage.of(statement, ledger.charges())
 *     .named("Mary Smith")
 *     .alerts(ledger.alerts(LocalDate.of(2026, 6, 30), rules, Money.zero()))
 *     .html();
 * }</pre>
 */
public final class StatementPage {
  /**
   * The ledger pages' style: the report kit's (A4, a heading kept with what follows it, a table or row not
   * split), and a long word from a file may break anywhere rather than run off the page.
   */
  static final String STYLE = Page.STYLE
      + "body{overflow-wrap:anywhere}th,td{overflow-wrap:normal}td{white-space:nowrap}\n"
      + "td.l,td.t{white-space:normal;overflow-wrap:anywhere}td.t{text-align:left}td.d{white-space:nowrap}\n"
      + ".head p{margin:.1em 0}.head{margin:0 0 1em}\n"
      + ".entry{margin:.4em 0 .6em;break-inside:avoid;page-break-inside:avoid}.working{color:#333}\n";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

  private final Statement statement;
  private final List<String> workings;
  private String name;
  private List<Alert> alerts;

  private StatementPage(Statement statement, List<String> workings) {
    this.statement = statement;
    this.workings = workings;
  }

  /**
   * The page of a statement, each line's working taken from the trace of the charge it shows.
   *
   * @param statement the month, from {@code ledger.statement(month)}; not null
   * @param charges the same ledger's charges ({@code ledger.charges()}); those of other months are passed over
   * @return never null
   * @throws IllegalArgumentException if the charges of the month are not the statement's lines, one for one,
   *     or the lines do not add up to the change from the opening to the closing balances
   */
  public static StatementPage of(Statement statement, List<Charge> charges) {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(charges, "charges");
    List<Charge> month = new ArrayList<>();
    for (Charge c : charges) {
      if (YearMonth.from(c.date()).equals(statement.month())) {
        month.add(c);
      }
    }
    List<StatementLine> lines = statement.lines();
    if (month.size() != lines.size()) {
      throw new IllegalArgumentException("the charges given have " + month.size() + " in " + statement.month()
          + ", but the statement has " + lines.size() + " lines: they are not the same ledger's");
    }
    List<String> workings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      StatementLine l = lines.get(i);
      Charge c = month.get(i);
      if (!c.entry().equals(l.entry()) || !c.date().equals(l.date()) || !c.amount().equals(l.amount())
          || !c.description().equals(l.description())) {
        throw new IllegalArgumentException("the charge " + c.entry() + " on " + c.date() + " is not the statement's line "
            + (i + 1) + " (" + l.entry() + " on " + l.date() + "): they are not the same ledger's");
      }
      workings.add(working(c.trace()));
    }
    addsUp(statement);
    return new StatementPage(statement, List.copyOf(workings));
  }

  /**
   * How a charge's amount was reached, in a line: the band the visit was priced in, when its trace names
   * one, and the trace's last step, the sum itself ("120 minutes x £23.13 an hour / 60 = £46.26"). The
   * whole trace (the rate built up from pay) is the ledger's {@link Charge#trace()}.
   */
  private static String working(List<String> trace) {
    if (trace.isEmpty()) {
      return "";
    }
    String last = trace.get(trace.size() - 1);
    for (String step : trace) {
      if (step.startsWith("band ") && !step.equals(last)) {
        return step + "; " + last;
      }
    }
    return last;
  }

  /** The month's lines are the change in the balances: spent, banked minutes and the account, each exact. */
  private static void addsUp(Statement s) {
    Money spent = Money.total(s.lines().stream().map(StatementLine::amount)::iterator);
    Money account = Money.total(s.lines().stream().map(StatementLine::directPayment)::iterator);
    long banked = 0;
    for (StatementLine l : s.lines()) {
      banked = Math.addExact(banked, l.bankedMinutes());
    }
    if (!s.opening().spent().plus(spent).equals(s.closing().spent()) || !spent.equals(s.spent())
        || !s.opening().directPaymentHeld().plus(account).equals(s.closing().directPaymentHeld())
        || s.opening().bankedMinutes() + banked != s.closing().bankedMinutes()) {
      throw new IllegalArgumentException("the statement of " + s.person() + " for " + s.month()
          + " does not add up: its lines are not the change from its opening to its closing balances");
    }
  }

  /**
   * The person's name, shown beside their reference; by default the reference alone.
   *
   * @param name not null, not blank
   * @return this
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public StatementPage named(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a statement's name must not be blank");
    }
    this.name = name.strip();
    return this;
  }

  /**
   * The alerts to show, such as {@code ledger.alerts(month's last day, rules, liabilities)}; an empty list
   * says there are none. Without this call the page has no alerts section.
   *
   * @param alerts not null, no nulls
   * @return this
   */
  public StatementPage alerts(List<Alert> alerts) {
    this.alerts = List.copyOf(alerts);
    return this;
  }

  /** {@return the page, a complete HTML document; never null} */
  public String html() {
    Statement s = statement;
    Balance open = s.opening();
    Balance close = s.closing();
    String month = monthName(s.month());
    boolean account = !open.directPaymentHeld().isZero() || !close.directPaymentHeld().isZero()
        || s.lines().stream().anyMatch(l -> !l.directPayment().isZero());

    Page page = Page.styled("Statement for " + month, STYLE);
    page.markup("<div class=\"head\">"
        + line("For: " + (name == null ? s.person().value() : name))
        + line("Reference: " + s.person().value())
        + line("Month: " + month + " (" + day(s.month().atDay(1)) + " to " + day(s.month().atEndOfMonth()) + ")")
        + "</div>\n");

    page.heading("Your balances", "balances");
    String before = "Brought forward (" + day(open.date()) + ")";
    String after = "At the end of " + month + " (" + day(close.date()) + ")";
    Table balances = Table.of("", before, after)
        .row("Budget for the period", money(open.budget()), money(close.budget()))
        .exact(1, "opening_budget", open.budget()).exact(2, "closing_budget", close.budget())
        .row("Spent", money(open.spent()), money(close.spent()))
        .exact(1, "opening_spent", open.spent()).exact(2, "closing_spent", close.spent())
        .row("Committed: planned support still to come", money(open.committed()), money(close.committed()))
        .exact(1, "opening_committed", open.committed()).exact(2, "closing_committed", close.committed())
        .row("Hours banked", hours(open.bankedMinutes()), hours(close.bankedMinutes()))
        .row("Value of the hours banked", money(open.bankedValue()), money(close.bankedValue()))
        .exact(1, "opening_banked_value", open.bankedValue()).exact(2, "closing_banked_value", close.bankedValue())
        .total("Remaining", money(open.remaining()), money(close.remaining()))
        .exact(1, "opening_remaining", open.remaining()).exact(2, "closing_remaining", close.remaining());
    if (account) {
      balances.row("Direct-payment account", money(open.directPaymentHeld()), money(close.directPaymentHeld()))
          .exact(1, "opening_account", open.directPaymentHeld()).exact(2, "closing_account", close.directPaymentHeld());
    }
    page.table(balances);
    page.note("Remaining is the budget less what is spent, what is committed and the value of the hours banked "
        + "(they may still be used); below zero, the plan would overspend. " + close.explanation());

    page.heading("What happened in " + month, "lines");
    if (s.lines().isEmpty()) {
      page.paragraph("Nothing was charged, banked or paid in " + month + ".");
    } else {
      page.markup(lines(account));
      page.note("Each visit is priced whole at the hourly rate of its staff type in the band of its start, "
          + "minutes x hourly rate / 60, rounded to the penny once per visit; the rates are those in force on its day.");
    }

    if (alerts != null) {
      page.heading("Alerts", "alerts");
      if (alerts.isEmpty()) {
        page.paragraph("There are no alerts.");
      }
      for (Alert a : alerts) {
        page.markup("<p class=\"entry\"><strong>" + Markup.escape(alertName(a.kind()) + ", " + day(a.date()) + ": "
            + money(a.amount())) + ".</strong> " + Markup.escape(a.message()) + "</p>\n");
      }
    }
    return page.html();
  }

  /** The lines' table: what happened, how it was worked out, and the running balances after it. */
  private String lines(boolean account) {
    StringBuilder h = new StringBuilder("<table class=\"lines\">\n<thead><tr><th class=\"l\">Date</th>"
        + "<th class=\"l\">What happened</th><th class=\"l\">How it was worked out</th><th>Amount</th>"
        + "<th>Spent to date</th><th>Hours banked</th>" + (account ? "<th>Direct-payment account</th>" : "")
        + "</tr></thead>\n<tbody>\n");
    Money total = Money.zero();
    for (int i = 0; i < statement.lines().size(); i++) {
      StatementLine l = statement.lines().get(i);
      total = total.plus(l.amount());
      h.append("<tr><td class=\"l d\">").append(Markup.escape(l.date().format(SHORT_DAY))).append("</td>")
          .append("<td class=\"t\">").append(Markup.escape(l.description())).append("</td>")
          .append("<td class=\"t working\">").append(Markup.escape(workings.get(i))).append("</td>")
          .append(cell("line_amount", l.amount())).append(cell("spent_to_date", l.spentToDate()))
          .append("<td>").append(Markup.escape(hours(l.bankedMinutesToDate()))).append("</td>")
          .append(account ? cell("account_to_date", l.directPaymentHeldToDate()) : "").append("</tr>\n");
    }
    // The lines' sum is the statement's: checked when the page was made (addsUp).
    h.append("<tr class=\"total\"><td class=\"l\">Total</td><td class=\"t\">Spent in ")
        .append(Markup.escape(monthName(statement.month()))).append("</td><td></td>").append(cell("month_spent", total))
        .append("<td></td><td></td>").append(account ? "<td></td>" : "").append("</tr>\n");
    return h.append("</tbody>\n</table>\n").toString();
  }

  private static String cell(String key, Money amount) {
    return "<td data-total=\"" + key + "\" data-pence=\"" + amount.pence() + "\">" + Markup.escape(money(amount)) + "</td>";
  }

  private static String alertName(AlertKind kind) {
    switch (kind) {
      case PROJECTED_OVERSPEND:
        return "Projected overspend";
      case BANKED_ABOVE_LIMIT:
        return "More hours banked than the limit";
      case MONEY_UNUSED:
        return "Budget unused";
      case DIRECT_PAYMENT_SURPLUS:
      default:
        return "Direct-payment account surplus";
    }
  }

  static String line(String text) {
    return "<p>" + Markup.escape(text) + "</p>";
  }

  static String money(Money m) {
    return Numbers.money(m);
  }

  static String day(LocalDate d) {
    return d.format(DAY);
  }

  static String monthName(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + m.getYear();
  }

  /** Minutes as a person says them, as the ledger does: 45 minutes, 1 hour, 2 hours 30 minutes. */
  static String hours(long minutes) {
    long h = Math.abs(minutes) / 60;
    long m = Math.abs(minutes) % 60;
    String sign = minutes < 0 ? "-" : "";
    if (h == 0) {
      return sign + m + (m == 1 ? " minute" : " minutes");
    }
    String hs = h + (h == 1 ? " hour" : " hours");
    return sign + (m == 0 ? hs : hs + " " + m + (m == 1 ? " minute" : " minutes"));
  }
}
