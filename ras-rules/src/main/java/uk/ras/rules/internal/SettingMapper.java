package uk.ras.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
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

  /** Amounts: pounds, optionally with pence; a sign is read so that the core can say "must not be negative". */
  private static final Pattern AMOUNT_TEXT = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

  private static final Pattern DIGITS = Pattern.compile("[-+]?[0-9]+");
  private static final int MAX_INTEGER_DIGITS = 12;

  private final Problems problems;
  private final Map<String, Node> byPath;

  SettingMapper(Problems problems, Map<String, Node> byPath) {
    this.problems = problems;
    this.byPath = byPath;
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
        Node at = RuleFileParser.nearest(path, byPath, node);
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

  /** Names and ids: text that says something. */
  private Optional<String> name(Node node) {
    if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).kind() == Node.Kind.TEXT) {
      String text = ((Node.ScalarNode) node).text();
      if (text.isBlank()) {
        problems.add(node, "must not be blank");
        return Optional.empty();
      }
      return Optional.of(text);
    }
    String hint =
        node instanceof Node.ScalarNode && ((Node.ScalarNode) node).kind() != Node.Kind.NULL
            ? " (put it in quotes: \"" + ((Node.ScalarNode) node).text() + "\")"
            : "";
    problems.add(node, "expected text, found " + node.describe() + hint);
    return Optional.empty();
  }

  private Optional<String> choice(Node node, String what, List<String> allowed) {
    if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).kind() == Node.Kind.TEXT) {
      String text = ((Node.ScalarNode) node).text();
      if (allowed.contains(text)) {
        return Optional.of(text);
      }
      problems.add(
          node,
          "'" + RuleSetMapper.shorten(text) + "' is not " + what + "; expected " + String.join(" or ", allowed));
      return Optional.empty();
    }
    problems.add(node, "expected " + String.join(" or ", allowed) + ", found " + node.describe());
    return Optional.empty();
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

  /** Pounds as a JSON string or number, at most two decimals: "1015.00", 1015, 412.3. */
  private Optional<Money> amount(Node node) {
    Node.ScalarNode scalar = node instanceof Node.ScalarNode ? (Node.ScalarNode) node : null;
    boolean acceptable =
        scalar != null
            && (scalar.kind() == Node.Kind.TEXT
                || scalar.kind() == Node.Kind.WHOLE_NUMBER
                || scalar.kind() == Node.Kind.DECIMAL);
    if (!acceptable) {
      problems.add(node, "expected an amount in pounds such as \"1015.00\", found " + node.describe());
      return Optional.empty();
    }
    Optional<String> octal = LookAlikes.octalProblem(scalar);
    if (octal.isPresent()) {
      problems.add(node, octal.get());
      return Optional.empty();
    }
    String text = scalar.text().trim();
    BigDecimal value = null;
    if (text.length() <= 100 && (scalar.kind() != Node.Kind.TEXT || AMOUNT_TEXT.matcher(text).matches())) {
      try {
        value = new BigDecimal(text);
      } catch (NumberFormatException e) {
        value = null;
      }
    }
    if (value == null) {
      problems.add(
          node, "'" + RuleSetMapper.shorten(scalar.text()) + "' is not an amount; expected pounds such as \"1015.00\"");
      return Optional.empty();
    }
    if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      problems.add(
          node,
          RuleSetMapper.shorten(text) + " is too large; expected at most " + MAX_INTEGER_DIGITS + " digits before the point");
      return Optional.empty();
    }
    try {
      return Optional.of(Money.ofPounds(value));
    } catch (ArithmeticException e) {
      problems.add(
          node,
          RuleSetMapper.shorten(text) + " has a fraction of a penny; amounts are pounds with at most 2 decimals");
      return Optional.empty();
    }
  }

  private Optional<Long> weight(Node node) {
    Node.ScalarNode scalar = node instanceof Node.ScalarNode ? (Node.ScalarNode) node : null;
    if (scalar == null || scalar.kind() != Node.Kind.WHOLE_NUMBER || !DIGITS.matcher(scalar.text()).matches()) {
      problems.add(node, "expected a positive whole number, found " + node.describe());
      return Optional.empty();
    }
    Optional<String> octal = LookAlikes.octalProblem(scalar);
    if (octal.isPresent()) {
      problems.add(node, octal.get());
      return Optional.empty();
    }
    String text = scalar.text();
    if (text.replaceFirst("^[-+]", "").length() > MAX_INTEGER_DIGITS) {
      problems.add(node, RuleSetMapper.shorten(text) + " is too large; expected at most " + MAX_INTEGER_DIGITS + " digits");
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }
}
