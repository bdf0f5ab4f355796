package uk.ras.ledger;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ras.money.Money;

/**
 * A provider's invoice reconciled against a person's ledger, visit by visit: every difference with its
 * reason, what was invoiced, what the ledger accepts, and what it says the provider delivered. Made by
 * {@link Ledger#reconcile}. Immutable and thread-safe.
 *
 * <p><b>Matching.</b> Only the invoice's lines for the ledger's person are reconciled (the others are
 * counted). The ledger's side is what the provider should invoice for the invoice's days ({@link
 * Ledger#invoiceLines}). Times are rounded and compared as {@link ReconciliationRules} says. First, each
 * line in the invoice's order takes the unmatched visit of its date and staff type whose rounded times
 * are within the tolerance at both ends and closest (the sum of both differences; ties to the earlier
 * entry); a matched line whose amount is not the ledger's price is {@link DifferenceKind#AMOUNT_DIFFERS}.
 * Then each line still unmatched takes the closest unmatched visit of its date and staff type, {@link
 * DifferenceKind#TIMES_DIFFER}, or, with none, is {@link DifferenceKind#NOT_DELIVERED}. Visits left are
 * {@link DifferenceKind#NOT_INVOICED}. The ledger accepts its own price for every matched visit, and
 * nothing for a line not delivered.
 *
 * <p><b>Idempotent.</b> Record {@link #entry()} to mark the invoice reconciled. Reconciling the same
 * invoice again reports {@link #alreadyReconciled()}, and recording its entry again changes nothing.
 */
public final class Reconciliation {
  private final String invoice;
  private final String provider;
  private final List<Difference> differences;
  private final Money invoiced;
  private final Money accepted;
  private final Money delivered;
  private final int otherPeople;
  private final boolean alreadyReconciled;
  private final Entry entry;

  Reconciliation(
      String invoice,
      String provider,
      List<Difference> differences,
      Money invoiced,
      Money accepted,
      Money delivered,
      int otherPeople,
      boolean alreadyReconciled,
      Entry entry) {
    this.invoice = invoice;
    this.provider = provider;
    this.differences = List.copyOf(differences);
    this.invoiced = invoiced;
    this.accepted = accepted;
    this.delivered = delivered;
    this.otherPeople = otherPeople;
    this.alreadyReconciled = alreadyReconciled;
    this.entry = entry;
  }

  static Reconciliation of(Ledger ledger, Invoice inv, ReconciliationRules rules) {
    List<InvoiceLine> lines = new ArrayList<>();
    int others = 0;
    for (InvoiceLine l : inv.lines()) {
      if (l.person().equals(ledger.terms().person())) {
        lines.add(l);
      } else {
        others++;
      }
    }
    List<Charge> visits = ledger.invoiceable(inv.provider(), inv.from(), inv.to());
    Charge[] matchOf = new Charge[lines.size()];
    boolean[] taken = new boolean[visits.size()];
    for (int i = 0; i < lines.size(); i++) {
      int best = closest(lines.get(i), visits, taken, rules, true);
      if (best >= 0) {
        taken[best] = true;
        matchOf[i] = visits.get(best);
      }
    }
    List<Difference> differences = new ArrayList<>();
    Money invoiced = Money.zero();
    Money accepted = Money.zero();
    for (int i = 0; i < lines.size(); i++) {
      InvoiceLine l = lines.get(i);
      invoiced = invoiced.plus(l.amount());
      Charge c = matchOf[i];
      if (c != null) {
        accepted = accepted.plus(c.amount());
        if (!c.amount().equals(l.amount())) {
          differences.add(new Difference(DifferenceKind.AMOUNT_DIFFERS, l.date(), l, c.entry(), l.amount(), c.amount(),
              "invoiced " + l.amount() + " for the visit " + times(l) + ", but the ledger prices it at " + c.amount()));
        }
        continue;
      }
      int near = closest(l, visits, taken, rules, false);
      if (near >= 0) {
        taken[near] = true;
        Charge v = visits.get(near);
        accepted = accepted.plus(v.amount());
        differences.add(new Difference(DifferenceKind.TIMES_DIFFER, l.date(), l, v.entry(), l.amount(), v.amount(),
            "invoiced " + times(l) + " (rounded " + rounded(l.start(), l.end(), rules) + "), but the ledger records "
                + v.visit().start + "-" + v.visit().end + " (rounded " + rounded(v.visit().start, v.visit().end, rules)
                + "): more than " + rules.toleranceMinutes() + " minutes apart; the ledger's price " + v.amount() + " is accepted"));
      } else {
        differences.add(new Difference(DifferenceKind.NOT_DELIVERED, l.date(), l, null, l.amount(), Money.zero(),
            "invoiced " + times(l) + " " + l.staffType() + ", but the ledger has no such visit of " + inv.provider()
                + " that day; nothing is accepted"));
      }
    }
    Money delivered = Money.zero();
    for (int k = 0; k < visits.size(); k++) {
      Charge v = visits.get(k);
      delivered = delivered.plus(v.amount());
      if (!taken[k]) {
        differences.add(new Difference(DifferenceKind.NOT_INVOICED, v.date(), null, v.entry(), Money.zero(), v.amount(),
            "the ledger records " + v.date() + " " + v.visit().start + "-" + v.visit().end + " " + v.visit().staffType
                + " (" + v.amount() + "), not on the invoice"));
      }
    }
    EntryId id = EntryId.of("invoice:" + inv.provider() + ":" + inv.number());
    Entry entry = Entry.invoice(id, ledger.terms().person(), inv.to(), inv.provider(), inv.number(), accepted);
    boolean again = ledger.contains(id) && entry.equals(ledger.entry(id));
    return new Reconciliation(inv.number(), inv.provider(), differences, invoiced, accepted, delivered, others, again, entry);
  }

