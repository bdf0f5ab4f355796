package uk.ras.isf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.ras.assessment.PersonId;
import uk.ras.money.Apportionment;
import uk.ras.money.Money;

/**
 * A shared setting, such as a house of six: its people in a listed order, its cost lines, and optionally
 * a budget from which personal funding is derived. Built and checked by {@link #builder()}; a setting
 * that exists is valid and can always be split. Immutable and thread-safe.
 *
 * <pre>{@code
 * Setting house = Setting.builder()
 *     .name("Elm Road").period(Period.WEEK)
 *     .addPerson(Person.withPersonalFunding(PersonId.of("A"), Money.parse("120.00")))
 *     .addPerson(Person.withPersonalFunding(PersonId.of("B"), Money.parse("80.00")))
 *     .addCost(CostLine.core("Sleep-in night support", Money.parse("1015.00")))
 *     .build();
 * Split split = house.split();
 * }</pre>
 *
 * <p>A person's ISF = core share + shared shares + personal funding, where the sum of the core lines is
 * apportioned equally over everyone, each shared line equally over its users, and (with a budget) the
 * pool {@code budget - core - shared} in proportion to each person's weight. See {@link Splitter} for how
 * a person's core share is shown line by line.
 *
 * <p><b>Limits.</b> A setting has at most {@value #MAX_PEOPLE} people and {@value #MAX_COST_LINES} cost
 * lines, a shared line at most {@value #MAX_PEOPLE} users, every amount (budget, personal funding, cost
 * line) is at most {@link #MAX_AMOUNT} and every weight at most {@value #MAX_WEIGHT}. The limits bound the
 * work: a split holds one amount per person per line they pay toward, and the leave analysis of everyone
 * splits again per leaver, so the largest setting allowed is split in well under a second and the leave
 * analysis of all its people takes about a second. They also make every total safe by construction: the most amounts any sum of a setting or of its
 * analyses adds up is the cost lines, one personal funding per person (one more with a joiner) and the
 * budget, {@code (200 + 101 + 1) x 99,999,999,999,999} pence, about {@code 3 x 10^16}, far below
 * {@link Long#MAX_VALUE} (about {@code 9.2 x 10^18}); so no arithmetic on a valid setting can overflow.
 */
public final class Setting {
  /**
   * The most people a setting may have. A shared house has 2 to 12; a large supported-living scheme
   * may have a hundred.
   */
  public static final int MAX_PEOPLE = 100;

  /**
   * The most cost lines a setting may have: several times what a real setting's budget is broken into,
   * yet small enough that the leave analysis of everyone in the largest setting (each leaver's split
   * being people x lines shares) stays about two million line shares.
   */
  public static final int MAX_COST_LINES = 200;

  /**
   * The largest amount of a budget, personal funding or cost line, {@code 999999999999.99}: the largest
   * amount with twelve digits before the point, which is also the most a setting file can state.
   */
  public static final Money MAX_AMOUNT = Money.ofPence(99_999_999_999_999L);

  /** The largest weight: twelve digits, as in a setting file. */
  public static final long MAX_WEIGHT = 999_999_999_999L;

  private final String name;
  private final Period period;
  private final Money budget;
  private final List<Person> people;
  private final List<CostLine> costs;

  private Setting(Builder b) {
    this.name = b.name;
    this.period = b.period;
    this.budget = b.budget;
    this.people = List.copyOf(b.people);
    this.costs = List.copyOf(b.costs);
  }

  /** {@return a builder; never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the setting's name, such as "Elm Road"; never null} */
  public String name() {
    return name;
  }

  /** {@return the period every amount of the setting is stated for; never null} */
  public Period period() {
    return period;
  }

  /**
   * {@return the house budget from which personal funding is derived; empty when personal funding is given}
   */
  public Optional<Money> budget() {
    return Optional.ofNullable(budget);
  }

  /**
   * {@return the people, in the listed order, which breaks ties of apportionment; never null, never
   * empty}
   */
  public List<Person> people() {
    return people;
  }

  /** {@return the cost lines, in the file's order; never null} */
  public List<CostLine> costs() {
    return costs;
  }

  /** {@return the ids of the people, in order; never null} */
  public List<PersonId> personIds() {
    return people.stream().map(Person::id).collect(Collectors.toList());
  }

