package uk.ras.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import uk.ras.calibration.GroupResidual;
import uk.ras.calibration.GroupTakeUp;
import uk.ras.calibration.Impact;
import uk.ras.calibration.Outlier;
import uk.ras.calibration.PersonChange;
import uk.ras.calibration.PersonCost;
import uk.ras.calibration.PointsFit;
import uk.ras.calibration.TransitionPlan;
import uk.ras.calibration.TransitionalProtection;
import uk.ras.calibration.UnfundedNeed;
import uk.ras.calibration.YearForecast;
import uk.ras.money.Money;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.RuleSet;

/**
 * The calibration report: one self-contained page of the report kit ({@link Page}: inline CSS and SVG, no
 * scripts, nothing fetched, A4 print styles) with the fit, the envelope by year, winners and losers, cliff
 * edges and the transitional cost. Amounts are written as the command line writes them ({@link Numbers}).
 * Totals carry {@code data-total} attributes holding exact pence ({@link Table#exact}), so a test can compare
 * them with the CSV.
 */
public final class CalibrationReport {
  /** Histogram bins: at most this many, each at least £1 (100 pence) wide. */
  private static final int MAX_BINS = 30;

  /**
   * What the report shows: every figure from the calibration's result, and the page's title, the names of
   * the files written beside it and how many input problems were reported.
   */
  public record Inputs(String title, CalibrationResult calibration, String rulesFile, String peopleCsv, int warnings) {}

  private CalibrationReport() {}

  /** The whole page; never null. */
  public static String html(Inputs in) {
    CalibrationResult r = in.calibration();
    Page page = Page.titled(in.title());
    page.note("Current rules: " + r.current().label() + " (" + r.current().pricing().method().describe() + "). Proposed: "
        + r.proposed().label() + ", in force from " + r.proposed().effectiveFrom() + " ("
        + r.proposed().pricing().method().describe() + "), written to " + in.rulesFile() + "; one row per person in "
        + in.peopleCsv() + "." + (in.warnings() > 0
            ? " " + in.warnings() + " input problem(s) were reported on the command line." : ""));
    summary(page, r);
    fit(page, r);
    envelope(page, r);
    impact(page, r);
    cliffs(page, r);
    r.plan().ifPresent(p -> transition(page, p));
    return page.html();
  }

  private static void summary(Page page, CalibrationResult r) {
    Impact impact = r.impact();
    Table t = Table.of("Figure", "Value")
        .row("People calibrated", Numbers.count(r.sample().count()))
        .row("Price per point fitted to current costs", "£" + r.fittedPrice().toPlainString());
    r.largestPriceThatFits().ifPresent(m -> t.row("Largest price per point the envelope allows", "£" + m.toPlainString()));
    t.row("Decision", r.priceChoiceExplanation());
    t.row("Current weekly cost, everyone", Numbers.money(impact.currentWeeklyTotal()))
        .exact(1, "current_weekly", impact.currentWeeklyTotal());
    t.row("Proposed weekly budgets, everyone", Numbers.money(impact.proposedWeeklyTotal()))
        .exact(1, "proposed_weekly", impact.proposedWeeklyTotal());
    Money change = impact.proposedWeeklyTotal().minus(impact.currentWeeklyTotal());
    t.row("Change a week", Numbers.money(change)).exact(1, "change_weekly", change);
    r.plan().ifPresent(p -> t.row("Transitional grants in year 1 (annual)", Numbers.money(p.grantCostByYear().get(0)))
        .exact(1, "year1_grant_annual", p.grantCostByYear().get(0)));
    page.heading("Summary", "summary").table(t);
  }