  /** The index of the closest unmatched visit of the line's date and staff type, or -1; within the tolerance if asked. */
  private static int closest(InvoiceLine l, List<Charge> visits, boolean[] taken, ReconciliationRules rules, boolean withinTolerance) {
    int best = -1;
    long bestGap = Long.MAX_VALUE;
    int ls = rules.round(minute(l.start()));
    int le = rules.round(minute(l.end()));
    for (int k = 0; k < visits.size(); k++) {
      Charge v = visits.get(k);
      if (taken[k] || !v.date().equals(l.date()) || !l.staffType().equals(v.visit().staffType)) {
        continue;
      }
      int ds = apart(rules.round(minute(v.visit().start)), ls);
      int de = apart(rules.round(minute(v.visit().end)), le);
      if (withinTolerance && (ds > rules.toleranceMinutes() || de > rules.toleranceMinutes())) {
        continue;
      }
      if (ds + de < bestGap) {
        bestGap = ds + de;
        best = k;
      }
    }
    return best;
  }

  /** Minutes between two times of day the short way round the clock: 23:58 and 00:02 are 4 apart. */
  private static int apart(int a, int b) {
    int d = Math.floorMod(a - b, 24 * 60);
    return Math.min(d, 24 * 60 - d);
  }

  private static int minute(LocalTime t) {
    return t.getHour() * 60 + t.getMinute();
  }

  private static String times(InvoiceLine l) {
    return l.date() + " " + l.start() + "-" + l.end();
  }

  private static String rounded(LocalTime start, LocalTime end, ReconciliationRules rules) {
    return clock(rules.round(minute(start))) + "-" + clock(rules.round(minute(end)));
  }

  private static String clock(int minute) {
    return String.format(java.util.Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
  }

  /** {@return the invoice number; never null} */
  public String invoice() {
    return invoice;
  }

  /** {@return the provider; never null} */
  public String provider() {
    return provider;
  }

  /** {@return every difference: the lines' in the invoice's order, then the visits not invoiced; never null} */
  public List<Difference> differences() {
    return differences;
  }

  /** {@return the total of the invoice's lines for this person; never null} */
  public Money invoiced() {
    return invoiced;
  }

  /** {@return what the ledger accepts: its price of every matched visit; never null} */
  public Money accepted() {
    return accepted;
  }

  /** {@return what the ledger says the provider delivered in the invoice's days; never null} */
  public Money delivered() {
    return delivered;
  }

  /** {@return the invoice's lines for other people, not reconciled here} */
  public int otherPeople() {
    return otherPeople;
  }

  /** {@return whether this invoice was reconciled before with the same result: recording it changes nothing} */
  public boolean alreadyReconciled() {
    return alreadyReconciled;
  }

  /** {@return the entry that records the invoice as reconciled; never null} */
  public Entry entry() {
    return entry;
  }

  /** {@return the outcome in one line of plain words; never null} */
  public String summary() {
    String head = "Invoice " + invoice + " of " + provider + ": invoiced " + invoiced + ", accepted " + accepted
        + ", delivered " + delivered + "; " + differences.size() + (differences.size() == 1 ? " difference" : " differences")
        + (otherPeople == 0 ? "" : otherPeople == 1 ? "; 1 line for another person not reconciled here"
            : "; " + otherPeople + " lines for other people not reconciled here") + ".";
    return alreadyReconciled ? head + " It was reconciled before: recording it again changes nothing." : head;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Reconciliation)) {
      return false;
    }
    Reconciliation r = (Reconciliation) o;
    return invoice.equals(r.invoice) && provider.equals(r.provider) && differences.equals(r.differences)
        && invoiced.equals(r.invoiced) && accepted.equals(r.accepted) && delivered.equals(r.delivered)
        && otherPeople == r.otherPeople && alreadyReconciled == r.alreadyReconciled && entry.equals(r.entry);
  }

  @Override
  public int hashCode() {
    return Objects.hash(invoice, provider, differences, invoiced, accepted, delivered, otherPeople, alreadyReconciled, entry);
  }

  @Override
  public String toString() {
    return "Reconciliation[invoice=" + invoice + ", provider=" + provider + ", differences=" + differences
        + ", invoiced=" + invoiced + ", accepted=" + accepted + ", delivered=" + delivered + ", otherPeople="
        + otherPeople + ", alreadyReconciled=" + alreadyReconciled + ", entry=" + entry + "]";
  }
}
