package uk.ras.examples.report;

import static uk.ras.examples.report.Svg.esc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.ras.calibration.CalibrationResult;
import uk.ras.calibration.ClientGroup;
import uk.ras.calibration.CliffEdge;
import uk.ras.calibration.Coefficient;
import uk.ras.calibration.CrossValidation;
import uk.ras.calibration.Envelope;
import uk.ras.calibration.EnvelopeFit;
import uk.ras.calibration.FitModel;
import uk.ras.calibration.GroupChange;
import uk.ras.calibration.GroupTakeUp;
import uk.ras.calibration.GroupResidual;
import uk.ras.calibration.Impact;
import uk.ras.calibration.Outlier;
import uk.ras.calibration.PersonChange;
import uk.ras.calibration.PersonCost;
import uk.ras.calibration.PointsFit;
import uk.ras.calibration.TransitionPlan;
import uk.ras.calibration.UnfundedNeed;
import uk.ras.calibration.YearForecast;
import uk.ras.money.Money;
import uk.ras.ruleset.PricePerPoint;

/**
 * The calibration report: one self-contained HTML page (inline CSS and SVG, no scripts, nothing
 * fetched) with the fit, the envelope, winners and losers, cliff edges and the transitional cost. Totals
 * carry {@code data-total} attributes holding exact pence, so a test can compare them with the CSV.
 */
public final class CalibrationReport {
  /**
   * What the report shows: every figure from the calibration's result, and the page's title, the names of
   * the files written beside it and how many input problems were reported.
   */
  public record Inputs(String title, CalibrationResult calibration, String rulesFile, String peopleCsv, int warnings) {}

  private CalibrationReport() {}

