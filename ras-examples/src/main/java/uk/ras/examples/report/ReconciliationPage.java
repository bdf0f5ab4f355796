package uk.ras.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ras.assessment.PersonId;
import uk.ras.ledger.Difference;
import uk.ras.ledger.DifferenceKind;
import uk.ras.ledger.Invoice;
import uk.ras.ledger.InvoiceLine;
import uk.ras.ledger.Reconciliation;
import uk.ras.money.Money;

/**
 * A provider's invoice reconciled against a person's ledger, a printable A4 page on the report kit: how many
 * of the person's lines matched a visit, every difference with its reason and the amount at stake, and the
 * totals invoiced, accepted and delivered.
 *
 * <p><b>The amount at stake</b> of a difference is what the invoice and the ledger disagree by: the amount
 * invoiced less the ledger's price for a line matched with another amount or other times (negative when the
 * invoice asks for less), the whole amount invoiced for a visit the ledger has no record of, and the ledger's
 * price for a visit not invoiced. So the lines' amounts at stake add up to {@code invoiced - accepted}, and
 * those of the visits not invoiced to {@code delivered - accepted}; the page adds them up in exact {@link
 * Money} and refuses a reconciliation where they do not. Every other amount is the reconciliation's own.
 * Every text is escaped. One thread.
 *
 * <pre>{@code
 * Reconciliation r = ledger.reconcile(invoice, rules);
 * String html = ReconciliationPage.of(r, invoice).html();
 * }</pre>
 */
public final class ReconciliationPage {
  private final Reconciliation reconciliation;
  private final PersonId person;
  private final int lines;
  private final int matched;
  private final Money notAccepted;
  private final Money notInvoiced;

  private ReconciliationPage(Reconciliation reconciliation, PersonId person, int lines, int matched, Money notAccepted,
      Money notInvoiced) {
    this.reconciliation = reconciliation;
    this.person = person;
    this.lines = lines;
    this.matched = matched;
    this.notAccepted = notAccepted;
    this.notInvoiced = notInvoiced;
  }

  /**
   * The page of a reconciliation. The invoice is the one reconciled: it gives the count of the person's lines,
   * which the reconciliation does not keep, for the count of lines matched.
   *
   * @param reconciliation from {@code ledger.reconcile(invoice, rules)}; not null
   * @param invoice the invoice reconciled; not null
   * @return never null
   * @throws IllegalArgumentException if {@code invoice} is not the one reconciled (another number, provider or
   *     last day, or lines that do not make the amount invoiced), or the amounts at stake do not add up to the
   *     reconciliation's totals
   */
  public static ReconciliationPage of(Reconciliation reconciliation, Invoice invoice) {
    Reconciliation r = Objects.requireNonNull(reconciliation, "reconciliation");
    Objects.requireNonNull(invoice, "invoice");
    PersonId person = r.entry().person();
    List<InvoiceLine> own = new ArrayList<>();
    for (InvoiceLine l : invoice.lines()) {
      if (l.person().equals(person)) {
        own.add(l);
      }
    }
    Money invoiced = Money.total(own.stream().map(InvoiceLine::amount)::iterator);
    if (!invoice.number().equals(r.invoice()) || !invoice.provider().equals(r.provider())
        || !invoice.to().equals(r.entry().date()) || own.size() + r.otherPeople() != invoice.lines().size()
        || !invoiced.equals(r.invoiced())) {
      throw new IllegalArgumentException("invoice " + invoice.number() + " of " + invoice.provider()
          + " is not the one reconciled (" + r.invoice() + " of " + r.provider() + ")");
    }
    int notDelivered = 0;
    Money notAccepted = Money.zero();
    Money notInvoiced = Money.zero();
    for (Difference d : r.differences()) {
      if (d.kind() == DifferenceKind.NOT_DELIVERED) {
        notDelivered++;
      }
      if (d.kind() == DifferenceKind.NOT_INVOICED) {
        notInvoiced = notInvoiced.plus(atStake(d));
      } else {
        notAccepted = notAccepted.plus(atStake(d));
      }
    }
    if (!notAccepted.equals(r.invoiced().minus(r.accepted())) || !notInvoiced.equals(r.delivered().minus(r.accepted()))) {
      throw new IllegalArgumentException("the differences of invoice " + r.invoice() + " do not add up to its totals: "
          + notAccepted + " at stake on its lines against " + r.invoiced() + " - " + r.accepted() + ", "
          + notInvoiced + " not invoiced against " + r.delivered() + " - " + r.accepted());
    }
    return new ReconciliationPage(r, person, own.size(), own.size() - notDelivered, notAccepted, notInvoiced);
  }

