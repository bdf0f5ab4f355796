package uk.ras.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.ras.assessment.PersonId;
import uk.ras.costing.BuildUp;
import uk.ras.costing.CostPlan;
import uk.ras.costing.CostingProblem;
import uk.ras.costing.EmployerCosts;
import uk.ras.costing.InvalidCostingException;
import uk.ras.costing.OnCost;
import uk.ras.costing.OverheadMethod;
import uk.ras.costing.PaidBy;
import uk.ras.costing.PlanLine;
import uk.ras.costing.RateVersion;
import uk.ras.costing.Rates;
import uk.ras.costing.StaffRate;
import uk.ras.costing.TimeBand;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/**
 * Walks the located tree of a rate file or a cost-plan file (docs/costing.md) into {@link Rates} or a
 * {@link CostPlan}. The structure (fields, types, values) is checked here; the meaning (ranges, unique
 * names, known people, overlapping versions) by the core builders, whose problems are located at the
 * nodes their paths name. The meaning is checked once the structure is sound.
 */
final class CostingMapper {
  static final List<String> RATES_FIELDS = List.of("rates", "rounding", "weeksPerYear", "versions");
  static final List<String> VERSION_FIELDS =
      List.of("from", "to", "staff", "bands", "sleepIn", "wakingNight", "sessions", "mileage", "employerCosts");
  static final List<String> EMPLOYER_FIELDS =
      List.of("holidayPercent", "nationalInsurance", "pension", "liabilityInsurance", "payroll");
  static final List<String> NI_FIELDS = List.of("percent", "threshold", "employmentAllowance");
  static final List<String> PENSION_FIELDS = List.of("percent", "lower", "upper");
  static final List<String> STAFF_FIELDS = List.of("name", "hourly", "buildUp");
  static final List<String> BUILD_UP_FIELDS = List.of("pay", "onCosts", "overheads", "surplus", "method");
  static final List<String> ON_COST_FIELDS = List.of("name", "percent");
  static final List<String> BAND_FIELDS = List.of("name", "multiplier", "plus");
  static final List<String> WAKING_FIELDS = List.of("staff", "band");
  static final List<String> SESSION_FIELDS = List.of("name", "price");
  static final List<String> PLAN_FIELDS = List.of("plan", "people", "lines");

  /**
   * The rounding modes a rate file may declare: java.math.RoundingMode names, case ignored, as in rule
   * files. UNNECESSARY is read too, so that the core can say why it is refused.
   */
  static final List<String> ROUNDING_WORDS =
      List.of("HALF_UP", "HALF_EVEN", "HALF_DOWN", "UP", "DOWN", "CEILING", "FLOOR");
  static final List<String> WEEKS_WORDS = List.of("52", "365/7", "365.25/7");
  static final List<String> KINDS =
      List.of("hours", "sleep-in", "waking-night", "sessions", "mileage", "fixed", "one-off");
  static final List<String> SCOPES = List.of("core", "shared", "personal");

  /** The fields of a plan line by kind, besides name, kind, scope, users and person. */
  static final Map<String, List<String>> KIND_FIELDS =
      Map.of(
          "hours", List.of("staff", "band", "hoursPerWeek", "staffCount"),
          "sleep-in", List.of("nightsPerWeek"),
          "waking-night", List.of("hoursPerNight", "nightsPerWeek"),
          "sessions", List.of("session", "perWeek"),
          "mileage", List.of("milesPerWeek"),
          "fixed", List.of("weekly"),
          "one-off", List.of("amount", "years"));

  static final List<String> LINE_FIELDS =
      List.of(
          "name", "kind", "scope", "users", "person", "staff", "band", "hoursPerWeek", "staffCount",
          "nightsPerWeek", "hoursPerNight", "session", "perWeek", "milesPerWeek", "weekly", "amount", "years",
          "needs");

  private final Problems problems;
  private final Map<String, Node> byPath;
  private final Values values;

  CostingMapper(Problems problems, Map<String, Node> byPath) {
    this.problems = problems;
    this.byPath = byPath;
    this.values = new Values(problems);
  }

  // ---- rates ----

