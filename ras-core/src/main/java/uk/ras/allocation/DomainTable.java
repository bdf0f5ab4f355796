package uk.ras.allocation;

import java.util.Objects;
import uk.ras.ruleset.DomainId;

/**
 * What a budget needs of its rule set after allocation: the rule set's label and its domains' points as
 * shared values. A budget holds this, not the calculator that made it, so that keeping budgets keeps no
 * engine alive. The usual values (up to a domain's most, at most {@value #SHARED} - 1) are made once per
 * rule set and shared, since every budget reports every domain. Immutable and thread-safe.
 */
final class DomainTable {
  static final int SHARED = 256;

  private final String label;
  private final DomainId[] ids;
  private final DomainPoints[][] shared;

  /** @param most each domain's most points */
  DomainTable(String label, DomainId[] ids, int[] most) {
    this.label = Objects.requireNonNull(label, "label");
    this.ids = ids.clone();
    this.shared = new DomainPoints[ids.length][];
    for (int d = 0; d < ids.length; d++) {
      shared[d] = new DomainPoints[Math.min(most[d] + 1, SHARED)];
      for (int p = 0; p < shared[d].length; p++) {
        shared[d][p] = new DomainPoints(ids[d], p);
      }
    }
  }

  String label() {
    return label;
  }

  int size() {
    return ids.length;
  }

  /** Domain d's points as a budget reports them. */
  DomainPoints points(int d, int points) {
    DomainPoints[] row = shared[d];
    return points >= 0 && points < row.length ? row[points] : new DomainPoints(ids[d], points);
  }
}
