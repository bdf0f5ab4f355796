package uk.ras.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.ras.money.Money;
import uk.ras.ruleset.StreamId;

/**
 * The whole portfolio's stream lines as the sums of its rule versions' lines. With one version they are
 * that version's own lines. With several, they carry no envelope and no headroom: each version's envelope
 * is its year's money set against the budgets allocated under it alone, and adding the envelopes of two
 * years would count the council's money twice.
 */
final class Totals {
  private Totals() {}

  /**
   * One line per stream in {@code order}, each the sum of the versions' lines for it; the name is the
   * newest version's.
   */
  static List<PortfolioReport.StreamLine> streams(List<PortfolioReport.VersionLine> versions, List<StreamId> order) {
    List<PortfolioReport.StreamLine> lines = new ArrayList<>();
    for (StreamId id : order) {
      String name = null;
      int people = 0;
      Optional<Money> envelope = Optional.empty();
      Money liability = Money.zero();
      Money committed = Money.zero();
      Optional<Money> headroom = Optional.empty();
      int unfundedPeople = 0;
      BigDecimal unfundedPoints = BigDecimal.ZERO;
      boolean present = false;
      for (PortfolioReport.VersionLine v : versions) {
        for (PortfolioReport.StreamLine s : v.streams()) {
          if (s.stream().equals(id)) {
            present = true;
            name = s.name();
            people += s.people();
            envelope = plus(envelope, s.envelope());
            liability = liability.plus(s.liability());
            committed = committed.plus(s.committed());
            headroom = plus(headroom, s.headroom());
            unfundedPeople += s.unfundedPeople();
            unfundedPoints = unfundedPoints.add(s.unfundedPoints());
          }
        }
      }
      if (present) {
        boolean oneVersion = versions.size() == 1;
        lines.add(
            new PortfolioReport.StreamLine(
                id,
                name,
                people,
                oneVersion ? envelope : Optional.empty(),
                liability,
                committed,
                oneVersion ? headroom : Optional.empty(),
                unfundedPeople,
                unfundedPoints));
      }
    }
    return lines;
  }

  private static Optional<Money> plus(Optional<Money> a, Optional<Money> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : Optional.of(a.get().plus(b.get()));
  }
}