  Optional<Rates> rates(Node root) {
    Optional<Fields> fields = Fields.of(root, RATES_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    int before = problems.blockingCount();
    Optional<String> name = f.required("rates").flatMap(values::name);
    Optional<RoundingMode> rounding = f.required("rounding").flatMap(this::rounding);
    Optional<PeriodConversion> weeks = f.required("weeksPerYear").flatMap(this::weeksPerYear);
    Optional<List<RateVersion>> versions = f.required("versions").flatMap(n -> list(n, this::version));
    if (problems.blockingCount() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(Rates.of(name.get(), rounding.get(), weeks.get(), versions.get()));
    } catch (InvalidCostingException e) {
      locate(e.problems(), "", root);
      return Optional.empty();
    }
  }

  private Optional<RoundingMode> rounding(Node node) {
    if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).kind() == Node.Kind.TEXT) {
      String text = ((Node.ScalarNode) node).text().trim().toUpperCase(Locale.ROOT);
      if (ROUNDING_WORDS.contains(text) || text.equals("UNNECESSARY")) {
        return Optional.of(RoundingMode.valueOf(text));
      }
    }
    problems.add(
        node,
        (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).kind() == Node.Kind.TEXT
                ? "'" + RuleSetMapper.shorten(((Node.ScalarNode) node).text()) + "' is not a rounding mode"
                : "expected a rounding mode, found " + node.describe())
            + "; expected "
            + String.join(" or ", ROUNDING_WORDS));
    return Optional.empty();
  }

  private Optional<PeriodConversion> weeksPerYear(Node node) {
    String text = node instanceof Node.ScalarNode ? ((Node.ScalarNode) node).text().trim() : "";
    Node.Kind kind = node instanceof Node.ScalarNode ? ((Node.ScalarNode) node).kind() : Node.Kind.NULL;
    Optional<PeriodConversion> weeks =
        kind == Node.Kind.WHOLE_NUMBER || kind == Node.Kind.TEXT ? Values.weeksPerYear(text) : Optional.empty();
    if (weeks.isPresent()) {
      return weeks;
    }
    problems.add(node, "expected weeks a year " + String.join(" or ", WEEKS_WORDS) + ", found " + node.describe());
    return Optional.empty();
  }

  private Optional<RateVersion> version(Node node) {
    Optional<Fields> fields = Fields.of(node, VERSION_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    int before = problems.blockingCount();
    Optional<LocalDate> from = f.required("from").flatMap(values::date);
    Optional<LocalDate> to = f.required("to").flatMap(values::date);
    Optional<List<StaffRate>> staff = f.required("staff").flatMap(n -> list(n, this::staff));
    Optional<List<TimeBand>> bands = f.optional("bands").isPresent() ? f.optional("bands").flatMap(n -> list(n, this::band)) : Optional.of(List.of());
    Optional<Money> sleepIn = f.optional("sleepIn").flatMap(values::amount);
    Optional<Node> waking = f.optional("wakingNight");
    Optional<String> wakingStaff = Optional.empty();
    Optional<String> wakingBand = Optional.empty();
    if (waking.isPresent()) {
      Optional<Fields> w = Fields.of(waking.get(), WAKING_FIELDS, problems);
      if (w.isPresent()) {
        wakingStaff = w.get().required("staff").flatMap(values::name);
        wakingBand = w.get().optional("band").flatMap(values::name);
      }
    }
    List<String> sessionNames = new ArrayList<>();
    List<Money> sessionPrices = new ArrayList<>();
    f.optional("sessions").ifPresent(n -> list(n, s -> session(s, sessionNames, sessionPrices)));
    Optional<Money> mileage = f.optional("mileage").flatMap(values::amount);
    Optional<EmployerCosts> employerCosts = f.optional("employerCosts").flatMap(this::employerCosts);
    if (problems.blockingCount() > before) {
      return Optional.empty();
    }
    RateVersion.Builder b = RateVersion.builder().inForce(from.get(), to.get());
    employerCosts.ifPresent(b::employerCosts);
    staff.get().forEach(b::addStaff);
    bands.get().forEach(b::addBand);
    sleepIn.ifPresent(b::sleepIn);
    mileage.ifPresent(b::mileage);
    if (wakingStaff.isPresent()) {
      b.wakingNight(wakingStaff.get(), wakingBand);
    }
    for (int i = 0; i < sessionNames.size(); i++) {
      b.addSession(sessionNames.get(i), sessionPrices.get(i));
    }
    try {
      return Optional.of(b.build());
    } catch (InvalidCostingException e) {
      locate(e.problems(), node.path(), node);
      return Optional.empty();
    }
  }

  /** A personal assistant's employer costs: every figure required, none defaulted. */
  private Optional<EmployerCosts> employerCosts(Node node) {
    Optional<Fields> fields = Fields.of(node, EMPLOYER_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<BigDecimal> holiday = f.required("holidayPercent").flatMap(n -> values.decimal(n, "12.07 (percent of pay)"));
    Optional<Fields> ni = f.required("nationalInsurance").flatMap(n -> Fields.of(n, NI_FIELDS, problems));
    Optional<BigDecimal> niPercent = ni.flatMap(n -> n.required("percent")).flatMap(n -> values.decimal(n, "15 (percent)"));
    Optional<Money> threshold = ni.flatMap(n -> n.required("threshold")).flatMap(values::amount);
    Optional<Money> allowance = ni.flatMap(n -> n.required("employmentAllowance")).flatMap(values::amount);
    Optional<Fields> pension = f.required("pension").flatMap(n -> Fields.of(n, PENSION_FIELDS, problems));
    Optional<BigDecimal> pensionPercent = pension.flatMap(n -> n.required("percent")).flatMap(n -> values.decimal(n, "3 (percent)"));
    Optional<Money> lower = pension.flatMap(n -> n.required("lower")).flatMap(values::amount);
    Optional<Money> upper = pension.flatMap(n -> n.required("upper")).flatMap(values::amount);
    Optional<Money> insurance = f.required("liabilityInsurance").flatMap(values::amount);
    Optional<Money> payroll = f.required("payroll").flatMap(values::amount);
    if (holiday.isEmpty() || niPercent.isEmpty() || threshold.isEmpty() || allowance.isEmpty() || pensionPercent.isEmpty()
        || lower.isEmpty() || upper.isEmpty() || insurance.isEmpty() || payroll.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        EmployerCosts.builder()
            .holiday(holiday.get())
            .nationalInsurance(niPercent.get(), threshold.get(), allowance.get())
            .pension(pensionPercent.get(), lower.get(), upper.get())
            .liabilityInsurance(insurance.get())
            .payroll(payroll.get())
            .build());
  }

  private Optional<StaffRate> staff(Node node) {
    Optional<Fields> fields = Fields.of(node, STAFF_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> name = f.required("name").flatMap(values::name);
    Optional<Node.Entry> hourly = f.entry("hourly");
    Optional<Node.Entry> buildUp = f.entry("buildUp");
    if (hourly.isPresent() == buildUp.isPresent()) {
      problems.add(
          f.node().line(),
          f.node().column(),
          f.node().path(),
          hourly.isPresent()
              ? "give either hourly or buildUp, not both"
              : "missing the rate: give hourly (an amount) or buildUp (pay, on-costs, overheads, surplus, method)");
      return Optional.empty();
    }
    if (hourly.isPresent()) {
      Optional<Money> amount = values.amount(hourly.get().value());
      return name.isPresent() && amount.isPresent() ? Optional.of(StaffRate.hourly(name.get(), amount.get())) : Optional.empty();
    }
    Optional<BuildUp> b = buildUp(buildUp.get().value());
    return name.isPresent() && b.isPresent() ? Optional.of(StaffRate.builtUp(name.get(), b.get())) : Optional.empty();
  }

  private Optional<BuildUp> buildUp(Node node) {
    Optional<Fields> fields = Fields.of(node, BUILD_UP_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Money> pay = f.required("pay").flatMap(values::amount);
    Optional<List<OnCost>> onCosts =
        f.optional("onCosts").isPresent() ? f.optional("onCosts").flatMap(n -> list(n, this::onCost)) : Optional.of(List.of());
    Optional<BigDecimal> overheads = f.required("overheads").flatMap(n -> values.decimal(n, "20 (percent)"));
    Optional<BigDecimal> surplus = f.required("surplus").flatMap(n -> values.decimal(n, "3 (percent)"));
    Optional<OverheadMethod> method =
        f.required("method")
            .flatMap(n -> values.choice(n, "a method", List.of("markup", "margin")))
            .map(t -> t.equals("markup") ? OverheadMethod.MARKUP : OverheadMethod.MARGIN);
    if (pay.isEmpty() || onCosts.isEmpty() || overheads.isEmpty() || surplus.isEmpty() || method.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(BuildUp.of(pay.get(), onCosts.get(), overheads.get(), surplus.get(), method.get()));
  }

  private Optional<OnCost> onCost(Node node) {
    Optional<Fields> fields = Fields.of(node, ON_COST_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> name = fields.get().required("name").flatMap(values::name);
    Optional<BigDecimal> percent = fields.get().required("percent").flatMap(n -> values.decimal(n, "12.07 (percent of pay)"));
    return name.isPresent() && percent.isPresent() ? Optional.of(new OnCost(name.get(), percent.get())) : Optional.empty();
  }

  private Optional<TimeBand> band(Node node) {
    Optional<Fields> fields = Fields.of(node, BAND_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> name = f.required("name").flatMap(values::name);
    Optional<Node.Entry> multiplier = f.entry("multiplier");
    Optional<Node.Entry> plus = f.entry("plus");
    if (multiplier.isPresent() == plus.isPresent()) {
      problems.add(
          f.node().line(),
          f.node().column(),
          f.node().path(),
          multiplier.isPresent()
              ? "give either multiplier or plus, not both"
              : "missing the band's effect: give multiplier (such as 1.5) or plus (an amount an hour)");
      return Optional.empty();
    }
    if (multiplier.isPresent()) {
      Optional<BigDecimal> m = values.decimal(multiplier.get().value(), "1.5");
      return name.isPresent() && m.isPresent() ? Optional.of(TimeBand.multiplier(name.get(), m.get())) : Optional.empty();
    }
    Optional<Money> p = values.amount(plus.get().value());
    return name.isPresent() && p.isPresent() ? Optional.of(TimeBand.plus(name.get(), p.get())) : Optional.empty();
  }

  private Optional<Boolean> session(Node node, List<String> names, List<Money> prices) {
    Optional<Fields> fields = Fields.of(node, SESSION_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> name = fields.get().required("name").flatMap(values::name);
    Optional<Money> price = fields.get().required("price").flatMap(values::amount);
    if (name.isEmpty() || price.isEmpty()) {
      return Optional.empty();
    }
    names.add(name.get());
    prices.add(price.get());
    return Optional.of(true);
  }

  // ---- plans ----

  Optional<CostPlan> plan(Node root) {
    Optional<Fields> fields = Fields.of(root, PLAN_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    int before = problems.blockingCount();
    Optional<String> name = f.required("plan").flatMap(values::name);
    Optional<List<PersonId>> people = f.required("people").flatMap(n -> list(n, p -> values.name(p).map(PersonId::of)));
    Optional<List<PlanLine>> lines = f.required("lines").flatMap(n -> list(n, this::line));
    if (problems.blockingCount() > before) {
      return Optional.empty();
    }
    CostPlan.Builder b = CostPlan.builder().name(name.get());
    people.get().forEach(b::addPerson);
    lines.get().forEach(b::addLine);
    try {
      return Optional.of(b.build());
    } catch (InvalidCostingException e) {
      locate(e.problems(), "", root);
      return Optional.empty();
    }
  }

  private Optional<PlanLine> line(Node node) {
    Optional<Fields> fields = Fields.of(node, LINE_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    int before = problems.blockingCount();
    Optional<String> name = f.required("name").flatMap(values::name);
    Optional<String> kind = f.required("kind").flatMap(n -> values.choice(n, "a kind of line", KINDS));
    Optional<PaidBy> paidBy = paidBy(f);
    Optional<List<String>> needs =
        f.optional("needs").isPresent() ? f.optional("needs").flatMap(n -> list(n, values::name)) : Optional.of(List.of());
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    List<String> allowed = KIND_FIELDS.get(kind.get());
    for (Node.Entry e : f.node().entries().values()) {
      if (LINE_FIELDS.contains(e.key())
          && !allowed.contains(e.key())
          && !List.of("name", "kind", "scope", "users", "person", "needs").contains(e.key())) {
        problems.add(
            e.line(),
            e.column(),
            e.value().path(),
            "not used by a " + kind.get() + " line; its fields are " + String.join(", ", allowed));
      }
    }
    PlanLine line = null;
    switch (kind.get()) {
      case "hours":
        {
          Optional<String> staff = f.required("staff").flatMap(values::name);
          Optional<String> band = f.optional("band").flatMap(values::name);
          boolean bandSound = f.optional("band").isEmpty() || band.isPresent();
          Optional<BigDecimal> hours = f.required("hoursPerWeek").flatMap(n -> values.decimal(n, "20"));
          Optional<Long> staffCount = f.optional("staffCount").isPresent() ? f.optional("staffCount").flatMap(n -> values.whole(n, "a whole number of staff such as 1")) : Optional.of(1L);
          if (sound(before, name, paidBy) && staff.isPresent() && bandSound && hours.isPresent() && staffCount.isPresent()) {
            line = PlanLine.hours(name.get(), paidBy.get(), staff.get(), band, hours.get(), (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, staffCount.get())));
          }
          break;
        }
      case "sleep-in":
        {
          Optional<BigDecimal> nights = f.required("nightsPerWeek").flatMap(n -> values.decimal(n, "7"));
          if (sound(before, name, paidBy) && nights.isPresent()) {
            line = PlanLine.sleepIns(name.get(), paidBy.get(), nights.get());
          }
          break;
        }
      case "waking-night":
        {
          Optional<BigDecimal> hours = f.required("hoursPerNight").flatMap(n -> values.decimal(n, "10"));
          Optional<BigDecimal> nights = f.required("nightsPerWeek").flatMap(n -> values.decimal(n, "7"));
          if (sound(before, name, paidBy) && hours.isPresent() && nights.isPresent()) {
            line = PlanLine.wakingNights(name.get(), paidBy.get(), hours.get(), nights.get());
          }
          break;
        }
      case "sessions":
        {
          Optional<String> session = f.required("session").flatMap(values::name);
          Optional<BigDecimal> perWeek = f.required("perWeek").flatMap(n -> values.decimal(n, "2"));
          if (sound(before, name, paidBy) && session.isPresent() && perWeek.isPresent()) {
            line = PlanLine.sessions(name.get(), paidBy.get(), session.get(), perWeek.get());
          }
          break;
        }
      case "mileage":
        {
          Optional<BigDecimal> miles = f.required("milesPerWeek").flatMap(n -> values.decimal(n, "40"));
          if (sound(before, name, paidBy) && miles.isPresent()) {
            line = PlanLine.mileage(name.get(), paidBy.get(), miles.get());
          }
          break;
        }
      case "fixed":
        {
          Optional<Money> weekly = f.required("weekly").flatMap(values::amount);
          if (sound(before, name, paidBy) && weekly.isPresent()) {
            line = PlanLine.fixed(name.get(), paidBy.get(), weekly.get());
          }
          break;
        }
      default:
        {
          Optional<Money> amount = f.required("amount").flatMap(values::amount);
          Optional<Long> years = f.required("years").flatMap(n -> values.whole(n, "a whole number of years such as 5"));
          if (sound(before, name, paidBy) && amount.isPresent() && years.isPresent()) {
            line = PlanLine.oneOff(name.get(), paidBy.get(), amount.get(), (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, years.get())));
          }
          break;
        }
    }
    return problems.blockingCount() > before || needs.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(line).map(l -> l.meeting(needs.get()));
  }

  private boolean sound(int before, Optional<String> name, Optional<PaidBy> paidBy) {
    return problems.blockingCount() == before && name.isPresent() && paidBy.isPresent();
  }

  /** scope core (no users, no person), shared (users) or personal (person). */
  private Optional<PaidBy> paidBy(Fields f) {
    Optional<String> scope = f.required("scope").flatMap(n -> values.choice(n, "a scope", SCOPES));
    Optional<Node.Entry> users = f.entry("users");
    Optional<Node.Entry> person = f.entry("person");
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    switch (scope.get()) {
      case "core":
        for (Optional<Node.Entry> e : List.of(users, person)) {
          e.ifPresent(x -> problems.add(x.line(), x.column(), x.value().path(), "not allowed for a core line: core lines are paid by everyone in the plan"));
        }
        return users.isPresent() || person.isPresent() ? Optional.empty() : Optional.of(PaidBy.everyone());
      case "shared":
        person.ifPresent(x -> problems.add(x.line(), x.column(), x.value().path(), "not allowed for a shared line: list its users"));
        if (users.isEmpty()) {
          problems.add(f.node().line(), f.node().column(), f.node().path() + ".users", "missing required field 'users': a shared line lists the people who use it");
          return Optional.empty();
        }
        Optional<List<PersonId>> list = list(users.get().value(), n -> values.name(n).map(PersonId::of));
        if (list.isPresent() && list.get().isEmpty()) {
          problems.add(users.get().value(), "a shared line needs at least one user");
          return Optional.empty();
        }
        return person.isPresent() ? Optional.empty() : list.map(PaidBy::users);
      default:
        users.ifPresent(x -> problems.add(x.line(), x.column(), x.value().path(), "not allowed for a personal line: name its person"));
        if (person.isEmpty()) {
          problems.add(f.node().line(), f.node().column(), f.node().path() + ".person", "missing required field 'person': a personal line names the one person it is for");
          return Optional.empty();
        }
        Optional<PersonId> p = values.name(person.get().value()).map(PersonId::of);
        return users.isPresent() ? Optional.empty() : p.map(PaidBy::person);
    }
  }

  // ---- shared ----

  private <T> Optional<List<T>> list(Node node, java.util.function.Function<Node, Optional<T>> item) {
    return Fields.list(node, item, problems);
  }

  /** Core problems located at the nodes their paths (under {@code prefix}) name. */
  private void locate(List<CostingProblem> found, String prefix, Node root) {
    for (CostingProblem p : found) {
      String path = prefix.isEmpty() ? p.path() : p.path().isEmpty() ? prefix : prefix + "." + p.path();
      Node at = LocatedReader.nearest(path, byPath, root);
      problems.add(at.line(), at.column(), path, p.message());
    }
  }
}
