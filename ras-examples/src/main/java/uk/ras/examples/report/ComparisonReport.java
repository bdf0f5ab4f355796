package uk.ras.examples.report;

import static uk.ras.examples.report.Svg.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.ras.comparison.ComparisonResult;
import uk.ras.comparison.PersonComparison;
import uk.ras.comparison.PointsPrediction;
import uk.ras.money.Money;

/**
 * The RAS-beside-cost report, in the calibration report's style: one self-contained HTML page (inline CSS
 * and SVG, no scripts, nothing fetched) with the totals, how well points predict cost, who differs most and
 * every person's figures. Totals carry {@code data-total} attributes holding exact pence, so a test can
 * compare them with the CSV.
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

  /** The whole page; never null. */
  public static String html(Inputs in) {
    ComparisonResult c = in.comparison();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(esc(in.title())).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;max-width:980px;margin:1.5em auto;padding:0 1em;color:#222}")
        .append("table{border-collapse:collapse;margin:.6em 0 1.2em}th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}")
        .append("th{background:#f2f2f2}td.l,th.l{text-align:left}figure{margin:1em 0}figcaption{font-size:.9em;color:#555}")
        .append(".note{color:#555;font-size:.92em}.out{background:#fdecea}\n</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(in.title())).append("</h1>\n");
    h.append("<p class=\"note\">").append(esc(in.basis())).append(" One row per person in <code>").append(esc(in.peopleCsv()))
        .append("</code>. The cost figure is shown as costed: it is never capped at the RAS figure, which is a guide; the ")
        .append("budget must be sufficient to meet the assessed needs.")
        .append(in.warnings() > 0 ? " " + in.warnings() + " input problem(s) were reported on the command line." : "")
        .append("</p>\n");
    h.append("<h2 id=\"summary\">Summary</h2>\n<table>\n");
    row(h, "People compared", Integer.toString(c.people().size()));
    totalRow(h, "RAS figures, a week", "ras_weekly", c.rasTotal());
    totalRow(h, "Cost figures, a week", "cost_weekly", c.costTotal());
    totalRow(h, "Difference (cost - RAS), a week", "difference_weekly", c.costTotal().minus(c.rasTotal()));
    row(h, "Within the tolerance of " + c.tolerancePercent().stripTrailingZeros().toPlainString() + "%",
        c.withinTolerance() + " of " + c.people().size());
    h.append("</table>\n");

    h.append("<h2 id=\"prediction\">How well points predict cost</h2>\n");
    if (c.prediction().isPresent()) {
      PointsPrediction p = c.prediction().get();
      h.append("<p class=\"note\">Least squares of each person's weekly cost figure on their points, and Pearson's correlation. ")
          .append("R² is the share of the variation in cost between people that points account for.</p>\n<table>\n");
      row(h, "Correlation of points and cost", f3(p.correlation()));
      row(h, "R²", f3(p.rSquared()));
      row(h, "Fitted line, £ a week", "cost = " + f2(p.intercept()) + " + " + f2(p.slope()) + " × points");
      h.append("</table>\n");
      List<Svg.Series> series = new ArrayList<>();
      double[] x = c.people().stream().mapToDouble(PersonComparison::points).toArray();
      series.add(new Svg.Series("Cost figure", Svg.PALETTE[0], x,
          c.people().stream().mapToDouble(q -> q.cost().pounds().doubleValue()).toArray()));
      series.add(new Svg.Series("RAS figure", Svg.PALETTE[1], x,
          c.people().stream().mapToDouble(q -> q.ras().pounds().doubleValue()).toArray()));
      h.append("<figure>").append(Svg.scatter("Weekly cost and RAS figures by points", "Points", "£ a week", series,
              List.of(new Svg.Line("Cost fitted to points", Svg.PALETTE[2], p.intercept(), p.slope())),
              "Each person's cost figure and RAS figure against their points, with the least-squares line of cost on points."))
          .append("<figcaption>Each person's cost figure and RAS figure against their points.</figcaption></figure>\n");
    } else {
      h.append("<p class=\"note\">No line fitted: ").append(esc(c.explanation().get(1).replace("Points and cost: no line fitted: ", "")))
          .append("</p>\n");
    }

    h.append("<h2 id=\"people\">Who differs most</h2>\n");
    h.append("<table>\n<tr><th class=\"l\">Person</th><th class=\"l\">Plan</th><th>Points</th><th>RAS a week</th>")
        .append("<th>Cost a week</th><th>Difference</th><th>Difference %</th><th class=\"l\">Tolerance</th>")
        .append("<th class=\"l\">The plan spends most on</th></tr>\n");
    for (PersonComparison p : c.byDifference()) {
      h.append("<tr").append(p.withinTolerance() ? "" : " class=\"out\"").append("><td class=\"l\">").append(esc(p.person().value()))
          .append("</td><td class=\"l\">").append(esc(p.plan())).append("</td><td>").append(p.points())
          .append("</td><td>").append(esc(p.ras().toString())).append("</td><td>").append(esc(p.cost().toString()))
          .append("</td><td>").append(esc(p.difference().toString())).append("</td><td>")
          .append(esc(p.differencePercent().map(d -> (d.signum() > 0 ? "+" : "") + d.toPlainString() + "%").orElse("-")))
          .append("</td><td class=\"l\">").append(p.withinTolerance() ? "within" : "outside")
          .append("</td><td class=\"l\">")
          .append(esc(p.needs().stream().limit(3).map(n -> n.domain() + " " + n.weekly()).collect(Collectors.joining(", "))))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
    if (!c.costedNotAssessed().isEmpty() || !c.assessedNotCosted().isEmpty()) {
      h.append("<p class=\"note\">").append(esc(String.join(" ", c.explanation().subList(2 + c.people().size(), c.explanation().size()))))
          .append("</p>\n");
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void row(StringBuilder h, String name, String value) {
    h.append("<tr><th class=\"l\">").append(esc(name)).append("</th><td class=\"l\">").append(esc(value)).append("</td></tr>\n");
  }

  private static void totalRow(StringBuilder h, String name, String column, Money amount) {
    h.append("<tr><th class=\"l\">").append(esc(name)).append("</th><td class=\"l\" data-total=\"").append(column)
        .append("\" data-pence=\"").append(amount.pence()).append("\">").append(esc(amount.toString())).append("</td></tr>\n");
  }

  private static String f2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