  /** What the invoice and the ledger disagree by on one difference (see the class description). */
  private static Money atStake(Difference d) {
    switch (d.kind()) {
      case NOT_INVOICED:
        return d.ledger();
      case NOT_DELIVERED:
        return d.invoiced();
      case AMOUNT_DIFFERS:
      case TIMES_DIFFER:
      default:
        return d.invoiced().minus(d.ledger());
    }
  }

  private static String kindName(DifferenceKind kind) {
    switch (kind) {
      case AMOUNT_DIFFERS:
        return "Amount differs";
      case TIMES_DIFFER:
        return "Times differ";
      case NOT_DELIVERED:
        return "Not delivered";
      case NOT_INVOICED:
      default:
        return "Not invoiced";
    }
  }

  /** {@return the page, a complete HTML document; never null} */
  public String html() {
    Reconciliation r = reconciliation;
    Page page = Page.styled("Invoice " + r.invoice() + " of " + r.provider() + " against the ledger", StatementPage.STYLE);
    page.markup("<div class=\"head\">"
        + StatementPage.line("Provider: " + r.provider())
        + StatementPage.line("Invoice: " + r.invoice())
        + StatementPage.line("Person: " + person.value())
        + "</div>\n");
    page.paragraph(r.summary());
    int differences = r.differences().size();
    int exact = matched - (int) r.differences().stream()
        .filter(d -> d.kind() == DifferenceKind.AMOUNT_DIFFERS || d.kind() == DifferenceKind.TIMES_DIFFER).count();
    page.paragraph(Numbers.count(lines) + (lines == 1 ? " line" : " lines") + " of the invoice "
        + (lines == 1 ? "is" : "are") + " for " + person.value() + ": " + Numbers.count(matched) + " matched a visit in "
        + "the ledger (" + Numbers.count(exact) + " exactly), " + Numbers.count(lines - matched) + " did not."
        + (r.otherPeople() == 0 ? ""
            : " " + Numbers.count(r.otherPeople()) + (r.otherPeople() == 1 ? " line is" : " lines are")
                + " for other people, reconciled against their own ledgers."));

    page.heading("Totals", "totals");
    page.table(Table.of("", "Amount")
        .row("Invoiced", StatementPage.money(r.invoiced())).exact(1, "invoiced", r.invoiced())
        .row("Accepted: the ledger's price of each visit matched", StatementPage.money(r.accepted()))
        .exact(1, "accepted", r.accepted())
        .row("Not accepted: invoiced less accepted", StatementPage.money(notAccepted)).exact(1, "not_accepted", notAccepted)
        .row("Delivered: what the ledger says the provider should invoice", StatementPage.money(r.delivered()))
        .exact(1, "delivered", r.delivered())
        .row("Delivered but not invoiced: delivered less accepted", StatementPage.money(notInvoiced))
        .exact(1, "not_invoiced", notInvoiced));

    page.heading(differences == 0 ? "No differences" : "Differences", "differences");
    if (differences == 0) {
      page.paragraph("Every line of the invoice for " + person.value() + " matched a visit in the ledger at the ledger's "
          + "price, and every visit the ledger records was invoiced.");
    } else {
      StringBuilder h = new StringBuilder("<table class=\"differences\">\n<thead><tr><th class=\"l\">#</th>"
          + "<th class=\"l\">Date</th><th class=\"l\">Difference</th><th>Invoiced</th><th>Ledger's price</th>"
          + "<th>At stake</th><th class=\"l\">Reason</th></tr></thead>\n<tbody>\n");
      int n = 0;
      for (Difference d : r.differences()) {
        n++;
        Money stake = atStake(d);
        h.append("<tr><td class=\"l\">").append(n).append("</td><td class=\"l d\">")
            .append(Markup.escape(StatementPage.day(d.date()))).append("</td><td class=\"t\">")
            .append(Markup.escape(kindName(d.kind()))).append("</td><td>")
            .append(Markup.escape(d.line().isPresent() ? StatementPage.money(d.invoiced()) : "not invoiced"))
            .append("</td><td>").append(Markup.escape(d.entry().isPresent() ? StatementPage.money(d.ledger()) : "no visit"))
            .append("</td><td data-total=\"at_stake\" data-pence=\"").append(stake.pence()).append("\">")
            .append(Markup.escape(StatementPage.money(stake))).append("</td><td class=\"t working\">")
            .append(Markup.escape(d.reason())).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
      page.markup(h.toString());
      page.note("At stake: the amount invoiced less the ledger's price for a line matched with another amount or other "
          + "times; all of it for a visit the ledger has no record of; the ledger's price for a visit not invoiced. "
          + "The lines' amounts at stake add up to what is not accepted, and those of the visits not invoiced to what "
          + "was delivered but not invoiced.");
    }
    return page.html();
  }
}