  /** {@return the sum of the core lines; never null} */
  public Money coreTotal() {
    return totalOf(CostKind.CORE);
  }

  /** {@return the sum of the shared lines; never null} */
  public Money sharedTotal() {
    return totalOf(CostKind.SHARED);
  }

  private Money totalOf(CostKind kind) {
    return Money.total(
        costs.stream().filter(c -> c.kind() == kind).map(CostLine::amount).collect(Collectors.toList()));
  }

  /**
   * Splits the setting into each person's ISF.
   *
   * @return the split, never null
   */
  public Split split() {
    Map<PersonId, Money> personal = new HashMap<>();
    Money pool = null;
    if (budget == null) {
      for (Person p : people) {
        personal.put(p.id(), p.givenPersonalFunding().orElseThrow());
      }
    } else {
      pool = budget.minus(coreTotal()).minus(sharedTotal());
      List<BigDecimal> weights =
          people.stream().map(p -> BigDecimal.valueOf(p.weight().orElseThrow())).collect(Collectors.toList());
      List<Money> shares = Apportionment.byWeights(pool, weights);
      for (int i = 0; i < people.size(); i++) {
        personal.put(people.get(i).id(), shares.get(i));
      }
    }
    return new Split(this, Splitter.allocate(people, costs, personal).shares(), Optional.ofNullable(pool));
  }

