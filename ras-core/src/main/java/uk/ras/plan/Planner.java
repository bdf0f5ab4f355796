package uk.ras.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.ras.allocation.Budget;
import uk.ras.allocation.DomainPoints;
import uk.ras.costing.CostPlan;
import uk.ras.costing.CostingProblem;
import uk.ras.costing.Costing;
import uk.ras.costing.EmployerCosts;
import uk.ras.costing.InvalidCostingException;
import uk.ras.costing.LineCost;
import uk.ras.costing.PaidBy;
import uk.ras.costing.PlanLine;
import uk.ras.costing.RateCard;
import uk.ras.costing.RateVersion;
import uk.ras.funding.StreamAttribution;
import uk.ras.money.Apportionment;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.StreamId;

/**
 * Costs and checks a support plan. Provider hours are priced by the cost-based method itself (a
 * one-person {@link CostPlan} of the plan's provider hours, so the rate build-up and the rounding are
 * the costing's own); everything else is priced here, each rounding with the rates' declared mode.
 */
final class Planner {
  private static final String UNFUNDED = "no stream (need no stream the person is eligible for pays)";

  private Planner() {}

  static PlanCheck check(SupportPlan plan, Budget indicative, RuleSet rules, RateCard card, LocalDate date) {
    List<PlanItem> items = plan.items();
    List<CostingProblem> problems = problems(plan, rules, card);
    Map<Integer, LineCost> provider = new HashMap<>();
    if (problems.isEmpty()) {
      provider = costProviderHours(plan, card, date, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidCostingException(
          "support plan of " + plan.person() + " under rates \"" + card.ratesName() + "\" in force on " + date, problems);
    }
    RoundingMode rounding = card.rounding();
    PeriodConversion weeks = card.weeksPerYear();
    List<ItemCost> costs = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      costs.add(cost(items.get(i), provider.get(i), card, rounding, weeks));
    }
    Money weekly = Money.total(costs.stream().map(ItemCost::weekly).toList());
    Money annual = Money.total(costs.stream().map(ItemCost::annual).toList());
    Money indicativeWeekly = indicative.weekly();
    List<ItemCost> drivers = new ArrayList<>();
    if (weekly.isGreaterThan(indicativeWeekly)) {
      Money excess = weekly.minus(indicativeWeekly);
      List<ItemCost> paid = new ArrayList<>(costs);
      paid.removeIf(c -> c.weekly().isZero());
      // A stable sort: ties keep the plan's order.
      paid.sort(Comparator.comparing(ItemCost::weekly).reversed());
      Money covered = Money.zero();
      for (ItemCost c : paid) {
        if (!covered.isLessThan(excess)) {
          break;
        }
        drivers.add(c);
        covered = covered.plus(c.weekly());
      }
    }
    Set<DomainId> met = new HashSet<>();
    for (PlanItem item : items) {
      if (item.meetsNeeds()) {
        met.addAll(item.needs());
      }
    }
    List<DomainPoints> unmet = new ArrayList<>();
    for (DomainPoints d : indicative.domains()) {
      if (d.points() > 0 && !met.contains(d.domain())) {
        unmet.add(d);
      }
    }
    List<ControlTotal> controls = controls(costs);
    List<String> streamTrace = new ArrayList<>();
    List<StreamPortion> streams = streams(costs, indicative, rules, streamTrace);
    Money chargeable =
        streams.isEmpty()
            ? weekly
            : Money.total(streams.stream().filter(StreamPortion::chargeable).map(StreamPortion::weekly).toList());
    List<String> words = explain(plan, indicative, rules, card, date, costs, weekly, annual, drivers, unmet, controls, streams);
    words.addAll(streamTrace);
    return new PlanCheck(plan.person(), date, indicative, costs, weekly, annual, drivers, unmet, controls, streams, chargeable, words);
  }

  // ---------------------------------------------------------------------------------------------------
  // Problems

