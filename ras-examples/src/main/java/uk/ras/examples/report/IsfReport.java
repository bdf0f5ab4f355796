package uk.ras.examples.report;

import java.util.List;
import uk.ras.isf.CostKind;
import uk.ras.isf.LeaveAnalysis;
import uk.ras.isf.LeavePolicy;
import uk.ras.isf.LineAmount;
import uk.ras.isf.Setting;
import uk.ras.isf.Share;
import uk.ras.isf.ShareChange;
import uk.ras.isf.Split;
import uk.ras.money.Money;

/**
 * The reports of {@code ras isf split --report} and {@code ras isf leave --report}: each person's ISF as core,
 * shared and personal money, in a table and a stacked bar chart, and for a leave each remaining person before
 * and after, the leaver's former ISF and what becomes of their share (re-shared, unallocated or a vacancy).
 * Every figure is the library's; the explanation follows in its own words.
 */
public final class IsfReport {
  private static final String[] PARTS = {"core", "shared", "personal"};

  private IsfReport() {}

  /**
   * The page for a split.
   *
   * @param split not null
   * @return a complete HTML page; never null
   */
  public static String split(Split split) {
    Setting s = split.setting();
    String per = s.period().label();
    StackedBarChart.Builder chart = StackedBarChart.builder("isf-split", s.name() + ": each person's ISF a " + per)
        .axis("£ a " + per, AxisFormat.POUNDS)
        .parts(PARTS)
        .description("For each person, their share of the core costs, their shares of the shared costs they use and "
            + "their personal funding, stacked to their ISF.");
    Table table = Table.of("Person", "Core", "Shared", "Personal", "ISF", "Spent with");
    Money core = Money.zero();
    Money shared = Money.zero();
    Money personal = Money.zero();
    for (Share share : split.shares()) {
      chart.row(share.person().value(), "", values(share), labels(share), Numbers.money(share.total()));
      table.row(share.person().value(), Numbers.money(share.core()), Numbers.money(share.shared()),
          Numbers.money(share.personal()), Numbers.money(share.total()), spentWith(share));
      core = core.plus(share.core());
      shared = shared.plus(share.shared());
      personal = personal.plus(share.personal());
    }
    table.total("Total", Numbers.money(core), Numbers.money(shared), Numbers.money(personal),
        Numbers.money(split.total()), "");
    Page page = Page.titled(s.name() + ": ISFs a " + per)
        .note("Each person's Individual Service Fund = an equal share of the core costs + an equal share of each "
            + "shared cost they use + their personal funding. Amounts a " + per + ", to the penny; shares add up "
            + "exactly to each cost (see docs/isf.md).")
        .heading("Each person's ISF", "people")
        .figure(chart.build(), "Core, shared and personal money of each person's ISF, a " + per + ".")
        .table(table);
    explanation(page, split.explanation());
    return page.html();
  }

  /**
   * The page for a leave.
   *
   * @param leave not null
   * @return a complete HTML page; never null
   */
  public static String leave(LeaveAnalysis leave) {
    Setting s = leave.setting();
    String per = s.period().label();
    String leaver = leave.leaver().value();
    boolean resplit = leave.policy() == LeavePolicy.RESPLIT;
    String title = "If " + leaver + " leaves " + s.name() + " (policy " + leave.policy().label() + ")";
    StackedBarChart.Builder chart = StackedBarChart.builder("isf-leave", title + ": ISFs a " + per)
        .axis("£ a " + per, AxisFormat.POUNDS)
        .parts(PARTS)
        .description("Each remaining person's ISF before and after " + leaver + " leaves, " + leaver
            + "'s ISF before, and " + (resplit ? "any cost left with nobody to carry it." : "the vacancy the commissioner funds."));
    Table table = Table.of("Person", "ISF before", "Core", "Shared", "Personal", "ISF after", "Change");
    for (Share before : leave.before().shares()) {
      if (before.person().equals(leave.leaver())) {
        chart.row(leaver, "before (leaves)", values(before), labels(before), Numbers.money(before.total()));
        continue;
      }
      ShareChange after = leave.people().stream()
          .filter(c -> c.share().person().equals(before.person())).findFirst().orElseThrow();
      chart.row(before.person().value(), "before", values(before), labels(before), Numbers.money(before.total()));
      chart.row(before.person().value(), "after", values(after.share()), labels(after.share()),
          Numbers.money(after.share().total()));
      table.row(before.person().value(), Numbers.money(after.previousTotal()), Numbers.money(after.share().core()),
          Numbers.money(after.share().shared()), Numbers.money(after.share().personal()),
          Numbers.money(after.share().total()), Numbers.money(after.change()));
    }
    List<LineAmount> left = resplit ? leave.unallocated() : leave.vacancy();
    if (!left.isEmpty()) {
      Money core = Money.zero();
      Money shared = Money.zero();
      for (LineAmount l : left) {
        if (l.kind() == CostKind.CORE) {
          core = core.plus(l.amount());
        } else {
          shared = shared.plus(l.amount());
        }
      }
      Money total = core.plus(shared);
      chart.row(resplit ? "unallocated" : "vacancy", "", new double[] {pounds(core), pounds(shared), 0},
          new String[] {Numbers.money(core), Numbers.money(shared), Numbers.money(Money.zero())}, Numbers.money(total));
    }
    Table totals = Table.of("Figure", "Amount")
        .row("Previous total", Numbers.money(leave.previousTotal()))
        .row("Budget reduction (" + leaver + "'s personal funding)", Numbers.money(leave.budgetReduction()))
        .row(resplit ? "Unallocated (a cost nobody remains to share)" : "Vacancy (" + leaver + "'s former share of the costs)",
            Numbers.money(resplit ? leave.unallocatedTotal() : leave.vacancyTotal()))
        .total("New total", Numbers.money(leave.newTotal()));
    Page page = Page.titled(title)
        .note("The budget falls at once by " + leaver + "'s personal funding. "
            + (resplit ? "Under resplit the others share the core costs and each shared cost they use."
                : "Under hold-vacancy everyone else's ISF stays as it was and " + leaver
                    + "'s former share of the costs is the vacancy the commissioner funds.")
            + " Amounts a " + per + " (see docs/isf.md).")
        .heading("The setting's total", "totals")
        .table(totals)
        .heading("Each person's ISF, before and after", "people")
        .figure(chart.build(), "Core, shared and personal money of each ISF before and after " + leaver + " leaves, a " + per + ".")
        .table(table);
    if (!left.isEmpty()) {
      Table lines = Table.of(resplit ? "Unallocated line" : "Vacancy line", "Kind", "Amount");
      for (LineAmount l : left) {
        lines.row(l.name(), l.kind().label(), Numbers.money(l.amount()));
      }
      page.table(lines);
    }
    explanation(page, leave.explanation());
    return page.html();
  }

  private static void explanation(Page page, List<String> sentences) {
    page.heading("Explanation", "explanation");
    for (String sentence : sentences) {
      page.note(sentence);
    }
  }

  private static double[] values(Share s) {
    return new double[] {pounds(s.core()), pounds(s.shared()), pounds(s.personal())};
  }

  private static String[] labels(Share s) {
    return new String[] {Numbers.money(s.core()), Numbers.money(s.shared()), Numbers.money(s.personal())};
  }

  private static String spentWith(Share s) {
    return s.spentWith().label().replace('-', ' ');
  }

  /** Pounds for drawing only: every figure written is the exact Money. */
  private static double pounds(Money m) {
    return m.pence() / 100.0;
  }
}
