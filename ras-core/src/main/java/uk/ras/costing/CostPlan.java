package uk.ras.costing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * A cost plan: the weekly support of one person, or of a shared setting such as a house of six, as lines
 * ({@link PlanLine}) each paid by everyone, by named users or by one person. Built and checked by {@link
 * #builder()}; costed under the rates in force on a date by {@link #cost(Rates, LocalDate)}. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * CostPlan house = CostPlan.builder().name("Elm Road")
 *     .addPerson(a).addPerson(b)
 *     .addLine(PlanLine.sleepIns("Sleep-in", PaidBy.everyone(), new BigDecimal("7")))
 *     .addLine(PlanLine.hours("A's 1:1", PaidBy.person(a), "support-worker", Optional.empty(), new BigDecimal("20"), 1))
 *     .build();
 * Costing costing = house.cost(rates, LocalDate.of(2026, 6, 1));
 * }</pre>
 *
 * <p><b>Limits</b>, so that no costing can overflow: at most {@value #MAX_PEOPLE} people and {@value
 * #MAX_LINES} lines; hours at most {@value #MAX_HOURS} a week per worker and {@value #MAX_STAFF} workers
 * at once; nights at most 7 a week and 24 hours a night; sessions at most {@value #MAX_SESSIONS} and
 * miles at most {@value #MAX_MILES} a week; a fixed or one-off amount at most {@link #MAX_AMOUNT},
 * spread over 1 to {@value #MAX_YEARS} years; quantities with at most two decimals.
 */
public final class CostPlan {
  /** The most people a plan may have, as a setting may (a large supported-living scheme). */
  public static final int MAX_PEOPLE = 100;

  /** The most lines a plan may have. */
  public static final int MAX_LINES = 200;

  /** The most hours a week of one line, per worker: every hour of the week. */
  public static final int MAX_HOURS = 168;

  /** The most workers at once on one line. */
  public static final int MAX_STAFF = 20;

  /** The most sessions a week of one line. */
  public static final int MAX_SESSIONS = 100;

  /** The most miles a week of one line. */
  public static final int MAX_MILES = 10_000;

  /** The most years a one-off cost may be spread over. */
  public static final int MAX_YEARS = 50;

  /** The largest fixed weekly or one-off amount: £10,000,000.00. */
  public static final Money MAX_AMOUNT = Money.ofPence(1_000_000_000L);

  private final String name;
  private final List<PersonId> people;
  private final List<PlanLine> lines;

  private CostPlan(String name, List<PersonId> people, List<PlanLine> lines) {
    this.name = name;
    this.people = List.copyOf(people);
    this.lines = List.copyOf(lines);
  }

  /** {@return a builder; never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the plan's name, such as "Elm Road"; never null} */
  public String name() {
    return name;
  }

  /** {@return the people, in the listed order, which breaks ties of apportionment; never null, never empty} */
  public List<PersonId> people() {
    return people;
  }

  /** {@return the lines, in the order given; never null} */
  public List<PlanLine> lines() {
    return lines;
  }

  /**
   * Costs the plan under the rates in force on {@code date}.
   *
   * @param rates not null
   * @param date not null
   * @return the costing, never null
   * @throws NoRatesInForceException if no version of {@code rates} covers {@code date}
   * @throws InvalidCostingException listing every line that needs what the version lacks: an unknown
   *     staff type, band or session, or no price for sleep-ins, waking nights or mileage (paths such as
   *     {@code lines[3].staff})
   */
  public Costing cost(Rates rates, LocalDate date) {
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(date, "date");
    return cost(rates.inForce(date), date);
  }

  /**
   * Costs the plan under a rate card already looked up.
   *
   * @param card not null
   * @param date the date costed, shown in the explanation; not null
   * @return the costing, never null
   * @throws InvalidCostingException as for {@link #cost(Rates, LocalDate)}
   */
  public Costing cost(RateCard card, LocalDate date) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(date, "date");
    return Coster.cost(this, card, date);
  }

  /** This plan with other lines (for the properties). */
  CostPlan withLines(List<PlanLine> newLines) {
    return new CostPlan(name, people, newLines);
  }

  @Override
  public String toString() {
    return "CostPlan " + name + " (" + people.size() + " people, " + lines.size() + " lines)";
  }

  /** Collects a plan's parts and checks them all at once. Not thread-safe; the plan it builds is. */
  public static final class Builder {
    private String name;
    private final List<PersonId> people = new ArrayList<>();
    private final List<PlanLine> lines = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the plan's name.
     *
     * @param name not null, not blank
     * @return this builder, never null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("a cost plan's name must not be blank");
      }
      this.name = name;
      return this;
    }

    /**
     * Adds a person, listed after those already added.
     *
     * @param person not null
     * @return this builder, never null
     */
    public Builder addPerson(PersonId person) {
      people.add(Objects.requireNonNull(person, "person"));
      return this;
    }

    /**
     * Adds a line, after those already added.
     *
     * @param line not null
     * @return this builder, never null
     */
    public Builder addLine(PlanLine line) {
      lines.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Returns the plan.
     *
     * @return the plan, never null
     * @throws IllegalStateException if the name was not set
     * @throws InvalidCostingException with every problem found, paths as in a plan file: no people, or
     *     over the limits; a person listed twice; a line name used twice; a user or person of a line who
     *     is not in the plan, or a user listed twice; a quantity, staff count, amount or number of years
     *     out of range
     */
    public CostPlan build() {
      if (name == null) {
        throw new IllegalStateException("a cost plan needs a name");
      }
      List<CostingProblem> problems = problems();
      if (!problems.isEmpty()) {
        throw new InvalidCostingException("cost plan \"" + name + "\"", problems);
      }
      return new CostPlan(name, people, lines);
    }

    private List<CostingProblem> problems() {
      List<CostingProblem> problems = new ArrayList<>();
      if (people.isEmpty()) {
        problems.add(new CostingProblem("people", "a cost plan needs at least one person"));
      }
      if (people.size() > MAX_PEOPLE) {
        problems.add(new CostingProblem("people", people.size() + " people; a plan may have at most " + MAX_PEOPLE));
      }
      if (lines.size() > MAX_LINES) {
        problems.add(new CostingProblem("lines", lines.size() + " lines; a plan may have at most " + MAX_LINES));
      }
      Map<PersonId, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < people.size(); i++) {
        Integer earlier = index.putIfAbsent(people.get(i), i);
        if (earlier != null) {
          problems.add(new CostingProblem("people[" + i + "]", "duplicate person \"" + people.get(i) + "\" (also people[" + earlier + "])"));
        }
      }
      Map<String, Integer> names = new HashMap<>();
      for (int j = 0; j < lines.size(); j++) {
        PlanLine line = lines.get(j);
        String at = "lines[" + j + "]";
        Integer earlier = names.putIfAbsent(line.name(), j);
        if (earlier != null) {
          problems.add(new CostingProblem(at + ".name", "duplicate line \"" + line.name() + "\" (also lines[" + earlier + "])"));
        }
        checkUsers(line, at, index, problems);
        checkQuantities(line, at, problems);
      }
      return problems;
    }

    private static void checkUsers(
        PlanLine line, String at, Map<PersonId, Integer> index, List<CostingProblem> problems) {
      List<PersonId> users = line.paidBy().users();
      String field = line.paidBy().scope() == Scope.PERSONAL ? at + ".person" : at + ".users";
      Map<PersonId, Integer> seen = new HashMap<>();
      for (int k = 0; k < users.size(); k++) {
        PersonId user = users.get(k);
        String userAt = line.paidBy().scope() == Scope.PERSONAL ? field : field + "[" + k + "]";
        if (!index.containsKey(user)) {
          problems.add(
              new CostingProblem(
                  userAt,
                  "unknown person \""
                      + user
                      + "\""
                      + RateVersion.expected(index.keySet().stream().map(PersonId::value).toList())));
        }
        Integer earlier = seen.putIfAbsent(user, k);
        if (earlier != null) {
          problems.add(new CostingProblem(userAt, "\"" + user + "\" is listed twice (also " + field + "[" + earlier + "])"));
        }
      }
    }

    private static void checkQuantities(PlanLine line, String at, List<CostingProblem> problems) {
      switch (line.kind()) {
        case HOURS:
          quantity(line.quantity().orElseThrow(), MAX_HOURS, at + ".hoursPerWeek", problems);
          if (line.staffCount() < 1 || line.staffCount() > MAX_STAFF) {
            problems.add(new CostingProblem(at + ".staffCount", "the staff count must be from 1 to " + MAX_STAFF + ", was " + line.staffCount()));
          }
          break;
        case SLEEP_IN:
          quantity(line.quantity().orElseThrow(), 7, at + ".nightsPerWeek", problems);
          break;
        case WAKING_NIGHT:
          quantity(line.hoursPerNight().orElseThrow(), 24, at + ".hoursPerNight", problems);
          quantity(line.quantity().orElseThrow(), 7, at + ".nightsPerWeek", problems);
          break;
        case SESSIONS:
          quantity(line.quantity().orElseThrow(), MAX_SESSIONS, at + ".perWeek", problems);
          break;
        case MILEAGE:
          quantity(line.quantity().orElseThrow(), MAX_MILES, at + ".milesPerWeek", problems);
          break;
        case FIXED:
          amount(line.amount().orElseThrow(), at + ".weekly", problems);
          break;
        case ONE_OFF:
        default:
          amount(line.amount().orElseThrow(), at + ".amount", problems);
          if (line.years() < 1 || line.years() > MAX_YEARS) {
            problems.add(new CostingProblem(at + ".years", "must be from 1 to " + MAX_YEARS + ", was " + line.years()));
          }
          break;
      }
    }

    private static void quantity(BigDecimal q, int max, String at, List<CostingProblem> problems) {
      if (q.signum() < 0 || q.compareTo(BigDecimal.valueOf(max)) > 0) {
        problems.add(new CostingProblem(at, "must be from 0 to " + max + ", was " + Text.plain(q)));
      } else if (q.stripTrailingZeros().scale() > 2) {
        problems.add(new CostingProblem(at, Text.plain(q) + " has more than two decimals"));
      }
    }

    private static void amount(Money m, String at, List<CostingProblem> problems) {
      if (m.isNegative()) {
        problems.add(new CostingProblem(at, "must not be negative, was " + m));
      } else if (m.isGreaterThan(MAX_AMOUNT)) {
        problems.add(new CostingProblem(at, m + " is too large; at most " + MAX_AMOUNT));
      }
    }
  }
}