  private static void fit(Page page, CalibrationResult r) {
    CrossValidation anyCv = r.crossValidations().values().stream().findFirst().orElse(null);
    page.heading("How well points predict current cost", "fit")
        .note("Ordinary least squares of each person's current weekly cost on their points priced (those a funding "
            + "stream they are eligible for pays; the per-domain model uses every assessed point). R² is the share of "
            + "the variation in cost between people that the model explains (centred for every model, so they "
            + "compare)." + (anyCv == null ? "" : " Out-of-sample figures come from " + anyCv.folds()
                + "-fold cross-validation (seed " + anyCv.seed() + "): each person's cost is predicted by a fit that "
                + "did not see them."));
    Table models = Table.of("Model", "Coefficients (± standard error), a week", "R²", "Residual s.e.",
        "Out-of-sample RMSE", "Out-of-sample MAE", "Out-of-sample R²");
    for (FitModel model : FitModel.values()) {
      PointsFit f = r.fits().get(model);
      if (f == null) {
        String why = "not available: " + r.unavailable().getOrDefault(model, "");
        models.row(modelName(model), why, "", "", "", "", "");
        continue;
      }
      List<String> cs = new ArrayList<>();
      for (Coefficient c : f.coefficients()) {
        cs.add(c.name() + " " + pounds(c.estimate()) + " ± " + pounds(c.standardError()));
      }
      CrossValidation cv = r.crossValidations().get(model);
      String na = r.unavailable().getOrDefault(model, "not available");
      models.row(modelName(model), String.join("; ", cs), f3(f.rSquared()), pounds(f.residualStandardError()),
          cv == null ? na : pounds(cv.rootMeanSquaredError()), cv == null ? "" : pounds(cv.meanAbsoluteError()),
          cv == null ? "" : f3(cv.outOfSampleRSquared()));
    }
    page.table(models);

    ScatterChart.Builder scatter = ScatterChart.builder("points-vs-cost", "Points against current weekly cost")
        .axes("points priced", AxisFormat.PLAIN, "current weekly cost", AxisFormat.POUNDS);
    Map<ClientGroup, List<PersonCost>> byGroup = new EnumMap<>(ClientGroup.class);
    for (PersonCost p : r.sample().people()) {
      byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
    }
    for (Map.Entry<ClientGroup, List<PersonCost>> e : byGroup.entrySet()) {
      double[] x = new double[e.getValue().size()];
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = e.getValue().get(i).pricedPoints().doubleValue();
        y[i] = e.getValue().get(i).currentWeekly().pence() / 100.0;
      }
      scatter.series(e.getKey().label(), x, y);
    }
    PointsFit origin = r.fit();
    double slope = origin.coefficient("price_per_point").estimate();
    scatter.line("fitted through the origin: " + pounds(slope) + "/point", 0, slope);
    PointsFit intercept = r.fits().get(FitModel.WITH_INTERCEPT);
    if (intercept != null) {
      double a = intercept.coefficient("intercept").estimate();
      double b = intercept.coefficient("price_per_point").estimate();
      scatter.line("fitted with an intercept: " + pounds(a) + " + " + pounds(b) + "/point", a, b);
    }
    if (r.proposed().pricing().method() instanceof PricePerPoint price) {
      double p = price.poundsPerPoint().doubleValue();
      scatter.line("proposed price: " + pounds(p) + "/point (before contingency)", 0, p);
    }
    page.figure(scatter.description("Each person's current weekly cost against their points priced, one marker shape "
            + "per client group, with the fitted lines and the proposed price.").build(),
        "Points against current weekly cost: each marker is a person (its shape the client group), each line a "
            + "fitted model or the proposed price.");

    page.subheading("Who the points over- or under-fund", "residuals")
        .note("Mean residual = mean current cost − mean cost predicted by the fit through the origin. Positive: the "
            + "group's packages cost more than its points suggest, so a price per point would under-fund it.");
    Table residuals = Table.of("Client group", "People", "Mean current a week", "Mean predicted a week",
        "Mean residual a week");
    BarChart.Builder bars = BarChart.builder("residuals-by-group", "Mean residual by client group")
        .axis("mean residual, £ a week", AxisFormat.POUNDS);
    for (GroupResidual g : origin.residualsByGroup().values()) {
      residuals.row(g.group().label(), Numbers.count(g.count()), pounds(g.meanCurrentWeekly()),
          pounds(g.meanPredictedWeekly()), pounds(g.meanResidual()));
      bars.category(g.group().label(), new double[] {g.meanResidual()}, new String[] {pounds(g.meanResidual())});
    }
    page.table(residuals).figure(bars.description("For each client group, the mean of current cost less the cost "
        + "the fit through the origin predicts.").build(), "Bars right of zero: the group costs more than its points predict.");