  /** The whole page; never null. */
  public static String html(Inputs in) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(esc(in.title())).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;max-width:980px;margin:1.5em auto;padding:0 1em;color:#222}")
        .append("table{border-collapse:collapse;margin:.6em 0 1.2em}th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}")
        .append("th{background:#f2f2f2}td.l,th.l{text-align:left}figure{margin:1em 0}figcaption{font-size:.9em;color:#555}")
        .append(".note{color:#555;font-size:.92em}\n</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(in.title())).append("</h1>\n");
    h.append("<p class=\"note\">Current rules: ").append(esc(in.calibration().current().label())).append(" (")
        .append(esc(in.calibration().current().pricing().method().describe())).append("). Proposed: ")
        .append(esc(in.calibration().proposed().label())).append(", in force from ").append(in.calibration().proposed().effectiveFrom())
        .append(" (").append(esc(in.calibration().proposed().pricing().method().describe())).append("), written to <code>")
        .append(esc(in.rulesFile())).append("</code>; one row per person in <code>").append(esc(in.peopleCsv()))
        .append("</code>.").append(in.warnings() > 0 ? " " + in.warnings() + " input problem(s) were reported on the command line." : "")
        .append("</p>\n");
    summary(h, in);
    fit(h, in);
    envelope(h, in);
    impact(h, in);
    cliffs(h, in);
    in.calibration().plan().ifPresent(p -> transition(h, in, p));
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void summary(StringBuilder h, Inputs in) {
    Impact impact = in.calibration().impact();
    h.append("<h2 id=\"summary\">Summary</h2>\n<table>\n");
    row(h, "People calibrated", Integer.toString(in.calibration().sample().count()));
    row(h, "Price per point fitted to current costs", "£" + in.calibration().fittedPrice().toPlainString());
    in.calibration().largestPriceThatFits().ifPresent(m -> row(h, "Largest price per point the envelope allows", "£" + m.toPlainString()));
    row(h, "Decision", in.calibration().priceChoiceExplanation());
    totalRow(h, "Current weekly cost, everyone", "current_weekly", impact.currentWeeklyTotal());
    totalRow(h, "Proposed weekly budgets, everyone", "proposed_weekly", impact.proposedWeeklyTotal());
    totalRow(h, "Change a week", "change_weekly", impact.proposedWeeklyTotal().minus(impact.currentWeeklyTotal()));
    in.calibration().plan().ifPresent(p -> totalRow(h, "Transitional grants in year 1 (annual)", "year1_grant_annual", p.grantCostByYear().get(0)));
    h.append("</table>\n");
  }

  private static void fit(StringBuilder h, Inputs in) {
    h.append("<h2 id=\"fit\">How well points predict current cost</h2>\n");
    h.append("<p class=\"note\">Ordinary least squares of each person's current weekly cost on their points priced (those a funding stream they are eligible for pays; the per-domain model uses every assessed point). R² is the share of the ")
        .append("variation in cost between people that the model explains (centred for every model, so they compare). Out-of-sample ")
        .append("figures come from ").append(in.calibration().crossValidations().values().stream().findFirst().map(c -> Integer.toString(c.folds())).orElse(""))
        .append("-fold cross-validation (seed ").append(in.calibration().crossValidations().values().stream().findFirst().map(c -> Long.toString(c.seed())).orElse(""))
        .append("): each person's cost is predicted by a fit that did not see them.</p>\n");
    h.append("<table>\n<tr><th class=\"l\">Model</th><th class=\"l\">Coefficients (± standard error), £ a week</th><th>R²</th>")
        .append("<th>Residual s.e.</th><th>Out-of-sample RMSE</th><th>Out-of-sample MAE</th><th>Out-of-sample R²</th></tr>\n");
    for (FitModel model : FitModel.values()) {
      PointsFit f = in.calibration().fits().get(model);
      if (f == null) {
        h.append("<tr><td class=\"l\">").append(modelName(model)).append("</td><td class=\"l\" colspan=\"6\">not available: ")
            .append(esc(in.calibration().unavailable().getOrDefault(model, ""))).append("</td></tr>\n");
        continue;
      }
      List<String> cs = new ArrayList<>();
      for (Coefficient c : f.coefficients()) {
        cs.add(esc(c.name()) + " " + f2(c.estimate()) + " ± " + f2(c.standardError()));
      }
      CrossValidation cv = in.calibration().crossValidations().get(model);
      h.append("<tr><td class=\"l\">").append(modelName(model)).append("</td><td class=\"l\">").append(String.join("<br/>", cs))
          .append("</td><td>").append(f3(f.rSquared())).append("</td><td>£").append(f2(f.residualStandardError()))
          .append("</td>");
      if (cv == null) {
        h.append("<td colspan=\"3\">").append(esc(in.calibration().unavailable().getOrDefault(model, "not available"))).append("</td>");
      } else {
        h.append("<td>£").append(f2(cv.rootMeanSquaredError())).append("</td><td>£").append(f2(cv.meanAbsoluteError()))
            .append("</td><td>").append(f3(cv.outOfSampleRSquared())).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");

    List<Svg.Series> series = new ArrayList<>();
    Map<ClientGroup, List<PersonCost>> byGroup = new EnumMap<>(ClientGroup.class);
    for (PersonCost p : in.calibration().sample().people()) {
      byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
    }
    int colour = 0;
    for (Map.Entry<ClientGroup, List<PersonCost>> e : byGroup.entrySet()) {
      double[] x = new double[e.getValue().size()];
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = e.getValue().get(i).pricedPoints().doubleValue();
        y[i] = e.getValue().get(i).currentWeekly().pence() / 100.0;
      }
      series.add(new Svg.Series(e.getKey().label(), Svg.PALETTE[colour++ % Svg.PALETTE.length], x, y));
    }
    List<Svg.Line> lines = new ArrayList<>();
    PointsFit origin = in.calibration().fit();
    lines.add(new Svg.Line("through the origin: £" + f2(origin.coefficient("price_per_point").estimate()) + "/point", "#000", 0,
        origin.coefficient("price_per_point").estimate()));
    PointsFit intercept = in.calibration().fits().get(FitModel.WITH_INTERCEPT);
    if (intercept != null) {
      lines.add(new Svg.Line("with intercept", "#777", intercept.coefficient("intercept").estimate(),
          intercept.coefficient("price_per_point").estimate()));
    }
    if (in.calibration().proposed().pricing().method() instanceof PricePerPoint) {
      double price = ((PricePerPoint) in.calibration().proposed().pricing().method()).poundsPerPoint().doubleValue();
      lines.add(new Svg.Line("proposed price: £" + f2(price) + "/point (before contingency)", "#e377c2", 0, price));
    }
    figure(h, "points-vs-cost", Svg.scatter("Points against current weekly cost", "points priced", "current weekly cost (£)",
        series, lines, "Each dot is a person, coloured by client group; the lines are the fitted models."),
        "Points against current weekly cost, with the fitted lines.");

    h.append("<h3 id=\"residuals\">Who the points over- or under-fund</h3>\n");
    h.append("<p class=\"note\">Mean residual = mean current cost − mean cost predicted by the fit through the origin. ")
        .append("Positive: the group's packages cost more than its points suggest, so a price per point would under-fund it.</p>\n");
    h.append("<table>\n<tr><th class=\"l\">Client group</th><th>People</th><th>Mean current £/week</th><th>Mean predicted £/week</th>")
        .append("<th>Mean residual £/week</th></tr>\n");
    List<Svg.Bar> bars = new ArrayList<>();
    for (GroupResidual g : origin.residualsByGroup().values()) {
      h.append("<tr><td class=\"l\">").append(esc(g.group().label())).append("</td><td>").append(g.count()).append("</td><td>")
          .append(f2(g.meanCurrentWeekly())).append("</td><td>").append(f2(g.meanPredictedWeekly())).append("</td><td>")
          .append(f2(g.meanResidual())).append("</td></tr>\n");
      bars.add(new Svg.Bar(g.group().label(), new double[] {g.meanResidual()}));
    }
    h.append("</table>\n");
    figure(h, "residuals-by-group", Svg.bars("Mean residual by client group", "£ a week", List.of("mean residual"), bars,
        "Bars above zero: the group costs more than its points predict."), "Mean residual by client group.");

    List<Outlier> outliers = in.calibration().outliers();
    h.append("<h3 id=\"outliers\">Outliers</h3>\n<p class=\"note\">People whose current cost is more than ")
        .append(f1(in.calibration().outlierThreshold())).append(" residual standard errors from the fit through the origin: ").append(outliers.size())
        .append(". These packages deserve a look before they shape the price.</p>\n");
    if (!outliers.isEmpty()) {
      h.append("<table>\n<tr><th class=\"l\">Person</th><th class=\"l\">Client group</th><th>Points priced</th><th>Current £/week</th>")
          .append("<th>Predicted £/week</th><th>Standardised residual</th></tr>\n");
      for (Outlier o : outliers.subList(0, Math.min(15, outliers.size()))) {
        h.append("<tr><td class=\"l\">").append(esc(o.person().person().value())).append("</td><td class=\"l\">")
            .append(esc(o.person().group().label())).append("</td><td>").append(o.person().pricedPoints().toPlainString()).append("</td><td>")
            .append(o.person().currentWeekly().pounds().toPlainString()).append("</td><td>").append(f2(o.predictedWeekly()))
            .append("</td><td>").append(f2(o.standardised())).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
  }

  /** The envelope in words: "£9,300,000.00 a year" or "£9.9m in year 1, £9.6m in year 2, then 2% a year". */
  public static String envelopeText(Envelope e) {
    List<String> years = new ArrayList<>();
    for (int y = 1; y <= e.givenYears().size(); y++) {
      years.add(e.givenYears().get(y - 1) + (e.givenYears().size() == 1 && e.upliftPercent().signum() == 0
          ? " a year" : " in year " + y));
    }
    return String.join(", ", years) + (e.upliftPercent().signum() == 0 && e.givenYears().size() == 1 ? ""
        : ", then " + e.upliftPercent().toPlainString() + "% a year");
  }

  private static void envelope(StringBuilder h, Inputs in) {
    EnvelopeFit p = in.calibration().proposedForecast();
    Envelope e = p.envelope();
    h.append("<h2 id=\"envelope\">The envelope</h2>\n<p class=\"note\">Each year's forecast is everything committed that ")
        .append("year: take-up × the annual amount each person is paid, their new budget and any transitional grant, ")
        .append("rounded up to the penny. It must fit the year's envelope less contingency in every year of the phase-in. ")
        .append("Each person's spend is forecast at their client group's take-up: given, or estimated as the group's ")
        .append("current spend ÷ what the current rules allocate it (at most 100%), with a 95% percentile-bootstrap interval.")
        .append("</p>\n<table>\n");
    row(h, "Envelope", envelopeText(e));
    row(h, "Contingency held back", e.contingencyPercent().toPlainString() + "% of each year's envelope, rounded up");
    row(h, "Take-up, everyone together", in.calibration().takeUp().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
    row(h, "Tightest year", "year " + p.tightestYear().year() + ": forecast " + p.forecast() + " of " + p.available()
        + " available, headroom " + p.headroom());
    row(h, "The current rules' budgets alone", in.calibration().currentForecast().budgets() + " a year");
    h.append("</table>\n");
    h.append("<table>\n<tr><th class=\"l\">Client group</th><th>People</th><th>Current spend a year</th>")
        .append("<th>Current rules allocate</th><th>Take-up</th><th>95% bootstrap interval</th></tr>\n");
    for (GroupTakeUp t : in.calibration().takeUpByGroup().values()) {
      h.append("<tr><td class=\"l\">").append(esc(t.group().label())).append("</td><td>").append(t.people())
          .append("</td><td>").append(t.currentAnnual()).append("</td><td>")
          .append(t.indicativeAnnual().map(Money::toString).orElse("")).append("</td><td>")
          .append(t.share().movePointRight(2).stripTrailingZeros().toPlainString()).append("%")
          .append(t.estimated() ? "" : " (given)").append("</td><td>")
          .append(t.estimated() ? t.lower().orElseThrow().movePointRight(2).stripTrailingZeros().toPlainString() + "% to "
              + t.upper().orElseThrow().movePointRight(2).stripTrailingZeros().toPlainString() + "%" : "")
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
    unfunded(h, in);
    h.append("<table>\n<tr><th>Year</th><th>Envelope</th><th>Contingency</th><th>Available</th><th>Budgets</th>")
        .append("<th>Transitional grants</th><th>Forecast</th><th>Headroom</th></tr>\n");
    List<Svg.Bar> bars = new ArrayList<>();
    double[] available = new double[p.years().size()];
    for (YearForecast y : p.years()) {
      h.append("<tr><td>").append(y.year()).append("</td><td>").append(y.envelope()).append("</td><td>")
          .append(y.contingencyHeldBack()).append("</td><td>").append(y.available()).append("</td><td>").append(y.budgets())
          .append("</td><td>").append(y.grants()).append("</td><td>").append(y.forecast()).append("</td><td>")
          .append(y.headroom()).append("</td></tr>\n");
      bars.add(new Svg.Bar("year " + y.year(), new double[] {pounds(y.budgets()), pounds(y.grants()),
          pounds(y.headroom().isNegative() ? Money.zero() : y.headroom()), pounds(y.contingencyHeldBack())}));
      available[y.year() - 1] = pounds(y.available());
    }
    h.append("</table>\n");
    figure(h, "envelope-chart", Svg.stackedBars("Each year's envelope: budgets, grants, headroom, contingency", "£ a year",
        List.of("budgets", "transitional grants", "headroom", "contingency"), bars, "available (envelope less contingency)",
        available, "One bar per year of the phase-in, as tall as the year's envelope when nothing overspends: the forecast "
            + "budgets, the transitional grants, the headroom left and the contingency held back; the line is the money "
            + "available."),
        "Each year's envelope: what is committed, what is left, what is held back.");
  }

  private static void unfunded(StringBuilder h, Inputs in) {
    CalibrationResult r = in.calibration();
    h.append("<h3 id=\"unfunded\">Unfunded need</h3>\n<p class=\"note\">Points no funding stream the person is eligible ")
        .append("for pays (their budgets carry the flag UNFUNDED_NEED): reported here, never priced, in neither the fit nor ")
        .append("the forecast. ");
    if (r.unfundedNeed().isEmpty()) {
      h.append("Nobody has any.</p>\n");
      return;
    }
    h.append(r.unfundedPeople()).append(" people, ").append(r.unfundedPoints().toPlainString()).append(" points.</p>\n");
    h.append("<table>\n<tr><th class=\"l\">Client group</th><th>People flagged UNFUNDED_NEED</th><th>Unfunded points</th></tr>\n");
    for (UnfundedNeed u : r.unfundedNeed().values()) {
      h.append("<tr><td class=\"l\">").append(esc(u.group().label())).append("</td><td>").append(u.people())
          .append("</td><td>")
          .append(u.points().toPlainString()).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void impact(StringBuilder h, Inputs in) {
    Impact impact = in.calibration().impact();
    h.append("<h2 id=\"impact\">Winners and losers</h2>\n<p class=\"note\">Change = proposed weekly budget − current weekly cost.</p>\n");
    // Histogram of weekly changes in £25 buckets, clipped at ±£300.
    int width = 25;
    int limit = 300;
    int buckets = 2 * limit / width + 2;
    double[] counts = new double[buckets];
    for (PersonChange c : impact.people()) {
      double change = c.change().pence() / 100.0;
      int b = change < -limit ? 0 : change >= limit ? buckets - 1 : 1 + (int) Math.floor((change + limit) / width);
      counts[b]++;
    }
    List<Svg.Bar> histogram = new ArrayList<>();
    for (int b = 0; b < buckets; b++) {
      String label = b == 0 ? "<-" + limit : b == buckets - 1 ? limit + "+" : Integer.toString(-limit + (b - 1) * width);
      histogram.add(new Svg.Bar(b % 2 == 1 || b == buckets - 1 ? label : "", new double[] {counts[b]}));
    }
    figure(h, "change-distribution", Svg.bars("Distribution of weekly changes (£25 bands)", "people", List.of("people"), histogram,
        "How many people gain or lose each amount a week; each bar is a £25 band starting at its label."),
        "Distribution of weekly changes, in £25 bands.");
    h.append("<table>\n<tr><th class=\"l\">Client group</th><th>People</th><th>Winners</th><th>Losers</th><th>Unchanged</th>")
        .append("<th>Current £/week</th><th>Proposed £/week</th><th>Change £/week</th></tr>\n");
    List<Svg.Bar> bars = new ArrayList<>();
    for (GroupChange g : impact.byGroup().values()) {
      h.append("<tr><td class=\"l\">").append(esc(g.group().label())).append("</td><td>").append(g.count()).append("</td><td>")
          .append(g.winners()).append("</td><td>").append(g.losers()).append("</td><td>").append(g.unchanged()).append("</td><td>")
          .append(g.currentWeekly().pounds().toPlainString()).append("</td><td>").append(g.proposedWeekly().pounds().toPlainString())
          .append("</td><td>").append(g.change().pounds().toPlainString()).append("</td></tr>\n");
      bars.add(new Svg.Bar(g.group().label(), new double[] {g.winners(), g.losers()}));
    }
    h.append("</table>\n");
    figure(h, "winners-losers", Svg.bars("Winners and losers by client group", "people", List.of("winners", "losers"), bars,
        "For each client group, how many people would gain and how many would lose."), "Winners and losers by client group.");
  }

  private static void cliffs(StringBuilder h, Inputs in) {
    h.append("<h2 id=\"cliff-edges\">Cliff edges</h2>\n<p class=\"note\">The biggest jumps in money for one more point, over every ")
        .append("total the questionnaire can produce.</p>\n");
    cliffTable(h, "Proposed rules", in.calibration().proposedCliffEdges());
    cliffTable(h, "Current rules", in.calibration().currentCliffEdges());
  }

  private static void cliffTable(StringBuilder h, String caption, List<CliffEdge> edges) {
    h.append("<table>\n<caption>").append(esc(caption)).append("</caption>\n<tr><th>From points</th><th>To points</th>")
        .append("<th>Weekly at</th><th>Weekly next</th><th>Jump a week</th><th>Jump a year</th></tr>\n");
    for (CliffEdge e : edges.subList(0, Math.min(5, edges.size()))) {
      h.append("<tr><td>").append(e.points()).append("</td><td>").append(e.points() + 1).append("</td><td>").append(e.weeklyAt())
          .append("</td><td>").append(e.weeklyNext()).append("</td><td>").append(e.weeklyJump()).append("</td><td>")
          .append(e.annualJump()).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void transition(StringBuilder h, Inputs in, TransitionPlan plan) {
    h.append("<h2 id=\"transition\">Transitional protection</h2>\n<p class=\"note\">Nobody's weekly budget falls by more than ")
        .append(plan.rule().percentPerYear().toPlainString()).append("% of the previous year's a year")
        .append(plan.rule().endYear() < uk.ras.calibration.TransitionalProtection.MAX_YEARS
            ? "; protection ends in year " + plan.rule().endYear() : "")
        .append(". A grant makes up the difference until the person reaches their new budget. ")
        .append(plan.cutShortCount()).append(" people's protection was cut short by the end year.</p>\n");
    h.append("<table>\n<tr><th>Year</th><th>Transitional grants (annual)</th><th>People reaching their new budget</th></tr>\n");
    List<Svg.Bar> bars = new ArrayList<>();
    List<Integer> reached = plan.reachedByYear();
    for (int y = 1; y <= plan.years(); y++) {
      Money cost = plan.grantCostByYear().get(y - 1);
      h.append("<tr><td>").append(y).append("</td><td").append(y == 1 ? " data-total=\"year1_grant_annual_table\" data-pence=\"" + cost.pence() + "\"" : "")
          .append(">").append(cost).append("</td><td>").append(reached.get(y - 1)).append("</td></tr>\n");
      bars.add(new Svg.Bar("year " + y, new double[] {pounds(cost)}));
    }
    h.append("<tr><th>Total</th><th>").append(plan.totalGrantCost()).append("</th><th>").append(plan.people().size())
        .append("</th></tr>\n</table>\n");
    figure(h, "transition-cost", Svg.bars("Transitional grants by year", "£ a year", List.of("grants"), bars,
        "The annual cost of transitional grants in each year of the phase-in."), "Transitional grant cost by year.");
  }

  private static void figure(StringBuilder h, String id, String svg, String caption) {
    h.append("<figure id=\"").append(id).append("\">\n").append(svg).append("\n<figcaption>").append(esc(caption))
        .append("</figcaption>\n</figure>\n");
  }

  private static void row(StringBuilder h, String name, String value) {
    h.append("<tr><th class=\"l\">").append(esc(name)).append("</th><td class=\"l\">").append(esc(value)).append("</td></tr>\n");
  }

  private static void totalRow(StringBuilder h, String name, String column, Money amount) {
    h.append("<tr><th class=\"l\">").append(esc(name)).append("</th><td class=\"l\" data-total=\"").append(column)
        .append("\" data-pence=\"").append(amount.pence()).append("\">").append(esc(amount.toString())).append("</td></tr>\n");
  }

  private static String modelName(FitModel model) {
    return switch (model) {
      case THROUGH_ORIGIN -> "Price per point (through the origin)";
      case WITH_INTERCEPT -> "Price per point with an intercept";
      case BY_DOMAIN -> "A price per point for each domain";
    };
  }

  private static double pounds(Money m) {
    return m.pence() / 100.0;
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String f2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
