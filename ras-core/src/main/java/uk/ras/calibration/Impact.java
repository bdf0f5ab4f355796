package uk.ras.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.ras.money.Money;
import uk.ras.ruleset.RuleSet;

/**
 * What proposed rules would do to each person of a caseload against what their support costs now:
 * each person's weekly budget under the proposed pricing (exactly as the calculator prices their total),
 * the change, and winners and losers by client group.
 *
 * <p>Immutable and thread-safe.
 */
public final class Impact {
  private final RuleSet rules;
  private final List<PersonChange> people;

  private Impact(RuleSet rules, List<PersonChange> people) {
    this.rules = rules;
    this.people = List.copyOf(people);
  }

  /**
   * Prices every person of the sample under the proposed rules.
   *
   * @param sample not null
   * @param proposed a valid rule set whose questionnaire produced the sample's points; not null
   * @return never null
   */
  public static Impact of(CostSample sample, RuleSet proposed) {
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(proposed, "proposed");
    return new Impact(proposed, new Forecast(sample.people()).changes(proposed));
  }

  /** {@return the proposed rules; never null} */
  public RuleSet rules() {
    return rules;
  }

  /** {@return every person, in the sample's order; never null} */
  public List<PersonChange> people() {
    return people;
  }

  /** {@return the sum of current weekly costs; never null} */
  public Money currentWeeklyTotal() {
    return Money.total(people.stream().map(PersonChange::currentWeekly).toList());
  }

  /** {@return the sum of proposed weekly budgets; never null} */
  public Money proposedWeeklyTotal() {
    return Money.total(people.stream().map(PersonChange::proposedWeekly).toList());
  }

  /** {@return every client group present, in the enum's order; never null} */
  public Map<ClientGroup, GroupChange> byGroup() {
    Map<ClientGroup, List<PersonChange>> groups = new EnumMap<>(ClientGroup.class);
    for (PersonChange c : people) {
      groups.computeIfAbsent(c.person().group(), g -> new ArrayList<>()).add(c);
    }
    Map<ClientGroup, GroupChange> result = new EnumMap<>(ClientGroup.class);
    groups.forEach((g, list) -> {
      int winners = 0;
      int losers = 0;
      for (PersonChange c : list) {
        int sign = Long.signum(c.change().pence());
        winners += sign > 0 ? 1 : 0;
        losers += sign < 0 ? 1 : 0;
      }
      result.put(g, new GroupChange(g, list.size(), winners, losers, list.size() - winners - losers,
          Money.total(list.stream().map(PersonChange::currentWeekly).toList()),
          Money.total(list.stream().map(PersonChange::proposedWeekly).toList())));
    });
    return Collections.unmodifiableMap(result);
  }
}
