package uk.ras.isf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * A setting's costs and personal funding split into each person's ISF, with a readable explanation.
 * The shares add up exactly to {@link #total()}. Immutable and thread-safe.
 */
public final class Split {
  private final Setting setting;
  private final List<Share> shares;
  private final Optional<Money> derivedPool;

  Split(Setting setting, List<Share> shares, Optional<Money> derivedPool) {
    this.setting = setting;
    this.shares = List.copyOf(shares);
    this.derivedPool = derivedPool;
  }

  /** {@return the setting split; never null} */
  public Setting setting() {
    return setting;
  }

  /** {@return one share per person, in the setting's order; never null} */
  public List<Share> shares() {
    return shares;
  }

  /**
   * The share of {@code person}.
   *
   * @param person not null
   * @return the share, never null
   * @throws UnknownPersonException if {@code person} is not in the setting
   */
  public Share shareOf(PersonId person) {
    Objects.requireNonNull(person, "person");
    for (Share s : shares) {
      if (s.person().equals(person)) {
        return s;
      }
    }
    throw new UnknownPersonException(setting.name(), person, setting.personIds());
  }

  /**
   * What happens to this split if {@code person} leaves, under {@code policy}: the same as {@link
   * Setting#leave}, without splitting the setting again. For the analysis of everyone in a setting,
   * split once and ask the split.
   *
   * @param person not null
   * @param policy not null
   * @return the analysis, never null
   * @throws UnknownPersonException if {@code person} is not one of the setting's people
   */
  public LeaveAnalysis leave(PersonId person, LeavePolicy policy) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(policy, "policy");
    shareOf(person);
    return LeaveAnalysis.of(this, person, policy);
  }

  /**
   * {@return the sum of the ISFs: all cost lines plus all personal funding (the budget, when one is stated);
   * never null}
   */
  public Money total() {
    return Money.total(shares.stream().map(Share::total).collect(Collectors.toList()));
  }

  /** {@return the personal-funding pool derived from the budget; empty when personal funding is given} */
  public Optional<Money> derivedPool() {
    return derivedPool;
  }

  /**
   * {@return the explanation, one sentence a line, ending with each person's sum; an immutable list,
   * never null}
   */
  public List<String> explanation() {
    List<String> out = new ArrayList<>();
    List<Person> people = setting.people();
    out.add(
        setting.name()
            + ", amounts per "
            + setting.period().label()
            + "; "
            + people.size()
            + (people.size() == 1 ? " person: " : " people: ")
            + people.stream().map(p -> p.id().value()).collect(Collectors.joining(", "))
            + ".");
    List<CostLine> core =
        setting.costs().stream().filter(c -> c.kind() == CostKind.CORE).collect(Collectors.toList());
    if (!core.isEmpty()) {
      Money coreTotal = Money.total(core.stream().map(CostLine::amount).collect(Collectors.toList()));
      out.add(
          "Core costs "
              + coreTotal
              + " ("
              + core.stream().map(c -> c.name() + " " + c.amount()).collect(Collectors.joining(", "))
              + ") are shared equally by all "
              + people.size()
              + ": "
              + range(shares.stream().map(Share::core).collect(Collectors.toList()))
              + " each.");
    }
    // Each shared line's shares and users by name, in one pass: looking each line up in every share
    // made the explanation cost lines x people x lines.
    Map<String, List<Money>> sharesByName = new HashMap<>();
    Map<String, List<String>> usersByName = new HashMap<>();
    for (Share s : shares) {
      for (LineAmount l : s.lines()) {
        if (l.kind() == CostKind.SHARED) {
          sharesByName.computeIfAbsent(l.name(), k -> new ArrayList<>()).add(l.amount());
          usersByName.computeIfAbsent(l.name(), k -> new ArrayList<>()).add(s.person().value());
        }
      }
    }
    for (CostLine line : setting.costs()) {
      if (line.kind() != CostKind.SHARED) {
        continue;
      }
      List<Money> lineShares = sharesByName.getOrDefault(line.name(), List.of());
      List<String> users = usersByName.getOrDefault(line.name(), List.of());
      out.add(
          line.name()
              + " "
              + line.amount()
              + " is shared equally by its "
              + users.size()
              + (users.size() == 1 ? " user (" : " users (")
              + String.join(", ", users)
              + "): "
              + range(lineShares)
              + " each.");
    }
    if (derivedPool.isPresent()) {
      long totalWeight = people.stream().mapToLong(p -> p.weight().orElse(0)).sum();
      out.add(
          "Personal funding: the budget "
              + setting.budget().orElseThrow()
              + " less the core and shared costs leaves "
              + derivedPool.get()
              + ", shared in proportion to weight (total weight "
              + totalWeight
              + ").");
    } else {
      out.add("Personal funding is as given for each person.");
    }
    out.add("Odd pennies go to the largest remainders, ties to the person listed earlier.");
    for (Share s : shares) {
      out.addAll(s.explanation());
    }
    out.add("Total " + total() + ".");
    return List.copyOf(out);
  }

  /** "£257.50" when all are equal, else "£257.50 to £257.51". */
  static String range(List<Money> amounts) {
    Money min = amounts.stream().min(Money::compareTo).orElse(Money.zero());
    Money max = amounts.stream().max(Money::compareTo).orElse(Money.zero());
    return min.equals(max) ? min.toString() : min + " to " + max;
  }
}
