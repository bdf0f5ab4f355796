package uk.ras.isf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ras.assessment.PersonId;
import uk.ras.money.Apportionment;
import uk.ras.money.Money;

/**
 * Shares cost lines over the people present (a subset of a setting's people, in the setting's order).
 *
 * <p><b>Core lines.</b> The issue asks for the <em>sum</em> of the core lines to be apportioned equally,
 * so that equal core shares differ by at most a penny however many core lines there are; yet each person's
 * share of each core line is shown too. Both hold at once with {@link Apportionment#equallyInTurn}: each
 * line gives every person its amount divided by the number of people, rounded down, and its {@code r}
 * left-over pennies go to the next {@code r} people in turn, continuing from where the previous core line
 * stopped (starting with the first person listed). With {@code R} left-over pennies in all, the first
 * {@code R mod n} people get one more penny than the others, which is exactly {@link
 * Apportionment#equally} of the sum; and every line's shares add up to the line. (Cost plans split their
 * core lines the same way, so a costed rota gives the same ISFs.)
 *
 * <p><b>Shared lines.</b> Each is apportioned equally over its users present, in the setting's order.
 */
final class Splitter {
  private Splitter() {}

  /** The shares of the people present, and the lines nobody present carries. */
  record Allocation(List<Share> shares, List<LineAmount> unallocated) {}

  static Allocation allocate(List<Person> present, List<CostLine> costs, Map<PersonId, Money> personal) {
    int n = present.size();
    Map<PersonId, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(present.get(i).id(), i);
    }
    List<List<LineAmount>> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(new ArrayList<>());
    }
    List<LineAmount> unallocated = new ArrayList<>();
    List<Money> coreAmounts = new ArrayList<>();
    for (CostLine line : costs) {
      if (line.kind() == CostKind.CORE) {
        coreAmounts.add(line.amount());
      }
    }
    List<List<Money>> coreShares = n == 0 ? List.of() : Apportionment.equallyInTurn(coreAmounts, n);
    int core = 0;
    for (CostLine line : costs) {
      if (line.kind() == CostKind.CORE) {
        if (n == 0) {
          unallocated.add(new LineAmount(line.name(), line.kind(), line.amount()));
          continue;
        }
        List<Money> shares = coreShares.get(core++);
        for (int i = 0; i < n; i++) {
          lines.get(i).add(new LineAmount(line.name(), line.kind(), shares.get(i)));
        }
      } else {
        List<Integer> users = new ArrayList<>();
        for (PersonId user : line.usedBy()) {
          Integer i = index.get(user);
          if (i != null) {
            users.add(i);
          }
        }
        if (users.isEmpty()) {
          unallocated.add(new LineAmount(line.name(), line.kind(), line.amount()));
          continue;
        }
        // Ties go to the person listed earlier in the setting, not in usedBy.
        users.sort(null);
        List<Money> shares = Apportionment.equally(line.amount(), users.size());
        for (int k = 0; k < users.size(); k++) {
          lines.get(users.get(k)).add(new LineAmount(line.name(), line.kind(), shares.get(k)));
        }
      }
    }
    List<Share> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Person p = present.get(i);
      result.add(new Share(p.id(), p.spentWith(), personal.get(p.id()), lines.get(i)));
    }
    return new Allocation(List.copyOf(result), List.copyOf(unallocated));
  }
}