  /**
   * What happens if {@code person} leaves, under {@code policy}.
   *
   * @param person not null
   * @param policy not null
   * @return the analysis, never null
   * @throws UnknownPersonException if {@code person} is not one of the setting's people
   */
  public LeaveAnalysis leave(PersonId person, LeavePolicy policy) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(policy, "policy");
    if (!personIds().contains(person)) {
      throw new UnknownPersonException(name, person, personIds());
    }
    return split().leave(person, policy);
  }

  /**
   * What happens if {@code joiner} joins (listed last) and uses the shared lines named in {@code uses}.
   *
   * @param joiner not null; with personal funding given in a setting without a budget, with a weight in a
   *     setting with one
   * @param uses the names of shared cost lines the joiner will use, not null, no nulls (may be empty)
   * @return the analysis, never null
   * @throws InvalidSettingException if the joiner's id is taken, their funding does not fit the setting
   *     (or is over {@link #MAX_AMOUNT}, or their weight over {@value #MAX_WEIGHT}), the setting already
   *     has {@value #MAX_PEOPLE} people, or a name in {@code uses} is not a shared cost line; problems at
   *     {@code people[N]...} name the joiner, at {@code people} the number of people, at {@code uses[K]} a
   *     line
   */
  public JoinAnalysis join(Person joiner, List<String> uses) {
    Objects.requireNonNull(joiner, "joiner");
    Objects.requireNonNull(uses, "uses");
    List<SettingProblem> problems = new ArrayList<>();
    List<CostLine> newCosts = new ArrayList<>(costs);
    for (int k = 0; k < uses.size(); k++) {
      String use = Objects.requireNonNull(uses.get(k), "uses[" + k + "]");
      boolean found = false;
      for (int j = 0; j < newCosts.size(); j++) {
        CostLine line = newCosts.get(j);
        if (line.name().equals(use)) {
          found = true;
          if (line.kind() == CostKind.CORE) {
            problems.add(new SettingProblem("uses[" + k + "]", "\"" + use + "\" is a core cost line; everyone shares it already"));
          } else if (!line.usedBy().contains(joiner.id())) {
            newCosts.set(j, line.withUser(joiner.id()));
          }
        }
      }
      if (!found) {
        List<String> sharedNames =
            costs.stream().filter(c -> c.kind() == CostKind.SHARED).map(CostLine::name).distinct().collect(Collectors.toList());
        problems.add(
            new SettingProblem(
                "uses[" + k + "]",
                "unknown shared cost line \""
                    + use
                    + "\""
                    + (sharedNames.isEmpty() ? "; the setting has none" : "; expected one of " + String.join(", ", sharedNames))));
      }
    }
    Builder b = builder().name(name).period(period).addAllPeople(people).addPerson(joiner);
    if (budget != null) {
      b.budget(budget);
    }
    for (CostLine c : newCosts) {
      b.addCost(c);
    }
    List<SettingProblem> found = b.problems();
    problems.addAll(0, found);
    if (!problems.isEmpty()) {
      throw new InvalidSettingException(name, problems);
    }
    return new JoinAnalysis(split(), b.build().split());
  }

  @Override
  public String toString() {
    return "Setting " + name + " (" + people.size() + " people, " + costs.size() + " cost lines)";
  }

  /**
   * Collects a setting's parts and checks them all at once. Not thread-safe; the setting it builds is.
   */
  public static final class Builder {
    private String name;
    private Period period;
    private Money budget;
    private final List<Person> people = new ArrayList<>();
    private final List<CostLine> costs = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the setting's name, such as "Elm Road".
     *
     * @param name not null, not blank
     * @return this builder, never null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("a setting's name must not be blank");
      }
      this.name = name;
      return this;
    }

    /**
     * Sets the period every amount of the setting is stated for.
     *
     * @param period not null
     * @return this builder, never null
     */
    public Builder period(Period period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /**
     * Sets the house budget; with one, every person has a weight and their personal funding is derived.
     *
     * @param budget not null; whether it covers the costs is checked by {@link #build()}
     * @return this builder, never null
     */
    public Builder budget(Money budget) {
      this.budget = Objects.requireNonNull(budget, "budget");
      return this;
    }

    /**
     * Adds a person, listed after those already added.
     *
     * @param person not null
     * @return this builder, never null
     */
    public Builder addPerson(Person person) {
      people.add(Objects.requireNonNull(person, "person"));
      return this;
    }

    /**
     * Adds people in order, after those already added.
     *
     * @param persons not null, no nulls
     * @return this builder, never null
     */
    public Builder addAllPeople(List<Person> persons) {
      for (Person p : persons) {
        addPerson(p);
      }
      return this;
    }

    /**
     * Adds a cost line, after those already added.
     *
     * @param cost not null
     * @return this builder, never null
     */
    public Builder addCost(CostLine cost) {
      costs.add(Objects.requireNonNull(cost, "cost"));
      return this;
    }

    /**
     * Returns the setting.
     *
     * @return the setting, never null
     * @throws IllegalStateException if the name or period was not set
     * @throws InvalidSettingException with every problem found: no people; more than {@value #MAX_PEOPLE}
     *     people, more than {@value #MAX_COST_LINES} cost lines or a shared line with more than {@value
     *     #MAX_PEOPLE} users; a person id listed twice; with a budget, a person without a positive weight
     *     or with one over {@value #MAX_WEIGHT}; without one, a person without personal funding; a
     *     negative amount or one over {@link #MAX_AMOUNT}; a user of a shared line who is not one of the
     *     people, or is listed twice; a budget that does not cover the core and shared costs (the message
     *     says by how much)
     */
    public Setting build() {
      List<SettingProblem> problems = problems();
      if (!problems.isEmpty()) {
        throw new InvalidSettingException(name, problems);
      }
      return new Setting(this);
    }

    /** Every problem, paths as in the setting file. */
    List<SettingProblem> problems() {
      if (name == null || period == null) {
        throw new IllegalStateException("a setting needs a name and a period");
      }
      List<SettingProblem> problems = new ArrayList<>();
      boolean amountsSound = true;
      if (people.isEmpty()) {
        problems.add(new SettingProblem("people", "a setting needs at least one person"));
      }
      if (people.size() > MAX_PEOPLE) {
        problems.add(
            new SettingProblem("people", people.size() + " people; a setting may have at most " + MAX_PEOPLE));
      }
      if (costs.size() > MAX_COST_LINES) {
        // Beyond the limit no total is taken: the amounts' bound keeps sums safe only up to it.
        amountsSound = false;
        problems.add(
            new SettingProblem(
                "costs", costs.size() + " cost lines; a setting may have at most " + MAX_COST_LINES));
      }
      Map<PersonId, Integer> firstIndex = new LinkedHashMap<>();
      for (int i = 0; i < people.size(); i++) {
        Person p = people.get(i);
        String at = "people[" + i + "]";
        Integer earlier = firstIndex.putIfAbsent(p.id(), i);
        if (earlier != null) {
          problems.add(new SettingProblem(at + ".id", "duplicate person \"" + p.id() + "\" (also people[" + earlier + "])"));
        }
        if (budget != null) {
          if (p.givenPersonalFunding().isPresent()) {
            problems.add(
                new SettingProblem(
                    at + ".personalFunding",
                    "not allowed when the setting has a budget: personal funding is then derived from the budget by weight; give a weight instead"));
          } else if (p.weight().orElseThrow() <= 0) {
            problems.add(new SettingProblem(at + ".weight", "must be a positive whole number, was " + p.weight().orElseThrow()));
          } else if (p.weight().orElseThrow() > MAX_WEIGHT) {
            problems.add(
                new SettingProblem(
                    at + ".weight", p.weight().orElseThrow() + " is too large; a weight may be at most " + MAX_WEIGHT));
          }
        } else {
          if (p.givenPersonalFunding().isEmpty()) {
            problems.add(
                new SettingProblem(
                    at + ".weight",
                    "a weight is used only with a budget, to share the personal-funding pool; without a budget give personalFunding"));
          } else {
            amountsSound &= amountInRange(p.givenPersonalFunding().get(), at + ".personalFunding", problems);
          }
        }
      }
      if (budget != null) {
        amountsSound &= amountInRange(budget, "budget", problems);
      }
      String expectedPeople = expectedPeople(firstIndex);
      for (int j = 0; j < costs.size(); j++) {
        CostLine line = costs.get(j);
        String at = "costs[" + j + "]";
        amountsSound &= amountInRange(line.amount(), at + ".amount", problems);
        if (line.usedBy().size() > MAX_PEOPLE) {
          // One problem, not one per user: the users of a line longer than any setting are not checked.
          problems.add(
              new SettingProblem(
                  at + ".usedBy",
                  line.usedBy().size() + " users; a shared line may have at most " + MAX_PEOPLE + ", as a setting may"));
          continue;
        }
        Map<PersonId, Integer> seen = new HashMap<>();
        for (int k = 0; k < line.usedBy().size(); k++) {
          PersonId user = line.usedBy().get(k);
          String userAt = at + ".usedBy[" + k + "]";
          Integer earlier = seen.putIfAbsent(user, k);
          if (!firstIndex.containsKey(user)) {
            problems.add(
                new SettingProblem(
                    userAt,
                    "unknown person \"" + user + "\"; expected " + expectedPeople));
          } else if (earlier != null) {
            problems.add(new SettingProblem(userAt, "person \"" + user + "\" is listed twice (also usedBy[" + earlier + "])"));
          }
        }
      }
      if (budget != null && amountsSound) {
        Money core = totalOf(CostKind.CORE);
        Money shared = totalOf(CostKind.SHARED);
        Money needed = core.plus(shared);
        if (budget.isLessThan(needed)) {
          problems.add(
              new SettingProblem(
                  "budget",
                  budget.toPlainString()
                      + " does not cover the core and shared costs of "
                      + needed.toPlainString()
                      + " (core "
                      + core.toPlainString()
                      + " + shared "
                      + shared.toPlainString()
                      + "): short by "
                      + needed.minus(budget).toPlainString()));
        }
      }
      return problems;
    }

    private Money totalOf(CostKind kind) {
      return Money.total(
          costs.stream().filter(c -> c.kind() == kind).map(CostLine::amount).collect(Collectors.toList()));
    }

    /** Adds a problem and returns false if {@code amount} is negative or over {@link #MAX_AMOUNT}. */
    private static boolean amountInRange(Money amount, String at, List<SettingProblem> problems) {
      if (amount.isNegative()) {
        problems.add(new SettingProblem(at, "must not be negative, was " + amount.toPlainString()));
        return false;
      }
      if (amount.isGreaterThan(MAX_AMOUNT)) {
        problems.add(
            new SettingProblem(
                at, amount.toPlainString() + " is too large; an amount may be at most " + MAX_AMOUNT.toPlainString()));
        return false;
      }
      return true;
    }

    /**
     * "one of A, B, C", written once for all the unknown users: listing every id in every problem would
     * make a file of many unknown users and long ids cost its size times the people's ids.
     */
    private static String expectedPeople(Map<PersonId, Integer> ids) {
      String all = "one of " + ids.keySet().stream().map(PersonId::value).collect(Collectors.joining(", "));
      return all.length() <= 200 ? all : "one of the " + ids.size() + " people listed under people";
    }
  }
}