  private static List<CostingProblem> problems(SupportPlan plan, RuleSet rules, RateCard card) {
    List<CostingProblem> problems = new ArrayList<>();
    List<PlanItem> items = plan.items();
    if (items.isEmpty()) {
      problems.add(new CostingProblem("items", "a support plan needs at least one item"));
    }
    if (items.size() > SupportPlan.MAX_ITEMS) {
      problems.add(new CostingProblem("items", items.size() + " items; a plan may have at most " + SupportPlan.MAX_ITEMS));
    }
    Set<DomainId> domains = new HashSet<>();
    List<String> domainNames = new ArrayList<>();
    for (Domain d : rules.domains()) {
      domains.add(d.id());
      domainNames.add(d.id().value());
    }
    RateVersion version = card.version();
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      PlanItem item = items.get(i);
      String at = "items[" + i + "]";
      Integer earlier = names.putIfAbsent(item.name(), i);
      if (earlier != null) {
        problems.add(new CostingProblem(at + ".name", "duplicate item \"" + item.name() + "\" (also items[" + earlier + "])"));
      }
      if (item.needs().isEmpty()) {
        problems.add(new CostingProblem(at + ".needs", "an item must say which needs (domains of the assessment) it meets"));
      }
      Set<DomainId> seen = new HashSet<>();
      for (int k = 0; k < item.needs().size(); k++) {
        DomainId need = item.needs().get(k);
        if (!domains.contains(need)) {
          problems.add(
              new CostingProblem(
                  at + ".needs[" + k + "]",
                  "unknown domain \"" + need + "\" in " + rules.label() + "; expected one of " + String.join(", ", domainNames)));
        } else if (!seen.add(need)) {
          problems.add(new CostingProblem(at + ".needs[" + k + "]", "\"" + need + "\" is listed twice"));
        }
      }
      switch (item.kind()) {
        case PERSONAL_ASSISTANT:
          quantity(item.hoursPerWeek().orElseThrow(), CostPlan.MAX_HOURS, at + ".hoursPerWeek", problems);
          amount(item.amount().orElseThrow(), RateVersion.MAX_AMOUNT, at + ".hourlyPay", problems);
          if (version.employerCosts().isEmpty()) {
            problems.add(
                new CostingProblem(
                    at,
                    "a personal assistant needs the employer's costs (employerCosts), which the rates \""
                        + card.ratesName()
                        + "\" in force from "
                        + version.from()
                        + " to "
                        + version.to()
                        + " do not declare"));
          }
          break;
        case PROVIDER_QUOTE:
        case TECHNOLOGY_RENTAL:
        case TRANSPORT:
          amount(item.amount().orElseThrow(), CostPlan.MAX_AMOUNT, at + ".weekly", problems);
          break;
        case TECHNOLOGY_PURCHASE:
        case ONE_OFF:
          amount(item.amount().orElseThrow(), CostPlan.MAX_AMOUNT, at + ".price", problems);
          if ((item.kind() == ItemKind.TECHNOLOGY_PURCHASE || item.years() != 0)
              && (item.years() < 1 || item.years() > CostPlan.MAX_YEARS)) {
            problems.add(new CostingProblem(at + ".years", "must be from 1 to " + CostPlan.MAX_YEARS + ", was " + item.years()));
          }
          break;
        default:
          break;
      }
    }
    return problems;
  }

  private static void quantity(BigDecimal q, int max, String at, List<CostingProblem> problems) {
    if (q.signum() < 0 || q.compareTo(BigDecimal.valueOf(max)) > 0 || q.stripTrailingZeros().scale() > 2) {
      problems.add(new CostingProblem(at, "must be from 0 to " + max + " with at most two decimals, was " + q.toPlainString()));
    }
  }

  private static void amount(Money m, Money max, String at, List<CostingProblem> problems) {
    if (m.isNegative()) {
      problems.add(new CostingProblem(at, "must not be negative, was " + m));
    } else if (m.isGreaterThan(max)) {
      problems.add(new CostingProblem(at, m + " is too large; at most " + max));
    }
  }

  /** Prices the provider hours as a one-person cost plan; its problems are placed at their items. */
  private static Map<Integer, LineCost> costProviderHours(
      SupportPlan plan, RateCard card, LocalDate date, List<CostingProblem> problems) {
    List<Integer> at = new ArrayList<>();
    CostPlan.Builder builder = CostPlan.builder().name("support plan of " + plan.person()).addPerson(plan.person());
    for (int i = 0; i < plan.items().size(); i++) {
      PlanItem item = plan.items().get(i);
      if (item.kind() == ItemKind.PROVIDER_HOURS) {
        at.add(i);
        builder.addLine(
            PlanLine.hours(
                item.name(),
                PaidBy.person(plan.person()),
                item.staffType().orElseThrow(),
                item.band(),
                item.hoursPerWeek().orElseThrow(),
                item.staffCount()));
      }
    }
    Map<Integer, LineCost> costs = new HashMap<>();
    if (at.isEmpty()) {
      return costs;
    }
    try {
      Costing costing = builder.build().cost(card, date);
      for (int j = 0; j < at.size(); j++) {
        costs.put(at.get(j), costing.lines().get(j));
      }
    } catch (InvalidCostingException e) {
      for (CostingProblem p : e.problems()) {
        problems.add(new CostingProblem(placed(p.path(), at), p.message()));
      }
    }
    return costs;
  }

  /** "lines[j].staff" of the cost plan is "items[i].staff" of the support plan. */
  private static String placed(String path, List<Integer> at) {
    if (path.startsWith("lines[")) {
      int close = path.indexOf(']');
      int j = Integer.parseInt(path.substring("lines[".length(), close));
      return "items[" + at.get(j) + "]" + path.substring(close + 1);
    }
    return path;
  }

  // ---------------------------------------------------------------------------------------------------
  // Costs

  private static ItemCost cost(PlanItem item, LineCost provider, RateCard card, RoundingMode rounding, PeriodConversion weeks) {
    String head = item.name() + " (" + item.kind().label() + item.heldBy().map(h -> ", " + h.describe()).orElse("") + "): ";
    List<String> words = new ArrayList<>();
    Money weekly;
    Money annual;
    List<Money> charges;
    switch (item.kind()) {
      case PROVIDER_HOURS:
        weekly = provider.weekly();
        annual = weeks.annual(weekly, rounding);
        words.add(head + provider.explanation().substring(provider.explanation().indexOf(": ") + 2));
        provider.rate().ifPresent(r -> r.explanation().forEach(line -> words.add("  " + line)));
        words.add("  a year: " + weekly + " x " + weeks.description() + " = " + annual + annualRounding(weeks, rounding));
        charges = List.of(annual);
        break;
      case PROVIDER_QUOTE:
      case TECHNOLOGY_RENTAL:
      case TRANSPORT:
        weekly = item.amount().orElseThrow();
        annual = weeks.annual(weekly, rounding);
        words.add(head + weekly + " a week, as " + (item.kind() == ItemKind.PROVIDER_QUOTE ? "quoted" : "given")
            + "; a year: " + weekly + " x " + weeks.description() + " = " + annual + annualRounding(weeks, rounding));
        charges = List.of(annual);
        break;
      case PERSONAL_ASSISTANT:
        {
          Employment e = new Employment(item, card.version().employerCosts().orElseThrow(), rounding, weeks);
          weekly = e.weekly;
          annual = e.annual;
          words.add(head + "employed through a direct payment, a year then a week:");
          e.explanation.forEach(line -> words.add("  " + line));
          charges = List.of(annual);
          break;
        }
      case TECHNOLOGY_PURCHASE:
      case ONE_OFF:
        {
          Money price = item.amount().orElseThrow();
          if (item.years() == 0) {
            annual = price;
            weekly = weeks.weekly(annual, rounding);
            charges = List.of(annual);
            words.add(head + price + ", charged to the plan's year; a week: " + price + " / " + weeks.description()
                + " = " + weekly + rounded(rounding));
          } else {
            // The n charges add up exactly to the price: the odd pennies go to the earliest years.
            charges = Apportionment.equally(price, item.years());
            annual = charges.get(0);
            weekly = weeks.weekly(annual, rounding);
            words.add(head + price + " over " + item.years() + (item.years() == 1 ? " year" : " years") + ": "
                + (item.years() == 1 ? price.toString() : charges.get(0) + " this year")
                + (item.years() > 1 ? ", then " + describeRest(charges) : "")
                + " (together " + price + "); a week this year: " + annual + " / " + weeks.description()
                + " = " + weekly + rounded(rounding));
          }
          break;
        }
      case UNPAID:
      default:
        weekly = Money.zero();
        annual = Money.zero();
        charges = List.of(annual);
        words.add(head + "given by " + item.givenBy().orElseThrow() + ", unpaid, £0.00; "
            + (item.meetsNeeds()
                ? "recorded willing and able, so it meets " + names(item.needs())
                : "not recorded willing and able ("
                    + item.willingness().orElseThrow().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + "), so it meets no need"));
        break;
    }
    return new ItemCost(item.name(), item.kind(), item.heldBy(), item.needs(), item.meetsNeeds(), weekly, annual, charges, words);
  }

  private static String describeRest(List<Money> charges) {
    Map<Money, Integer> runs = new LinkedHashMap<>();
    for (Money m : charges.subList(1, charges.size())) {
      runs.merge(m, 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    runs.forEach((m, n) -> parts.add(m + (n == 1 ? " for 1 year" : " a year for " + n + " years")));
    return String.join(", then ", parts);
  }

  /** Whole weeks never round; 365/7 and 365.25/7 weeks may. */
  private static String annualRounding(PeriodConversion weeks, RoundingMode rounding) {
    return weeks == PeriodConversion.WEEKS_52 ? "" : rounded(rounding);
  }

  static String rounded(RoundingMode rounding) {
    return " (rounded " + rounding.name().toLowerCase(Locale.ROOT).replace('_', '-') + ")";
  }

  private static String names(List<DomainId> needs) {
    List<String> n = new ArrayList<>();
    needs.forEach(d -> n.add(d.value()));
    return String.join(", ", n);
  }

  // ---------------------------------------------------------------------------------------------------
  // Control and streams

  private static List<ControlTotal> controls(List<ItemCost> costs) {
    Map<HeldBy, List<ItemCost>> by = new LinkedHashMap<>();
    for (ItemCost c : costs) {
      c.heldBy().ifPresent(h -> by.computeIfAbsent(h, k -> new ArrayList<>()).add(c));
    }
    List<ControlTotal> totals = new ArrayList<>();
    by.forEach(
        (h, list) ->
            totals.add(
                new ControlTotal(
                    h,
                    Money.total(list.stream().map(ItemCost::weekly).toList()),
                    Money.total(list.stream().map(ItemCost::annual).toList()),
                    list.stream().map(ItemCost::name).toList())));
    return totals;
  }

  /**
   * Each item's cost split equally among its needs (odd pennies to the need listed first), and each
   * need's part among the streams in the shares the indicative budget attributed its domain (largest
   * remainder, ties to the share listed first); weekly and annual alike.
   */
  private static List<StreamPortion> streams(List<ItemCost> costs, Budget indicative, RuleSet rules, List<String> trace) {
    List<FundingStream> declared = rules.streams();
    if (declared.isEmpty()) {
      return List.of();
    }
    Map<DomainId, List<StreamAttribution>> byDomain = new HashMap<>();
    for (StreamAttribution a : indicative.explanation().orElseThrow().attributions()) {
      byDomain.computeIfAbsent(a.domain(), k -> new ArrayList<>()).add(a);
    }
    Map<StreamId, Integer> index = new HashMap<>();
    for (int s = 0; s < declared.size(); s++) {
      index.put(declared.get(s).id(), s);
    }
    int unfunded = declared.size();
    long[] weekly = new long[declared.size() + 1];
    long[] annual = new long[declared.size() + 1];
    boolean[] used = new boolean[declared.size() + 1];
    for (ItemCost c : costs) {
      if (c.weekly().isZero() && c.annual().isZero()) {
        continue;
      }
      int n = c.needs().size();
      List<Money> weeklyByNeed = Apportionment.equally(c.weekly(), n);
      List<Money> annualByNeed = Apportionment.equally(c.annual(), n);
      List<String> parts = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        List<StreamAttribution> shares = byDomain.getOrDefault(c.needs().get(k), List.of());
        String need = c.needs().get(k).value() + " " + weeklyByNeed.get(k);
        if (shares.isEmpty()) {
          // A domain the explanation attributes nowhere: no stream pays it.
          add(weekly, annual, used, unfunded, weeklyByNeed.get(k), annualByNeed.get(k));
          parts.add(need + " (no stream)");
          continue;
        }
        List<BigDecimal> weights = shares.stream().map(StreamAttribution::share).toList();
        List<Money> w = Apportionment.byWeights(weeklyByNeed.get(k), weights);
        List<Money> a = Apportionment.byWeights(annualByNeed.get(k), weights);
        List<String> to = new ArrayList<>();
        for (int f = 0; f < shares.size(); f++) {
          Optional<StreamId> payer = shares.get(f).paidBy();
          int s = payer.map(index::get).orElse(unfunded);
          add(weekly, annual, used, s, w.get(f), a.get(f));
          to.add((s == unfunded ? "no stream" : declared.get(s).name()) + " " + w.get(f));
        }
        parts.add(need + " (" + String.join(", ", to) + ")");
      }
      trace.add("  " + c.name() + " " + c.weekly() + " a week: " + String.join("; ", parts));
    }
    List<StreamPortion> portions = new ArrayList<>();
    for (int s = 0; s < declared.size(); s++) {
      FundingStream f = declared.get(s);
      portions.add(new StreamPortion(Optional.of(f.id()), f.name(), f.chargeable(), Money.ofPence(weekly[s]), Money.ofPence(annual[s]), Money.zero()));
    }
    if (used[unfunded]) {
      portions.add(new StreamPortion(Optional.empty(), UNFUNDED, true, Money.ofPence(weekly[unfunded]), Money.ofPence(annual[unfunded]), Money.zero()));
    }
    return portions;
  }

  private static void add(long[] weekly, long[] annual, boolean[] used, int s, Money w, Money a) {
    weekly[s] = Math.addExact(weekly[s], w.pence());
    annual[s] = Math.addExact(annual[s], a.pence());
    used[s] = true;
  }

  // ---------------------------------------------------------------------------------------------------
  // Words

  private static List<String> explain(
      SupportPlan plan,
      Budget indicative,
      RuleSet rules,
      RateCard card,
      LocalDate date,
      List<ItemCost> costs,
      Money weekly,
      Money annual,
      List<ItemCost> drivers,
      List<DomainPoints> unmet,
      List<ControlTotal> controls,
      List<StreamPortion> streams) {
    List<String> words = new ArrayList<>();
    words.add(
        "Indicative budget of "
            + plan.person()
            + " under "
            + rules.label()
            + ": "
            + indicative.totalPoints()
            + " points, "
            + indicative.weekly()
            + " a week, "
            + indicative.annual()
            + " a year. It is where the plan starts, not a cap.");
    words.add(
        "Support plan costed on "
            + date
            + " under rates \""
            + card.ratesName()
            + "\" in force from "
            + card.version().from()
            + " to "
            + card.version().to()
            + "; rounding "
            + rounded(card.rounding()).substring(" (rounded ".length(), rounded(card.rounding()).length() - 1)
            + "; "
            + card.weeksPerYear().description()
            + " a year:");
    for (ItemCost c : costs) {
      c.explanation().forEach(line -> words.add("  " + line));
    }
    List<String> sum = new ArrayList<>();
    costs.stream().filter(c -> !c.weekly().isZero() || !c.annual().isZero()).forEach(c -> sum.add(c.weekly().toString()));
    words.add("Plan cost: " + (sum.isEmpty() ? "£0.00" : String.join(" + ", sum)) + " = " + weekly + " a week; " + annual + " in the plan's year.");
    if (drivers.isEmpty()) {
      words.add("Within the indicative budget of " + indicative.weekly() + ": headroom " + indicative.weekly().minus(weekly) + " a week.");
    } else {
      List<String> d = new ArrayList<>();
      drivers.forEach(c -> d.add(c.name() + " " + c.weekly()));
      words.add(
          "Above the indicative budget of "
              + indicative.weekly()
              + " by "
              + weekly.minus(indicative.weekly())
              + " a week: referred to the panel, not trimmed. The items that drive it, largest first: "
              + String.join(", ", d)
              + ".");
    }
    if (unmet.isEmpty()) {
      words.add("Every assessed need is met by at least one item.");
    } else {
      List<String> u = new ArrayList<>();
      unmet.forEach(n -> u.add(n.domain().value() + " (" + n.points() + (n.points() == 1 ? " point)" : " points)")));
      words.add("Assessed needs no item meets: " + String.join(", ", u) + ".");
    }
    List<String> held = new ArrayList<>();
    controls.forEach(c -> held.add(c.heldBy().describe() + " " + c.weekly() + " a week (" + c.annual() + " a year)"));
    words.add("Who holds the money: " + (held.isEmpty() ? "no one (nothing is paid)" : String.join("; ", held)) + ".");
    if (!streams.isEmpty()) {
      List<String> s = new ArrayList<>();
      streams.forEach(p -> s.add(p.name() + " " + p.weekly() + " a week (" + p.annual() + " a year)"));
      words.add(
          "Who pays, each item split equally among the needs it meets and each need as the indicative budget attributed it: "
              + String.join("; ", s)
              + ".");
    }
    return words;
  }

  /** The employer's costs of one personal assistant, a year then a week (see {@link EmployerCosts}). */
  private static final class Employment {
    final Money weekly;
    final Money annual;
    final List<String> explanation = new ArrayList<>();

    Employment(PlanItem item, EmployerCosts e, RoundingMode rounding, PeriodConversion weeks) {
      BigDecimal hours = item.hoursPerWeek().orElseThrow();
      Money pay = item.amount().orElseThrow();
      String mode = rounded(rounding);
      Money weeklyPay = Money.ofPounds(hours.multiply(pay.pounds()).setScale(2, rounding));
      explanation.add("pay: " + plain(hours) + " hours x " + pay + " = " + weeklyPay + " a week" + roundedIf(hours.multiply(pay.pounds()), weeklyPay, mode));
      Money annualPay = weeks.annual(weeklyPay, rounding);
      explanation.add("pay a year: " + weeklyPay + " x " + weeks.description() + " = " + annualPay);
      BigDecimal holidayExact = annualPay.pounds().multiply(e.holidayPercent()).movePointLeft(2);
      Money holiday = Money.ofPounds(holidayExact.setScale(2, rounding));
      explanation.add("+ holiday pay: " + annualPay + " x " + plain(e.holidayPercent()) + "% = " + holiday + roundedIf(holidayExact, holiday, mode));
      Money earnings = annualPay.plus(holiday);
      explanation.add("= earnings " + earnings + " a year");
      Money above = Money.max(Money.zero(), earnings.minus(e.niThreshold()));
      BigDecimal niExact = above.pounds().multiply(e.niPercent()).movePointLeft(2);
      Money ni = Money.ofPounds(niExact.setScale(2, rounding));
      explanation.add("+ employer's National Insurance: (" + earnings + " - threshold " + e.niThreshold() + ", at least £0.00) = " + above
          + " x " + plain(e.niPercent()) + "% = " + ni + roundedIf(niExact, ni, mode));
      Money niDue = ni;
      if (item.claimsEmploymentAllowance()) {
        niDue = Money.max(Money.zero(), ni.minus(e.employmentAllowance()));
        explanation.add("  less the Employment Allowance " + e.employmentAllowance() + " a year, claimed by the employer (at least £0.00): " + niDue);
      } else {
        explanation.add("  the Employment Allowance is not claimed against this assistant: " + niDue);
      }
      Money band = Money.max(Money.zero(), Money.min(earnings, e.pensionUpper()).minus(e.pensionLower()));
      BigDecimal pensionExact = band.pounds().multiply(e.pensionPercent()).movePointLeft(2);
      Money pension = Money.ofPounds(pensionExact.setScale(2, rounding));
      explanation.add("+ workplace pension: qualifying earnings (" + earnings + " up to " + e.pensionUpper() + ", less " + e.pensionLower()
          + ", at least £0.00) = " + band + " x " + plain(e.pensionPercent()) + "% = " + pension + roundedIf(pensionExact, pension, mode));
      explanation.add("+ employer's liability insurance " + e.liabilityInsurance() + " a year");
      explanation.add("+ payroll service " + e.payroll() + " a year");
      this.annual = Money.total(List.of(annualPay, holiday, niDue, pension, e.liabilityInsurance(), e.payroll()));
      explanation.add("= " + annual + " a year = " + annualPay + " + " + holiday + " + " + niDue + " + " + pension + " + " + e.liabilityInsurance() + " + " + e.payroll());
      this.weekly = weeks.weekly(annual, rounding);
      explanation.add("a week: " + annual + " / " + weeks.description() + " = " + weekly + mode);
    }

    private static String roundedIf(BigDecimal exact, Money rounded, String mode) {
      return exact.compareTo(rounded.pounds()) == 0 ? "" : " (exactly " + plain(exact) + ", " + mode.substring(2);
    }

    private static String plain(BigDecimal value) {
      BigDecimal s = value.stripTrailingZeros();
      return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
  }
}
