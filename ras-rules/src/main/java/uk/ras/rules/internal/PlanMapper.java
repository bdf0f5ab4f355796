package uk.ras.rules.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;
import uk.ras.plan.Decision;
import uk.ras.plan.HeldBy;
import uk.ras.plan.PlanItem;
import uk.ras.plan.SupportPlan;
import uk.ras.plan.Willingness;
import uk.ras.ruleset.DomainId;

/**
 * Walks the located tree of a support-plan file (docs/plans.md) into a {@link PlanContent}. The
 * structure (fields, types, words) is checked here; what needs the rules and rates (known domains and
 * questions, ranges, staff types, unique names) is checked by the core when the plan is checked, and
 * located by the caller through {@code problemAt}. The facts are read with their types and kept as the
 * text an assessments CSV would hold, for the caller to apply the CSV's own meaning to.
 */
final class PlanMapper {
  static final List<String> ROOT_FIELDS = List.of("person", "date", "assessment", "items", "decision");
  static final List<String> ASSESSMENT_FIELDS = List.of("date", "answers", "facts");
  static final List<String> HELD_BY_FIELDS = List.of("control", "holder");
  static final List<String> DECISION_FIELDS = List.of("approved", "by", "on", "reason");
  static final List<String> CONTROLS = List.of("direct-payment", "isf", "council");
  static final List<String> WILLINGNESS = List.of("willing-and-able", "not-confirmed", "not-willing-or-able");

  /** The kinds of item, as a file writes them, with the fields of each besides name, kind and needs. */
  static final Map<String, List<String>> KIND_FIELDS = kinds();

  static final List<String> ITEM_FIELDS =
      List.of(
          "name", "kind", "needs", "heldBy", "staff", "band", "hoursPerWeek", "staffCount", "weekly", "employer",
          "hourlyPay", "employmentAllowance", "price", "years", "givenBy", "willingness");

  /** The facts an assessments CSV records (its column names); attribution columns are "attribution:DOMAIN". */
  static final List<String> TEXT_FACTS = List.of("facs_band", "holding");
  static final List<String> AMOUNT_FACTS = List.of("contribution", "personally_controlled");
  static final List<String> BOOLEAN_FACTS = List.of("care_act_impairment", "care_act_wellbeing", "section_117");
  static final String OUTCOMES = "care_act_outcomes";
  static final String ATTRIBUTION = "attribution:";

  private static Map<String, List<String>> kinds() {
    Map<String, List<String>> k = new LinkedHashMap<>();
    k.put("provider-hours", List.of("heldBy", "staff", "band", "hoursPerWeek", "staffCount"));
    k.put("provider-quote", List.of("heldBy", "weekly"));
    k.put("personal-assistant", List.of("employer", "hoursPerWeek", "hourlyPay", "employmentAllowance"));
    k.put("technology-rental", List.of("heldBy", "weekly"));
    k.put("technology-purchase", List.of("heldBy", "price", "years"));
    k.put("one-off", List.of("heldBy", "price", "years"));
    k.put("transport", List.of("heldBy", "weekly"));
    k.put("unpaid", List.of("givenBy", "willingness"));
    return java.util.Collections.unmodifiableMap(k);
  }

  private final Problems problems;
  private final Values values;

  PlanMapper(Problems problems) {
    this.problems = problems;
    this.values = new Values(problems);
  }