    List<Outlier> outliers = r.outliers();
    page.subheading("Outliers", "outliers")
        .note("People whose current cost is more than " + f1(r.outlierThreshold()) + " residual standard errors from "
            + "the fit through the origin: " + Numbers.count(outliers.size()) + ". These packages deserve a look before "
            + "they shape the price." + (outliers.size() > 15 ? " The 15 furthest from the fit:" : ""));
    if (!outliers.isEmpty()) {
      Table t = Table.of("Person", "Client group", "Points priced", "Current a week", "Predicted a week",
          "Standardised residual");
      for (Outlier o : outliers.subList(0, Math.min(15, outliers.size()))) {
        t.row(o.person().person().value(), o.person().group().label(), o.person().pricedPoints().toPlainString(),
            Numbers.money(o.person().currentWeekly()), pounds(o.predictedWeekly()), f2(o.standardised()));
      }
      page.table(t);
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

  private static void envelope(Page page, CalibrationResult r) {
    EnvelopeFit p = r.proposedForecast();
    Envelope e = p.envelope();
    page.heading("The envelope", "envelope")
        .note("Each year's forecast is everything committed that year: take-up × the annual amount each person is paid, "
            + "their new budget and any transitional grant, rounded up to the penny. It must fit the year's envelope "
            + "less contingency in every year of the phase-in. Each person's spend is forecast at their client group's "
            + "take-up: given, or estimated as the group's current spend ÷ what the current rules allocate it (at most "
            + "100%), with a 95% percentile-bootstrap interval.")
        .table(Table.of("Figure", "Value")
            .row("Envelope", envelopeText(e))
            .row("Contingency held back", e.contingencyPercent().toPlainString() + "% of each year's envelope, rounded up")
            .row("Take-up, everyone together", percent(r.takeUp()))
            .row("Tightest year", "year " + p.tightestYear().year() + ": forecast " + Numbers.money(p.forecast()) + " of "
                + Numbers.money(p.available()) + " available, headroom " + Numbers.money(p.headroom()))
            .row("The current rules' budgets alone", Numbers.money(r.currentForecast().budgets()) + " a year"));
    Table takeUp = Table.of("Client group", "People", "Current spend a year", "Current rules allocate", "Take-up",
        "95% bootstrap interval");
    for (GroupTakeUp t : r.takeUpByGroup().values()) {
      takeUp.row(t.group().label(), Numbers.count(t.people()), Numbers.money(t.currentAnnual()),
          t.indicativeAnnual().map(Numbers::money).orElse(""), percent(t.share()) + (t.estimated() ? "" : " (given)"),
          t.estimated() ? percent(t.lower().orElseThrow()) + " to " + percent(t.upper().orElseThrow()) : "");
    }
    page.table(takeUp);
    unfunded(page, r);

    page.subheading("Each year of the phase-in", "envelope-by-year");
    Table years = Table.of("Year", "Envelope", "Contingency", "Available", "Budgets", "Transitional grants", "Forecast",
        "Headroom");
    StackedBarChart.Builder chart = StackedBarChart.builder("envelope-chart", "Each year's forecast against the money available")
        .axis("£ a year", AxisFormat.POUNDS)
        .parts("budgets", "transitional grants", "headroom");
    for (YearForecast y : p.years()) {
      years.row(Integer.toString(y.year()), Numbers.money(y.envelope()), Numbers.money(y.contingencyHeldBack()),
          Numbers.money(y.available()), Numbers.money(y.budgets()), Numbers.money(y.grants()), Numbers.money(y.forecast()),
          Numbers.money(y.headroom()));
      // An overspent year has no headroom to draw; its total says it overspends.
      Money headroom = Money.max(Money.zero(), y.headroom());
      chart.row("year " + y.year(), "", new double[] {pounds(y.budgets()), pounds(y.grants()), pounds(headroom)},
          new String[] {Numbers.money(y.budgets()), Numbers.money(y.grants()), Numbers.money(headroom)},
          Numbers.money(y.forecast()) + " of " + Numbers.money(y.available()) + (y.fits() ? "" : ": over"));
    }
    page.table(years).figure(chart.description("For each year of the phase-in, the forecast budgets and transitional "
            + "grants stacked, then the headroom left, up to the money available (the envelope less contingency).")
        .build(), "Each year's forecast (budgets and transitional grants) and the headroom left, against the money "
        + "available after contingency; at each bar's end, the forecast of the money available.");
  }

  private static void unfunded(Page page, CalibrationResult r) {
    page.subheading("Unfunded need", "unfunded");
    String why = "Points no funding stream the person is eligible for pays (their budgets carry the flag UNFUNDED_NEED): "
        + "reported here, never priced, in neither the fit nor the forecast. ";
    if (r.unfundedNeed().isEmpty()) {
      page.note(why + "Nobody has any.");
      return;
    }
    page.note(why + Numbers.count(r.unfundedPeople()) + " people, " + r.unfundedPoints().toPlainString() + " points.");
    Table t = Table.of("Client group", "People flagged UNFUNDED_NEED", "Unfunded points");
    for (UnfundedNeed u : r.unfundedNeed().values()) {
      t.row(u.group().label(), Numbers.count(u.people()), u.points().toPlainString());
    }
    page.table(t);
  }

  private static void impact(Page page, CalibrationResult r) {
    Impact impact = r.impact();
    page.heading("Winners and losers", "impact").note("Change = proposed weekly budget − current weekly cost.");
    Table groups = Table.of("Client group", "People", "Winners", "Losers", "Unchanged", "Current a week",
        "Proposed a week", "Change a week");
    BarChart.Builder bars = BarChart.builder("winners-losers", "Winners and losers by client group")
        .axis("people", AxisFormat.PLAIN).series("winners", "losers");
    for (GroupChange g : impact.byGroup().values()) {
      groups.row(g.group().label(), Numbers.count(g.count()), Numbers.count(g.winners()), Numbers.count(g.losers()),
          Numbers.count(g.unchanged()), Numbers.money(g.currentWeekly()), Numbers.money(g.proposedWeekly()),
          Numbers.money(g.change()));
      bars.category(g.group().label(), new double[] {g.winners(), g.losers()},
          new String[] {Numbers.count(g.winners()), Numbers.count(g.losers())});
    }
    page.table(groups);
    List<PersonChange> people = impact.people();
    if (!people.isEmpty()) {
      long[] changes = new long[people.size()];
      for (int i = 0; i < changes.length; i++) {
        changes[i] = people.get(i).change().pence();
      }
      long min = java.util.Arrays.stream(changes).min().orElseThrow();
      long max = java.util.Arrays.stream(changes).max().orElseThrow();
      // Bins from the bin holding the biggest loss to the one holding the biggest gain: no open-ended end bins,
      // and the axis title gives the real range, to the penny.
      Bins bins = Bins.covering(min, max, MAX_BINS, 100);
      String band = Numbers.poundsTick(bins.width() / 100.0);
      page.figure(Histogram.builder("change-distribution", "Weekly change, proposed budget less current cost", bins,
              bins.count(changes))
          .values("change a week (each bar " + band + " from its left edge; from " + Numbers.money(Money.ofPence(min))
              + " to " + Numbers.money(Money.ofPence(max)) + ")", pence -> Numbers.poundsTick(pence / 100.0))
          .counts("people", 0)
          .description("How many of the " + Numbers.count(people.size()) + " people gain or lose each amount a week, in "
              + "bands of " + band + ".")
          .build(), "Distribution of weekly changes, in " + band + " bands, from the biggest loss ("
          + Numbers.money(Money.ofPence(min)) + ") to the biggest gain (" + Numbers.money(Money.ofPence(max)) + ").");
    }
    page.figure(bars.description("For each client group, how many people would gain and how many would lose.").build(),
        "Winners and losers by client group.");
  }

  private static void cliffs(Page page, CalibrationResult r) {
    page.heading("Cliff edges", "cliff-edges")
        .note(r.proposed().streams().isEmpty()
            ? "Where one more point raises the weekly budget by more than a point is worth at the rule set's price"
                + " (a penny over, for rounding), over every total the questionnaire can produce."
            : "Where one more point of funded need raises what the rules pay a week by more than a point is worth at"
                + " the paying stream's price (a penny over, for rounding). Each funding stream is walked on its own,"
                + " priced as the allocator prices a budget: the method, the stream's own price, the contingency, the"
                + " floor and the ceiling. Funded points are those a stream the person is eligible for pays: points no"
                + " eligible stream pays are not counted and never move the money. Only streams the calibrated people"
                + " are eligible for are listed, with the domains they pay for them.");
    cliffTable(page, "Proposed rules", r.proposed(), r.proposedCliffEdges());
    cliffTable(page, "Current rules", r.current(), r.currentCliffEdges());
  }

  private static void cliffTable(Page page, String caption, RuleSet rules, List<CliffEdge> edges) {
    if (edges.isEmpty()) {
      page.note(caption + ": no cliff edges. " + smoothly(rules));
      return;
    }
    Table t = Table.of("Paid by", "Domains", "From points", "To points", "Weekly at", "Weekly next", "Jump a week",
        "Jump a year", "A point's worth").caption(caption);
    for (CliffEdge e : edges) {
      t.row(e.payer(), domainNames(rules, e), Numbers.count(e.points()), Numbers.count(e.points() + 1L),
          Numbers.money(e.weeklyAt()), Numbers.money(e.weeklyNext()), Numbers.money(e.weeklyJump()),
          Numbers.money(e.annualJump()), Numbers.money(e.threshold()));
    }
    page.table(t);
  }

  /** Why there are no cliff edges, in words. */
  private static String smoothly(RuleSet rules) {
    return rules.pricing().method() instanceof PricePerPoint price
        ? "A price per point of £" + price.poundsPerPoint().toPlainString()
            + (rules.streams().stream().anyMatch(s -> s.pricePerPoint().isPresent()) ? " (or a stream's own)" : "")
            + " adds the same for every point, and no floor lifts the first point above it."
        : "No funded point adds more than a point's worth.";
  }

  private static String domainNames(RuleSet rules, CliffEdge e) {
    List<String> names = new ArrayList<>();
    for (var id : e.domains()) {
      names.add(rules.domains().stream().filter(d -> d.id().equals(id)).map(d -> d.name()).findFirst().orElse(id.value()));
    }
    return String.join(", ", names);
  }

  /**
   * The cliff edges of a rule set in one line, for the command line's summary: each edge as "Adult social
   * care 0 → 1 funded point: £0.00 → £45.00 a week (+£2,340.00 a year)", at most four, and how many more.
   */
  public static String cliffEdgesText(RuleSet rules, List<CliffEdge> edges) {
    if (edges.isEmpty()) {
      return "none: no " + (rules.streams().isEmpty() ? "" : "funded ") + "point adds more than a point's worth";
    }
    List<String> shown = new ArrayList<>();
    for (CliffEdge e : edges.subList(0, Math.min(4, edges.size()))) {
      shown.add(e.payer() + " " + Numbers.count(e.points()) + " → " + Numbers.count(e.points() + 1L)
          + (rules.streams().isEmpty() ? " points: " : " funded points: ") + e.weeklyAt() + " → " + e.weeklyNext()
          + " a week (+" + e.annualJump() + " a year)");
    }
    return String.join("; ", shown) + (edges.size() > 4 ? "; " + (edges.size() - 4) + " more in the report" : "");
  }

  private static void transition(Page page, TransitionPlan plan) {
    page.heading("Transitional protection", "transition")
        .note("Nobody's weekly budget falls by more than " + plan.rule().percentPerYear().toPlainString()
            + "% of the previous year's a year" + (plan.rule().endYear() < TransitionalProtection.MAX_YEARS
                ? "; protection ends in year " + plan.rule().endYear() : "")
            + ". A grant makes up the difference until the person reaches their new budget. "
            + Numbers.count(plan.cutShortCount()) + " people's protection was cut short by the end year.");
    Table t = Table.of("Year", "Transitional grants (annual)", "People reaching their new budget");
    BarChart.Builder bars = BarChart.builder("transition-cost", "Transitional grants by year").axis("£ a year", AxisFormat.POUNDS);
    List<Integer> reached = plan.reachedByYear();
    for (int y = 1; y <= plan.years(); y++) {
      Money cost = plan.grantCostByYear().get(y - 1);
      t.row(Integer.toString(y), Numbers.money(cost), Numbers.count(reached.get(y - 1)));
      if (y == 1) {
        t.exact(1, "year1_grant_annual_table", cost);
      }
      bars.category("year " + y, new double[] {pounds(cost)}, new String[] {Numbers.money(cost)});
    }
    t.total("Total", Numbers.money(plan.totalGrantCost()), Numbers.count(plan.people().size()));
    page.table(t).figure(bars.description("The annual cost of transitional grants in each year of the phase-in.").build(),
        "Transitional grant cost by year.");
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

  /** A statistic in pounds (a coefficient, a mean) written as the command line writes money, to the penny. */
  private static String pounds(double v) {
    return Double.isFinite(v) ? Numbers.money(Money.ofPounds(BigDecimal.valueOf(v), RoundingMode.HALF_EVEN)) : "n/a";
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
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
