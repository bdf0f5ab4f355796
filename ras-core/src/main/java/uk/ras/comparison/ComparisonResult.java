package uk.ras.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * The RAS and cost figures of a group side by side, with how closely points follow cost and who differs
 * most. Made by {@link Comparison#of}. Immutable and thread-safe.
 */
public final class ComparisonResult {
  /** The fewest people a line of cost on points is fitted to: two points always lie on a line. */
  public static final int MIN_FOR_PREDICTION = 3;

  private final BigDecimal tolerancePercent;
  private final List<PersonComparison> people;
  private final List<PersonId> costedNotAssessed;
  private final List<PersonId> assessedNotCosted;
  private final Optional<PointsPrediction> prediction;

  ComparisonResult(
      BigDecimal tolerancePercent,
      List<PersonComparison> people,
      List<PersonId> costedNotAssessed,
      List<PersonId> assessedNotCosted,
      Optional<PointsPrediction> prediction) {
    this.tolerancePercent = tolerancePercent;
    this.people = List.copyOf(people);
    this.costedNotAssessed = List.copyOf(costedNotAssessed);
    this.assessedNotCosted = List.copyOf(assessedNotCosted);
    this.prediction = prediction;
  }

  /** {@return the declared tolerance in percent; never null} */
  public BigDecimal tolerancePercent() {
    return tolerancePercent;
  }

  /** {@return each person with both figures, in the order of the plans and their people; never null} */
  public List<PersonComparison> people() {
    return people;
  }

  /** {@return the people of the plans who have no budget, in order; never null} */
  public List<PersonId> costedNotAssessed() {
    return costedNotAssessed;
  }

  /** {@return the people with a budget who are in no plan, in the budgets' order; never null} */
  public List<PersonId> assessedNotCosted() {
    return assessedNotCosted;
  }

  /** {@return the sum of the RAS figures, weekly; never null} */
  public Money rasTotal() {
    return Money.total(people.stream().map(PersonComparison::ras).collect(Collectors.toList()));
  }

  /** {@return the sum of the cost figures, weekly; never null} */
  public Money costTotal() {
    return Money.total(people.stream().map(PersonComparison::cost).collect(Collectors.toList()));
  }

  /** {@return how many people's difference is within the tolerance} */
  public int withinTolerance() {
    return (int) people.stream().filter(PersonComparison::withinTolerance).count();
  }

  /**
   * {@return how well points predict cost; empty with fewer than {@value #MIN_FOR_PREDICTION} people, or
   * when everyone has the same points or the same cost (no line can be fitted)}
   */
  public Optional<PointsPrediction> prediction() {
    return prediction;
  }

  /**
   * {@return the people by how much they differ, most first: by the size of the percentage (a RAS figure of
   * zero with a cost above it first), then of the difference in pounds, then in order; never null}
   */
  public List<PersonComparison> byDifference() {
    List<PersonComparison> sorted = new ArrayList<>(people);
    Comparator<PersonComparison> percent =
        Comparator.comparing(
            (PersonComparison p) ->
                p.differencePercent().map(BigDecimal::abs).orElse(p.cost().isZero() ? BigDecimal.ZERO : null),
            Comparator.nullsFirst(Comparator.<BigDecimal>reverseOrder()));
    sorted.sort(percent.thenComparing(p -> -Math.abs(p.difference().pence())));
    return List.copyOf(sorted);
  }

  /** {@return the comparison in sentences, the group first and then each person; never null} */
  public List<String> explanation() {
    List<String> out = new ArrayList<>();
    out.add(
        people.size()
            + (people.size() == 1 ? " person" : " people")
            + ": RAS "
            + rasTotal()
            + " a week, cost "
            + costTotal()
            + ", difference "
            + costTotal().minus(rasTotal())
            + "; "
            + withinTolerance()
            + " within the tolerance of "
            + tolerancePercent.stripTrailingZeros().toPlainString()
            + "%. The cost figure is reported as costed, never capped at the RAS figure.");
    if (prediction.isPresent()) {
      PointsPrediction p = prediction.get();
      out.add(
          String.format(
              Locale.ROOT,
              "Points and cost: correlation %.2f; points account for %.0f%% of the spread of cost (r squared %.2f);"
                  + " the fitted line is cost = %.2f + %.2f x points a week.",
              p.correlation(),
              100 * p.rSquared(),
              p.rSquared(),
              p.intercept(),
              p.slope()));
    } else {
      out.add(
          "Points and cost: no line fitted: "
              + (people.size() < MIN_FOR_PREDICTION
                  ? "it needs at least " + MIN_FOR_PREDICTION + " people with both figures."
                  : "everyone has the same points or the same cost."));
    }
    for (PersonComparison p : people) {
      out.add(
          p.person()
              + " ("
              + p.plan()
              + ", "
              + p.points()
              + " points): RAS "
              + p.ras()
              + ", cost "
              + p.cost()
              + ", difference "
              + p.difference()
              + p.differencePercent().map(d -> " (" + (d.signum() > 0 ? "+" : "") + d.toPlainString() + "%)").orElse("")
              + (p.withinTolerance() ? ", within tolerance" : ", outside tolerance")
              + (p.needs().isEmpty()
                  ? ""
                  : "; the plan spends most on "
                      + p.needs().stream().limit(3).map(n -> n.domain() + " " + n.weekly()).collect(Collectors.joining(", ")))
              + ".");
    }
    if (!costedNotAssessed.isEmpty()) {
      out.add("In a plan but not assessed: " + costedNotAssessed.stream().map(PersonId::value).collect(Collectors.joining(", ")) + ".");
    }
    if (!assessedNotCosted.isEmpty()) {
      out.add("Assessed but in no plan: " + assessedNotCosted.stream().map(PersonId::value).collect(Collectors.joining(", ")) + ".");
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "ComparisonResult (" + people.size() + " people, RAS " + rasTotal() + ", cost " + costTotal() + ")";
  }
}
