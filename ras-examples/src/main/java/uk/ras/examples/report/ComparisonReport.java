package uk.ras.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.ras.comparison.ComparisonResult;
import uk.ras.comparison.PersonComparison;
import uk.ras.comparison.PointsPrediction;
import uk.ras.money.Money;

/**
 * The report of {@code ras compare}: each person's RAS figure beside their cost figure (bars with their
 * amounts), the difference as a share of the RAS figure against the tolerance either way, both figures against
 * points with the least-squares line of cost on points, and the tables of the totals, the fit and who differs
 * most. Every figure is the library's {@link ComparisonResult}, written as the command line writes it.
 */
public final class ComparisonReport {
  /**
   * What the report shows.
   *
   * @param title the page's title
   * @param comparison the comparison
   * @param basis one sentence naming the rules, rates, date and plans compared
   * @param peopleCsv the name of the CSV written beside the page
   * @param warnings how many input problems were reported on the command line
   */
  public record Inputs(String title, ComparisonResult comparison, String basis, String peopleCsv, int warnings) {}

  private ComparisonReport() {}

  /**
   * The page.
   *
   * @param in what it shows
   * @return a complete HTML page; never null
   */
  public static String html(Inputs in) {
    ComparisonResult c = in.comparison();
    String tolerance = c.tolerancePercent().stripTrailingZeros().toPlainString() + "%";
    Page page = Page.titled(in.title())
        .note(in.basis() + " One row per person in " + in.peopleCsv() + ". Amounts a week. The cost figure is shown "
            + "as costed: it is never capped at the RAS figure, which is a guide; the budget must be sufficient to "
            + "meet the assessed needs (see docs/costing.md)."
            + (in.warnings() > 0 ? " " + Numbers.count(in.warnings()) + " input problem(s) were reported on the command line." : ""));
    page.heading("Summary", "summary")
        .table(Table.of("Figure", "A week")
            .row("People compared", Numbers.count(c.people().size()))
            .row("RAS figures", Numbers.money(c.rasTotal()))
            .row("Cost figures", Numbers.money(c.costTotal()))
            .row("Difference (cost - RAS)", Numbers.money(c.costTotal().minus(c.rasTotal())))
            .row("Within the tolerance of " + tolerance + ", either way",
                Numbers.count(c.withinTolerance()) + " of " + Numbers.count(c.people().size())));
    if (!c.people().isEmpty()) {
      figures(page, c, tolerance);
    }
    prediction(page, c);
    differences(page, c, tolerance);
    List<String> explanation = c.explanation();
    int unmatched = c.costedNotAssessed().size() + c.assessedNotCosted().size();
    if (unmatched > 0) {
      // The explanation's last sentences name the people in only one of the inputs.
      int lists = (c.costedNotAssessed().isEmpty() ? 0 : 1) + (c.assessedNotCosted().isEmpty() ? 0 : 1);
      page.note(String.join(" ", explanation.subList(explanation.size() - lists, explanation.size())));
    }
    return page.html();
  }

  private static void figures(Page page, ComparisonResult c, String tolerance) {
    BarChart.Builder both = BarChart.builder("compare-people", "Each person's RAS and cost figures, a week")
        .axis("£ a week", AxisFormat.POUNDS)
        .series("RAS figure", "cost figure")
        .description("For each person, the weekly budget their assessment gets under the rules beside the weekly cost "
            + "of their cost plan.");
    BigDecimal t = c.tolerancePercent();
    BarChart.Builder share = BarChart.builder("compare-difference", "Difference from the RAS figure, % of it")
        .axis("cost - RAS, % of the RAS figure", AxisFormat.PLAIN)
        .reference("tolerance above", t.doubleValue(), "+" + tolerance)
        .reference("tolerance below", -t.doubleValue(), "-" + tolerance)
        .description("For each person, how far the cost figure is from the RAS figure as a share of it, with the "
            + "tolerance either way; a bar beyond a tolerance line is outside it.");
    for (PersonComparison p : c.people()) {
      String name = p.person().value() + " (" + Numbers.count(p.points()) + " points)";
      both.category(name, new double[] {pounds(p.ras()), pounds(p.cost())},
          new String[] {Numbers.money(p.ras()), Numbers.money(p.cost())});
      share.category(name + (p.withinTolerance() ? "" : ", outside"),
          new double[] {p.differencePercent().map(BigDecimal::doubleValue).orElse(0.0)},
          new String[] {percent(p).equals("-") ? "no RAS figure" : percent(p)});
    }
    page.heading("Each person's RAS and cost figures", "people")
        .figure(both.build(), "Each person's RAS figure beside their cost figure, a week.")
        .figure(share.build(), "The difference (cost - RAS) as a share of the RAS figure; within the tolerance of "
            + tolerance + " is between the two lines.");
  }

