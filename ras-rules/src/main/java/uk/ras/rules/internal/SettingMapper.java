package uk.ras.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.ras.assessment.PersonId;
import uk.ras.isf.CostLine;
import uk.ras.isf.InvalidSettingException;
import uk.ras.isf.Period;
import uk.ras.isf.Person;
import uk.ras.isf.Setting;
import uk.ras.isf.SettingProblem;
import uk.ras.isf.SpentWith;
import uk.ras.money.Money;

/**
 * Walks the located tree of a setting file (or of a portfolio of settings) into {@link Setting}s. The
 * structure (fields, types, amounts, names) is checked here; the meaning (unique ids, known users, weights
 * with a budget, a budget that covers the costs) by {@link Setting.Builder#build()}, whose problems are
 * located at the nodes their paths name. As for rule files, the meaning is checked once the structure of
 * that setting is sound.
 */
final class SettingMapper {
  static final List<String> TOP_FIELDS = List.of("setting", "period", "budget", "people", "costs");
  static final List<String> PORTFOLIO_FIELDS = List.of("settings");
  static final List<String> PERSON_FIELDS = List.of("id", "personalFunding", "weight", "spentWith");
  static final List<String> COST_FIELDS = List.of("name", "kind", "amount", "usedBy");

  private final Problems problems;
  private final Map<String, Node> byPath;
  private final Values values;

  SettingMapper(Problems problems, Map<String, Node> byPath) {
    this.problems = problems;
    this.byPath = byPath;
    this.values = new Values(problems);
  }

  /** A portfolio: {@code settings}, a list of settings. Empty if any setting has a problem. */
  Optional<List<Setting>> portfolio(Node root) {
    if (!(root instanceof Node.MapNode)) {
      problems.add(root, "expected a mapping with the field settings at the top level, found " + root.describe());
      return Optional.empty();
    }
    Fields top = new Fields((Node.MapNode) root, PORTFOLIO_FIELDS, problems);
    Optional<Node> list = top.required("settings");
    if (list.isEmpty()) {
      return Optional.empty();
    }
    if (!(list.get() instanceof Node.ListNode)) {
      problems.add(list.get(), "expected a list of settings, found " + list.get().describe());
      return Optional.empty();
    }
    List<Setting> settings = new ArrayList<>();
    boolean sound = true;
    for (Node item : ((Node.ListNode) list.get()).items()) {
      Optional<Setting> s = setting(item);
      s.ifPresent(settings::add);
      sound &= s.isPresent();
    }
    return sound ? Optional.of(settings) : Optional.empty();
  }

  /** One setting, at the top level of a setting file or an item of a portfolio. */
  Optional<Setting> setting(Node node) {
    if (!(node instanceof Node.MapNode)) {
      problems.add(
          node,
          "expected a mapping of setting fields (" + String.join(", ", TOP_FIELDS) + "), found " + node.describe());
      return Optional.empty();
    }
    int before = problems.blockingCount();
    Fields f = new Fields((Node.MapNode) node, TOP_FIELDS, problems);
    Optional<String> name = f.required("setting").flatMap(this::name);
    Optional<Period> period = f.required("period").flatMap(this::period);
    Optional<Node> budgetNode = f.optional("budget");
    Optional<Money> budget = budgetNode.flatMap(this::amount);
    boolean hasBudget = budgetNode.isPresent();
    Optional<List<Person>> people =
        f.required("people").flatMap(n -> list(n, item -> person(item, hasBudget)));
    Optional<List<CostLine>> costs = f.required("costs").flatMap(n -> list(n, this::cost));
    if (problems.blockingCount() > before) {
      return Optional.empty();
    }
    Setting.Builder b = Setting.builder().name(name.get()).period(period.get()).addAllPeople(people.get());
    budget.ifPresent(b::budget);
    costs.get().forEach(b::addCost);
    try {
      return Optional.of(b.build());
    } catch (InvalidSettingException e) {
      String prefix = node.path().isEmpty() ? "" : node.path() + ".";
      for (SettingProblem p : e.problems()) {
        String path = p.path().isEmpty() ? node.path() : prefix + p.path();
        Node at = LocatedReader.nearest(path, byPath, node);
        problems.add(at.line(), at.column(), path, p.message());
      }
      return Optional.empty();
    }
  }

