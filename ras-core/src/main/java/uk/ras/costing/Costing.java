package uk.ras.costing;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/**
 * A cost plan priced under the rates in force on a date: every line's weekly cost and each person's
 * core, shared and personal amounts, weekly and annual, with an explanation that traces every pound to a
 * line, a rate and its build-up. The people's weekly figures add up exactly to {@link #weekly()}, the
 * sum of the lines. Made by {@link CostPlan#cost(Rates, LocalDate)}. Immutable and thread-safe.
 */
public final class Costing {
  private final String planName;
  private final RateCard card;
  private final LocalDate date;
  private final List<LineCost> lines;
  private final List<PersonCost> people;

  Costing(String planName, RateCard card, LocalDate date, List<LineCost> lines, List<PersonCost> people) {
    this.planName = planName;
    this.card = card;
    this.date = date;
    this.lines = List.copyOf(lines);
    this.people = List.copyOf(people);
  }

  /** {@return the plan's name; never null} */
  public String planName() {
    return planName;
  }

  /** {@return the rates in force on the date, used for every line; never null} */
  public RateCard rates() {
    return card;
  }

  /** {@return the date the plan was costed on; never null} */
  public LocalDate date() {
    return date;
  }

  /** {@return every line costed, in the plan's order; never null} */
  public List<LineCost> lines() {
    return lines;
  }

  /** {@return each person's budget, in the plan's order; never null} */
  public List<PersonCost> people() {
    return people;
  }

  /**
   * The budget of {@code person}.
   *
   * @param person not null
   * @return the person's budget, never null
   * @throws IllegalArgumentException if {@code person} is not in the plan
   */
  public PersonCost person(PersonId person) {
    Objects.requireNonNull(person, "person");
    for (PersonCost p : people) {
      if (p.person().equals(person)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown person \"" + person + "\" in cost plan \"" + planName + "\"; expected one of "
            + people.stream().map(p -> p.person().value()).collect(Collectors.joining(", ")));
  }

  /** {@return the plan's weekly cost: the sum of its lines, and of its people's budgets; never null} */
  public Money weekly() {
    return Money.total(lines.stream().map(LineCost::weekly).collect(Collectors.toList()));
  }

  /** {@return the sum of the people's annual figures; never null} */
  public Money annual() {
    return Money.total(people.stream().map(PersonCost::annual).collect(Collectors.toList()));
  }

  /** {@return the sum of the core lines, a week; never null} */
  public Money core() {
    return totalOf(Scope.CORE);
  }

  /** {@return the sum of the shared lines, a week; never null} */
  public Money shared() {
    return totalOf(Scope.SHARED);
  }

  /** {@return the sum of the personal lines, a week; never null} */
  public Money personal() {
    return totalOf(Scope.PERSONAL);
  }

  private Money totalOf(Scope scope) {
    return Money.total(lines.stream().filter(l -> l.scope() == scope).map(LineCost::weekly).collect(Collectors.toList()));
  }

  /**
   * {@return the explanation, one sentence a line: the rates and date, every hourly rate used with its
   * build-up, every line's cost, how the core and shared lines are split, and each person's sum; never
   * null}
   */
  public List<String> explanation() {
    RoundingMode rounding = card.rounding();
    PeriodConversion weeks = card.weeksPerYear();
    List<String> out = new ArrayList<>();
    out.add(
        planName
            + " costed on "
            + date
            + " under rates \""
            + card.ratesName()
            + "\" in force "
            + Rates.range(card.version())
            + "; amounts a week; rounding "
            + Text.mode(rounding)
            + "; "
            + weeks.description()
            + " a year; "
            + people.size()
            + (people.size() == 1 ? " person: " : " people: ")
            + people.stream().map(p -> p.person().value()).collect(Collectors.joining(", "))
            + ".");
    // Each staff type's base rate (and build-up) once, then each band of it used.
    Map<String, Set<HourlyRate>> byStaff = new LinkedHashMap<>();
    lines.forEach(l -> l.rate().ifPresent(r -> byStaff.computeIfAbsent(r.staffType(), k -> new LinkedHashSet<>()).add(r)));
    if (!byStaff.isEmpty()) {
      out.add("Hourly rates used:");
      for (Set<HourlyRate> rates : byStaff.values()) {
        HourlyRate first = rates.iterator().next();
        int baseLines = first.explanation().size() - (first.band().isPresent() ? 1 : 0);
        first.explanation().subList(0, baseLines).forEach(e -> out.add("  " + e));
        Set<String> bands = new LinkedHashSet<>();
        for (HourlyRate r : rates) {
          if (r.band().isPresent()) {
            bands.add(r.explanation().get(r.explanation().size() - 1));
          }
        }
        bands.forEach(e -> out.add("  " + e));
      }
    }
    out.add("Lines:");
    lines.forEach(l -> out.add("  " + l.explanation()));
    List<LineCost> core = lines.stream().filter(l -> l.scope() == Scope.CORE).collect(Collectors.toList());
    if (!core.isEmpty()) {
      out.add(
          "Core lines "
              + core()
              + " ("
              + core.stream().map(l -> l.name() + " " + l.weekly()).collect(Collectors.joining(", "))
              + ") are shared equally by all "
              + people.size()
              + ": "
              + range(people.stream().map(PersonCost::core).collect(Collectors.toList()))
              + " each.");
    }
    for (LineCost l : lines) {
      if (l.scope() != Scope.SHARED) {
        continue;
      }
      List<Money> shares = new ArrayList<>();
      for (PersonCost p : people) {
        for (LineShare s : p.lines()) {
          if (s.name().equals(l.name())) {
            shares.add(s.amount());
          }
        }
      }
      out.add(
          l.name()
              + " "
              + l.weekly()
              + " is shared equally by its "
              + l.payers().size()
              + (l.payers().size() == 1 ? " user (" : " users (")
              + l.payers().stream().map(PersonId::value).collect(Collectors.joining(", "))
              + "): "
              + range(shares)
              + " each.");
    }
    out.add("Odd pennies go to the largest remainders, ties to the person listed earlier.");
    for (PersonCost p : people) {
      List<String> own =
          p.lines().stream()
              .filter(s -> s.scope() == Scope.PERSONAL)
              .map(s -> s.name() + " " + s.amount())
              .collect(Collectors.toList());
      out.add(
          p.person()
              + ": core "
              + p.core()
              + " + shared "
              + p.shared()
              + " + personal "
              + p.personal()
              + (own.isEmpty() ? "" : " (" + String.join(", ", own) + ")")
              + " = "
              + p.weekly()
              + " a week, "
              + p.annual()
              + " a year.");
    }
    out.add("Total " + weekly() + " a week, " + annual() + " a year.");
    return List.copyOf(out);
  }

  /** "£257.50" when all are equal, else "£257.50 to £257.51". */
  static String range(List<Money> amounts) {
    Money min = amounts.stream().min(Money::compareTo).orElse(Money.zero());
    Money max = amounts.stream().max(Money::compareTo).orElse(Money.zero());
    return min.equals(max) ? min.toString() : min + " to " + max;
  }

  @Override
  public String toString() {
    return "Costing " + planName + " on " + date + ": " + weekly() + " a week";
  }
}