  private static void prediction(Page page, ComparisonResult c) {
    page.heading("How well points predict cost", "prediction");
    if (c.prediction().isEmpty()) {
      page.note("No line fitted: " + (c.people().size() < ComparisonResult.MIN_FOR_PREDICTION
          ? "it needs at least " + ComparisonResult.MIN_FOR_PREDICTION + " people with both figures."
          : "everyone has the same points or the same cost."));
      return;
    }
    PointsPrediction p = c.prediction().get();
    page.note("Least squares of each person's weekly cost figure on their points, and Pearson's correlation. R² is the "
            + "share of the variation in cost between people that points account for.")
        .table(Table.of("Figure", "Value")
            .row("People", Numbers.count(p.count()))
            .row("Correlation of points and cost", String.format(Locale.UK, "%.2f", p.correlation()))
            .row("R²", String.format(Locale.UK, "%.2f", p.rSquared()))
            .row("Fitted line, a week", "cost = " + Numbers.money(money(p.intercept())) + " + "
                + Numbers.money(money(p.slope())) + " × points"));
    double[] x = c.people().stream().mapToDouble(PersonComparison::points).toArray();
    ScatterChart chart = ScatterChart.builder("compare-points", "Weekly cost and RAS figures by points")
        .axes("points", AxisFormat.PLAIN, "£ a week", AxisFormat.POUNDS)
        .series("cost figure", x, c.people().stream().mapToDouble(q -> pounds(q.cost())).toArray())
        .series("RAS figure", x, c.people().stream().mapToDouble(q -> pounds(q.ras())).toArray())
        .line("cost fitted to points", p.intercept(), p.slope())
        .description("Each person's cost figure and RAS figure against their points, with the least-squares line of "
            + "cost on points.")
        .build();
    page.figure(chart, "Each person's cost and RAS figures against their points, and the line of cost fitted to points.");
  }

  private static void differences(Page page, ComparisonResult c, String tolerance) {
    // The plan column only where people were costed in more than one plan: for one house it is the same word
    // in every row, and the page has the width of A4.
    boolean plans = c.people().stream().map(PersonComparison::plan).distinct().count() > 1;
    List<String> headings = new ArrayList<>(List.of("Person", "Points", "RAS", "Cost", "Difference", "%",
        "Tolerance " + tolerance));
    if (plans) {
      headings.add(1, "Plan");
    }
    Table table = Table.of(headings.toArray(String[]::new));
    for (PersonComparison p : c.byDifference()) {
      List<String> row = new ArrayList<>(List.of(p.person().value(), Numbers.count(p.points()), Numbers.money(p.ras()),
          Numbers.money(p.cost()), Numbers.money(p.difference()), percent(p), p.withinTolerance() ? "within" : "outside"));
      if (plans) {
        row.add(1, p.plan());
      }
      table.row(row.toArray(String[]::new));
    }
    Money ras = c.rasTotal();
    Money cost = c.costTotal();
    List<String> total = new ArrayList<>(List.of("Total", "", Numbers.money(ras), Numbers.money(cost),
        Numbers.money(cost.minus(ras)), "", Numbers.count(c.withinTolerance()) + " within"));
    if (plans) {
      total.add(1, "");
    }
    page.heading("Who differs most", "differences")
        .note("By the size of the difference as a share of the RAS figure, then in pounds. Amounts a week.")
        .table(table.total(total.toArray(String[]::new)));
    // A table of its own: three amounts with their domains do not fit a column of the table above.
    Table needs = Table.of("Person", "Most", "Second", "Third");
    boolean any = false;
    for (PersonComparison p : c.byDifference()) {
      List<String> row = new ArrayList<>(List.of(p.person().value()));
      p.needs().stream().limit(3).forEach(n -> row.add(n.domain() + " " + Numbers.money(n.weekly())));
      any |= row.size() > 1;
      while (row.size() < 4) {
        row.add("");
      }
      needs.row(row.toArray(String[]::new));
    }
    if (any) {
      page.subheading("What each plan spends most on", "needs")
          .note("Each person's share of the plan lines that meet the needs of an assessment domain, added up by domain, "
              + "a week.")
          .table(needs);
    }
  }

  private static String percent(PersonComparison p) {
    return p.differencePercent().map(d -> (d.signum() > 0 ? "+" : "") + d.toPlainString() + "%").orElse("-");
  }

  /** A fitted coefficient in pounds, to the penny as the command line prints it. */
  private static Money money(double pounds) {
    return Money.ofPounds(BigDecimal.valueOf(pounds), RoundingMode.HALF_UP);
  }

  /** Pounds for drawing only: every figure written is the exact Money. */
  private static double pounds(Money m) {
    return m.pence() / 100.0;
  }
}
