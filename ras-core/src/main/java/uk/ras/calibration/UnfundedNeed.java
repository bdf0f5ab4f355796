package uk.ras.calibration;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Assessed need that no funding stream the person is eligible for pays, in one client group: how many
 * people have some (their budgets carry {@code BudgetFlag.UNFUNDED_NEED}) and how many points in all.
 * These points are reported, never priced: neither the fit nor the forecast counts them.
 *
 * <p>Made only by the engine. Immutable and thread-safe.
 */
public final class UnfundedNeed {
  private final ClientGroup group;
  private final int people;
  private final BigDecimal points;

  UnfundedNeed(ClientGroup group, int people, BigDecimal points) {
    this.group = Objects.requireNonNull(group, "group");
    this.people = people;
    BigDecimal stripped = Objects.requireNonNull(points, "points").stripTrailingZeros();
    this.points = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Each client group with some unfunded need, in the enum's order. */
  static Map<ClientGroup, UnfundedNeed> byGroup(CostSample sample) {
    Map<ClientGroup, int[]> people = new EnumMap<>(ClientGroup.class);
    Map<ClientGroup, BigDecimal> points = new EnumMap<>(ClientGroup.class);
    for (PersonCost p : sample.people()) {
      if (p.unfundedPoints().signum() > 0) {
        people.computeIfAbsent(p.group(), g -> new int[1])[0]++;
        points.merge(p.group(), p.unfundedPoints(), BigDecimal::add);
      }
    }
    Map<ClientGroup, UnfundedNeed> result = new EnumMap<>(ClientGroup.class);
    people.forEach((g, n) -> result.put(g, new UnfundedNeed(g, n[0], points.get(g))));
    return Collections.unmodifiableMap(result);
  }

  /** {@return the client group; never null} */
  public ClientGroup group() {
    return group;
  }

  /** {@return how many of the group's people have some need no eligible stream pays for} */
  public int people() {
    return people;
  }

  /** {@return their unfunded points, in all; never null} */
  public BigDecimal points() {
    return points;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnfundedNeed
        && group == ((UnfundedNeed) o).group
        && people == ((UnfundedNeed) o).people
        && points.equals(((UnfundedNeed) o).points);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, people, points);
  }

  @Override
  public String toString() {
    return "UnfundedNeed[group=" + group + ", people=" + people + ", points=" + points + "]";
  }
}
