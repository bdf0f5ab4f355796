package uk.ras.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import uk.ras.pricing.PriceSchedule;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.RuleSetValidator;

/**
 * The cliff-edge report of a rule set: the biggest jumps in money for one more point, over every total
 * its questionnaire can produce. A banding table's band boundaries and a floor show up here; a smooth
 * price per point has jumps of about the price itself.
 */
public final class CliffEdges {
  private CliffEdges() {}

  /**
   * The {@code limit} biggest steps, largest annual jump first; ties by the lower total first.
   *
   * @param rules a valid rule set, not null
   * @param limit 1 or more
   * @return at most {@code limit} steps, never null
   */
  public static List<CliffEdge> largest(RuleSet rules, int limit) {
    Objects.requireNonNull(rules, "rules");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    int max = RuleSetValidator.maxTotalPoints(rules);
    PriceSchedule schedule = PriceSchedule.compile(rules.pricing(), rules.rounding(), rules.weeksPerYear(), max);
    List<CliffEdge> steps = new ArrayList<>();
    for (int t = 0; t < max; t++) {
      steps.add(new CliffEdge(t, schedule.weekly(t), schedule.weekly(t + 1),
          schedule.annual(t + 1).minus(schedule.annual(t))));
    }
    steps.sort(Comparator.comparing(CliffEdge::annualJump).reversed().thenComparingInt(CliffEdge::points));
    return List.copyOf(steps.subList(0, Math.min(limit, steps.size())));
  }
}
