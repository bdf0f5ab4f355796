package uk.ras.examples.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import uk.ras.assessment.PersonId;
import uk.ras.ledger.InvoiceLine;
import uk.ras.money.Money;

/**
 * What a provider should invoice for a period, as the delivery ledger says it, a printable A4 page on the
 * report kit: a summary of the people and their totals, then each person's visits (date, times, length,
 * staff type, amount) with the person's total. The lines are the ledger's ({@code
 * ledger.invoiceLines(provider, from, to)}, one ledger a person); the page adds them up in exact {@link
 * Money} and checks that the people's totals make the grand total. Every text is escaped. One thread.
 *
 * <pre>{@code
 * List<InvoiceLine> lines = new ArrayList<>();
 * for (Ledger ledger : ledgers) {
 *   lines.addAll(ledger.invoiceLines("Riverside Support", from, to));
 * }
 * String html = ProviderInvoicePage.of("Riverside Support", from, to, lines).html();
 * }</pre>
 */
public final class ProviderInvoicePage {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);

  private final String provider;
  private final LocalDate from;
  private final LocalDate to;
  /** Each person's lines, by person, then by date and start as the page lists them. */
  private final Map<PersonId, List<InvoiceLine>> byPerson;
  private final Money total;

  private ProviderInvoicePage(String provider, LocalDate from, LocalDate to, Map<PersonId, List<InvoiceLine>> byPerson,
      Money total) {
    this.provider = provider;
    this.from = from;
    this.to = to;
    this.byPerson = byPerson;
    this.total = total;
  }

  /**
   * The page of what a provider should invoice.
   *
   * @param provider the provider's name, not null, not blank
   * @param from the period's first day, not null
   * @param to its last day, not null, not before {@code from}
   * @param lines the lines, of any number of people, in any order; not null, no nulls
   * @return never null
   * @throws IllegalArgumentException if {@code provider} is blank, the days run backwards, or a line is dated
   *     outside them (naming the line)
   */
  public static ProviderInvoicePage of(String provider, LocalDate from, LocalDate to, List<InvoiceLine> lines) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(lines, "lines");
    if (provider.isBlank()) {
      throw new IllegalArgumentException("an invoice page needs the provider's name");
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the invoice's days run backwards: " + from + " to " + to);
    }
    Map<PersonId, List<InvoiceLine>> byPerson = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      InvoiceLine l = Objects.requireNonNull(lines.get(i), "line");
      if (l.date().isBefore(from) || l.date().isAfter(to)) {
        throw new IllegalArgumentException("line " + (i + 1) + " (" + l.person() + ", " + l.date() + ") is dated outside "
            + from + " to " + to);
      }
      byPerson.computeIfAbsent(l.person(), p -> new ArrayList<>()).add(l);
    }
    byPerson.values().forEach(ls -> ls.sort(Comparator.comparing(InvoiceLine::date).thenComparing(InvoiceLine::start)
        .thenComparing(InvoiceLine::end)));
    Money total = Money.total(lines.stream().map(InvoiceLine::amount)::iterator);
    Money ofPeople = Money.zero();
    for (List<InvoiceLine> ls : byPerson.values()) {
      ofPeople = ofPeople.plus(subtotal(ls));
    }
    if (!ofPeople.equals(total)) {
      // Cannot happen with exact money; kept so that a page never shows totals that do not add up.
      throw new IllegalStateException("the people's totals " + ofPeople + " are not the lines' total " + total);
    }
    return new ProviderInvoicePage(provider.strip(), from, to, byPerson, total);
  }

  private static Money subtotal(List<InvoiceLine> lines) {
    return Money.total(lines.stream().map(InvoiceLine::amount)::iterator);
  }

  /** {@return the page, a complete HTML document; never null} */
  public String html() {
    int visits = byPerson.values().stream().mapToInt(List::size).sum();
    Page page = Page.styled("What " + provider + " should invoice", StatementPage.STYLE);
    page.markup("<div class=\"head\">"
        + StatementPage.line("Provider: " + provider)
        + StatementPage.line("Period: " + StatementPage.day(from) + " to " + StatementPage.day(to))
        + StatementPage.line("Total: " + StatementPage.money(total) + " for " + Numbers.count(visits)
            + (visits == 1 ? " visit" : " visits") + " of " + Numbers.count(byPerson.size())
            + (byPerson.size() == 1 ? " person" : " people"))
        + "</div>\n");
    page.paragraph("These are the visits the ledger records for " + provider + " in the period: visits delivered, "
        + "visits the person cancelled too late (charged at their price) and planned visits paid during a hospital "
        + "stay, each at the ledger's price. Mileage is charged to the person's budget but is not a visit, and is not "
        + "listed here.");

    page.heading("Summary", "summary");
    if (byPerson.isEmpty()) {
      page.paragraph("The ledger records no visit of " + provider + " to invoice in the period.");
    } else {
      Table summary = Table.of("Person", "Visits", "Amount");
      for (Map.Entry<PersonId, List<InvoiceLine>> e : byPerson.entrySet()) {
        Money sub = subtotal(e.getValue());
        summary.row(e.getKey().value(), Numbers.count(e.getValue().size()), StatementPage.money(sub));
      }
      summary.total("Total", Numbers.count(visits), StatementPage.money(total)).exact(2, "total", total);
      page.table(summary);
    }

    int n = 0;
    for (Map.Entry<PersonId, List<InvoiceLine>> e : byPerson.entrySet()) {
      n++;
      page.heading(e.getKey().value(), "person-" + n);
      Money sub = subtotal(e.getValue());
      Table t = Table.of("Date", "Time", "Length", "Staff type", "Amount");
      for (InvoiceLine l : e.getValue()) {
        t.row(l.date().format(DATE), l.start() + " to " + l.end(),
            StatementPage.hours(Duration.between(l.start(), l.end()).toMinutes()), l.staffType(),
            StatementPage.money(l.amount()));
      }
      t.total("Total for " + e.getKey().value(), "", "", "", StatementPage.money(sub)).exact(4, "person_total", sub);
      page.table(t);
    }
    return page.html();
  }
}