  private Optional<Person> person(Node node, boolean hasBudget) {
    if (!(node instanceof Node.MapNode)) {
      problems.add(node, "expected a mapping with fields " + String.join(", ", PERSON_FIELDS) + "; found " + node.describe());
      return Optional.empty();
    }
    Fields f = new Fields((Node.MapNode) node, PERSON_FIELDS, problems);
    Optional<PersonId> id = f.required("id").flatMap(this::name).map(PersonId::of);
    Optional<Node.Entry> fundingEntry = f.entry("personalFunding");
    Optional<Node.Entry> weightEntry = f.entry("weight");
    Optional<SpentWith> spentWith =
        f.optional("spentWith").isPresent() ? f.optional("spentWith").flatMap(this::spentWith) : Optional.of(SpentWith.SAME_PROVIDER);
    Optional<Money> funding = fundingEntry.flatMap(e -> amount(e.value()));
    Optional<Long> weight = weightEntry.flatMap(e -> weight(e.value()));
    if (fundingEntry.isPresent() && weightEntry.isPresent()) {
      Node.Entry second =
          fundingEntry.get().line() > weightEntry.get().line()
                  || (fundingEntry.get().line() == weightEntry.get().line()
                      && fundingEntry.get().column() > weightEntry.get().column())
              ? fundingEntry.get()
              : weightEntry.get();
      problems.add(
          second.line(),
          second.column(),
          second.value().path(),
          "give either personalFunding or weight, not both ("
              + (hasBudget ? "with a budget, a weight" : "without a budget, personalFunding")
              + ")");
      return Optional.empty();
    }
    if (fundingEntry.isEmpty() && weightEntry.isEmpty()) {
      String missing = hasBudget ? "weight" : "personalFunding";
      problems.add(
          f.node().line(),
          f.node().column(),
          f.node().path() + "." + missing,
          "missing required field '"
              + missing
              + "'"
              + (hasBudget
                  ? " (the setting has a budget, so personal funding is shared out by weight)"
                  : " (the setting has no budget)"));
      return Optional.empty();
    }
    if (id.isEmpty() || spentWith.isEmpty() || (funding.isEmpty() && weight.isEmpty())) {
      return Optional.empty();
    }
    Person p =
        funding.isPresent()
            ? Person.withPersonalFunding(id.get(), funding.get())
            : Person.withWeight(id.get(), weight.get());
    return Optional.of(p.spentWith(spentWith.get()));
  }

  private Optional<CostLine> cost(Node node) {
    if (!(node instanceof Node.MapNode)) {
      problems.add(node, "expected a mapping with fields " + String.join(", ", COST_FIELDS) + "; found " + node.describe());
      return Optional.empty();
    }
    Fields f = new Fields((Node.MapNode) node, COST_FIELDS, problems);
    Optional<String> name = f.required("name").flatMap(this::name);
    Optional<String> kind = f.required("kind").flatMap(this::kind);
    Optional<Money> amount = f.required("amount").flatMap(this::amount);
    Optional<Node.Entry> usedByEntry = f.entry("usedBy");
    Optional<List<PersonId>> usedBy = Optional.of(List.of());
    if (kind.isPresent() && kind.get().equals("core") && usedByEntry.isPresent()) {
      Node.Entry e = usedByEntry.get();
      problems.add(
          e.line(), e.column(), e.value().path(), "not allowed for a core cost: core costs are shared by everyone in the setting");
      usedBy = Optional.empty();
    } else if (kind.isPresent() && kind.get().equals("shared")) {
      if (usedByEntry.isEmpty()) {
        problems.add(
            f.node().line(),
            f.node().column(),
            f.node().path() + ".usedBy",
            "missing required field 'usedBy': a shared cost lists the people who use it");
        usedBy = Optional.empty();
      } else {
        Node list = usedByEntry.get().value();
        usedBy = list(list, n -> name(n).map(PersonId::of));
        if (usedBy.isPresent() && usedBy.get().isEmpty()) {
          problems.add(list, "a shared cost needs at least one user");
          usedBy = Optional.empty();
        }
      }
    }
    if (name.isEmpty() || kind.isEmpty() || amount.isEmpty() || usedBy.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        kind.get().equals("core")
            ? CostLine.core(name.get(), amount.get())
            : CostLine.shared(name.get(), amount.get(), usedBy.get()));
  }

  // ---- values ----

  private <T> Optional<List<T>> list(Node node, Function<Node, Optional<T>> item) {
    return Fields.list(node, item, problems);
  }

  private Optional<String> name(Node node) {
    return values.name(node);
  }

  private Optional<String> choice(Node node, String what, List<String> allowed) {
    return values.choice(node, what, allowed);
  }

  private Optional<Period> period(Node node) {
    return choice(node, "a period", List.of("week", "year")).map(t -> t.equals("week") ? Period.WEEK : Period.YEAR);
  }

  private Optional<String> kind(Node node) {
    return choice(node, "a cost kind", List.of("core", "shared"));
  }

  private Optional<SpentWith> spentWith(Node node) {
    return choice(node, "a place to spend personal funding", List.of("same-provider", "other-provider"))
        .map(t -> t.equals("same-provider") ? SpentWith.SAME_PROVIDER : SpentWith.OTHER_PROVIDER);
  }

  private Optional<Money> amount(Node node) {
    return values.amount(node);
  }

  private Optional<Long> weight(Node node) {
    return values.whole(node, "a positive whole number");
  }
}