  Optional<PlanContent> plan(Node root) {
    Optional<Fields> fields = Fields.of(root, ROOT_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    int before = problems.blockingCount();
    Optional<PersonId> person = f.required("person").flatMap(values::name).map(PersonId::of);
    Optional<LocalDate> date = f.required("date").flatMap(values::date);
    Map<String, String> answers = new LinkedHashMap<>();
    Map<String, String> facts = new LinkedHashMap<>();
    LocalDate[] assessed = {null};
    f.required("assessment").ifPresent(n -> assessment(n, answers, facts, assessed));
    Optional<List<PlanItem>> items = f.required("items").flatMap(n -> Fields.list(n, this::item, problems));
    Optional<Decision> decision = f.optional("decision").flatMap(this::decision);
    if (problems.blockingCount() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new PlanContent(
            person.get(),
            date.get(),
            Optional.ofNullable(assessed[0]),
            answers,
            facts,
            SupportPlan.of(person.get(), items.get()),
            decision));
  }

  private void assessment(Node node, Map<String, String> answers, Map<String, String> facts, LocalDate[] date) {
    Optional<Fields> fields = Fields.of(node, ASSESSMENT_FIELDS, problems);
    if (fields.isEmpty()) {
      return;
    }
    Fields f = fields.get();
    f.optional("date").flatMap(values::date).ifPresent(d -> date[0] = d);
    f.required("answers").ifPresent(n -> answers(n, answers));
    f.optional("facts").ifPresent(n -> facts(n, facts));
  }

  /** question: option, both ids as text. */
  private void answers(Node node, Map<String, String> answers) {
    if (!(node instanceof Node.MapNode)) {
      problems.add(node, "expected a mapping of question ids to option ids, such as 'pc_wash: some_help'; found " + node.describe());
      return;
    }
    for (Node.Entry e : ((Node.MapNode) node).entries().values()) {
      if (e.key().isBlank()) {
        problems.add(e.line(), e.column(), e.value().path(), "a question id must not be blank");
        continue;
      }
      values.name(e.value()).ifPresent(option -> answers.put(e.key(), option));
    }
  }

  /** Each fact with its type, kept as the text an assessments CSV cell would hold. */
  private void facts(Node node, Map<String, String> facts) {
    if (!(node instanceof Node.MapNode)) {
      problems.add(node, "expected a mapping of facts, such as 'contribution: \"20.00\"'; found " + node.describe());
      return;
    }
    List<String> known = new ArrayList<>(TEXT_FACTS);
    known.addAll(AMOUNT_FACTS);
    known.addAll(BOOLEAN_FACTS);
    known.add(OUTCOMES);
    for (Node.Entry e : ((Node.MapNode) node).entries().values()) {
      String key = e.key();
      Node value = e.value();
      if (TEXT_FACTS.contains(key) || (key.startsWith(ATTRIBUTION) && key.length() > ATTRIBUTION.length())) {
        values.name(value).ifPresent(t -> facts.put(key, t.trim()));
      } else if (AMOUNT_FACTS.contains(key)) {
        values.amount(value).ifPresent(m -> facts.put(key, m.pounds().toPlainString()));
      } else if (BOOLEAN_FACTS.contains(key)) {
        Optional<String> problem = LookAlikes.booleanProblem(value);
        if (problem.isPresent()) {
          problems.add(value, problem.get());
        } else {
          facts.put(key, ((Node.ScalarNode) value).text());
        }
      } else if (key.equals(OUTCOMES)) {
        Fields.list(value, values::name, problems).ifPresent(list -> facts.put(key, list.isEmpty() ? "none" : String.join(";", list)));
      } else {
        String suggestion =
            Suggestions.closest(key, known)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("; expected one of " + String.join(", ", known) + " or attribution:DOMAIN");
        problems.add(e.line(), e.column(), value.path(), "unknown fact '" + Fields.shorten(key) + "'" + suggestion);
      }
    }
  }

  private Optional<PlanItem> item(Node node) {
    Optional<Fields> fields = Fields.of(node, ITEM_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    int before = problems.blockingCount();
    Optional<String> name = f.required("name").flatMap(values::name);
    Optional<String> kind = f.required("kind").flatMap(n -> values.choice(n, "a kind of item", List.copyOf(KIND_FIELDS.keySet())));
    Optional<List<DomainId>> needs = f.required("needs").flatMap(n -> Fields.list(n, x -> values.name(x).map(DomainId::of), problems));
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    List<String> allowed = KIND_FIELDS.get(kind.get());
    for (Node.Entry e : f.node().entries().values()) {
      if (ITEM_FIELDS.contains(e.key()) && !allowed.contains(e.key()) && !List.of("name", "kind", "needs").contains(e.key())) {
        problems.add(e.line(), e.column(), e.value().path(), "not used by a " + kind.get() + " item; its fields are " + String.join(", ", allowed));
      }
    }
    Optional<HeldBy> heldBy = allowed.contains("heldBy") ? f.required("heldBy").flatMap(this::heldBy) : Optional.empty();
    PlanItem item = null;
    switch (kind.get()) {
      case "provider-hours":
        {
          Optional<String> staff = f.required("staff").flatMap(values::name);
          Optional<String> band = f.optional("band").flatMap(values::name);
          Optional<BigDecimal> hours = f.required("hoursPerWeek").flatMap(n -> values.decimal(n, "10"));
          Optional<Long> staffCount =
              f.optional("staffCount").isPresent()
                  ? f.optional("staffCount").flatMap(n -> values.whole(n, "a whole number of staff such as 1"))
                  : Optional.of(1L);
          if (problems.blockingCount() == before) {
            item = PlanItem.providerHours(name.get(), needs.get(), heldBy.get(), staff.get(), band, hours.get(), clamp(staffCount.get()));
          }
          break;
        }
      case "personal-assistant":
        {
          Optional<String> employer = f.required("employer").flatMap(values::name);
          Optional<BigDecimal> hours = f.required("hoursPerWeek").flatMap(n -> values.decimal(n, "15"));
          Optional<Money> pay = f.required("hourlyPay").flatMap(values::amount);
          Optional<Boolean> allowance = f.required("employmentAllowance").flatMap(this::bool);
          if (problems.blockingCount() == before) {
            item = PlanItem.personalAssistant(name.get(), needs.get(), employer.get(), hours.get(), pay.get(), allowance.get());
          }
          break;
        }
      case "technology-purchase":
      case "one-off":
        {
          Optional<Money> price = f.required("price").flatMap(values::amount);
          Optional<Node> yearsNode = kind.get().equals("one-off") ? f.optional("years") : f.required("years");
          Optional<Long> years = yearsNode.flatMap(n -> values.whole(n, "a whole number of years such as 3"));
          if (kind.get().equals("one-off") && years.isPresent() && years.get() < 1) {
            problems.add(yearsNode.get(), "must be at least 1; leave years out to charge the whole price to the plan's year");
          }
          if (problems.blockingCount() == before) {
            if (kind.get().equals("technology-purchase")) {
              item = PlanItem.technologyPurchase(name.get(), needs.get(), heldBy.get(), price.get(), clamp(years.get()));
            } else if (years.isPresent()) {
              item = PlanItem.oneOffOverYears(name.get(), needs.get(), heldBy.get(), price.get(), clamp(years.get()));
            } else {
              item = PlanItem.oneOffInYear(name.get(), needs.get(), heldBy.get(), price.get());
            }
          }
          break;
        }
      case "unpaid":
        {
          Optional<String> givenBy = f.required("givenBy").flatMap(values::name);
          Optional<Willingness> willingness =
              f.required("willingness")
                  .flatMap(n -> values.choice(n, "a willingness", WILLINGNESS))
                  .map(w -> Willingness.values()[WILLINGNESS.indexOf(w)]);
          if (problems.blockingCount() == before) {
            item = PlanItem.unpaid(name.get(), needs.get(), givenBy.get(), willingness.get());
          }
          break;
        }
      default:
        {
          // provider-quote, technology-rental, transport: a weekly amount.
          Optional<Money> weekly = f.required("weekly").flatMap(values::amount);
          if (problems.blockingCount() == before) {
            String k = kind.get();
            item =
                k.equals("provider-quote")
                    ? PlanItem.providerQuote(name.get(), needs.get(), heldBy.get(), weekly.get())
                    : k.equals("technology-rental")
                        ? PlanItem.technologyRental(name.get(), needs.get(), heldBy.get(), weekly.get())
                        : PlanItem.transport(name.get(), needs.get(), heldBy.get(), weekly.get());
          }
          break;
        }
    }
    return problems.blockingCount() > before ? Optional.empty() : Optional.ofNullable(item);
  }

  /** A whole number the core range-checks, kept in int's range so that it reports the value's range rather than overflowing. */
  private static int clamp(long value) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }

  /** control: direct-payment or isf with a holder, or council without one. */
  private Optional<HeldBy> heldBy(Node node) {
    Optional<Fields> fields = Fields.of(node, HELD_BY_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> control = f.required("control").flatMap(n -> values.choice(n, "a kind of control", CONTROLS));
    if (control.isEmpty()) {
      return Optional.empty();
    }
    if (control.get().equals("council")) {
      Optional<Node.Entry> holder = f.entry("holder");
      if (holder.isPresent()) {
        problems.add(
            holder.get().line(), holder.get().column(), holder.get().value().path(),
            "not used when the council manages the money: only a direct payment or an ISF names its holder");
        return Optional.empty();
      }
      return Optional.of(HeldBy.council());
    }
    Optional<Node> holderNode = f.entry("holder").map(Node.Entry::value);
    if (holderNode.isEmpty()) {
      problems.add(
          f.node().line(), f.node().column(), f.node().path() + ".holder",
          control.get().equals("isf")
              ? "missing required field 'holder': an ISF names the provider who holds it"
              : "missing required field 'holder': a direct payment names who holds it (the person, or a family member)");
      return Optional.empty();
    }
    Optional<String> holder = values.name(holderNode.get());
    return holder.map(h -> control.get().equals("isf") ? HeldBy.isf(h) : HeldBy.directPayment(h));
  }

  private Optional<Decision> decision(Node node) {
    Optional<Fields> fields = Fields.of(node, DECISION_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    int before = problems.blockingCount();
    Optional<Boolean> approved = f.required("approved").flatMap(this::bool);
    Optional<String> by = f.required("by").flatMap(values::name);
    Optional<LocalDate> on = f.required("on").flatMap(values::date);
    Optional<Node.Entry> reasonEntry = f.entry("reason");
    Optional<String> reason = Optional.empty();
    if (approved.isPresent() && approved.get() && reasonEntry.isPresent()) {
      Node.Entry e = reasonEntry.get();
      problems.add(e.line(), e.column(), e.value().path(), "an approved plan takes no reason; give one only when it is not approved");
    } else if (approved.isPresent() && !approved.get()) {
      reason = f.required("reason").flatMap(values::name);
    }
    if (problems.blockingCount() > before) {
      return Optional.empty();
    }
    return Optional.of(approved.get() ? Decision.approved(by.get(), on.get()) : Decision.notApproved(by.get(), on.get(), reason.get()));
  }

  private Optional<Boolean> bool(Node node) {
    Optional<String> problem = LookAlikes.booleanProblem(node);
    if (problem.isPresent()) {
      problems.add(node, problem.get());
      return Optional.empty();
    }
    return Optional.of(((Node.ScalarNode) node).text().equals("true"));
  }
}
