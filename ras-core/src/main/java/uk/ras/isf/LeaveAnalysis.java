package uk.ras.isf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * What happens if a person leaves a setting, under a {@link LeavePolicy}.
 *
 * <p>The budget falls at once by the leaver's personal funding: {@code newTotal = previousTotal -
 * budgetReduction}, {@code budgetReduction} being the leaver's personal funding. The leaver's share of
 * the core and shared costs does not disappear: under {@link LeavePolicy#RESPLIT} it is re-apportioned
 * over the people remaining (lines nobody is left to carry are {@link #unallocated()}); under {@link
 * LeavePolicy#HOLD_VACANCY} the remaining shares stay exactly as they were and the leaver's former shares
 * are the {@link #vacancy()}. Either way {@code newTotal} = the remaining people's totals + unallocated
 * + vacancy. Immutable and thread-safe.
 */
public final class LeaveAnalysis {
  private final Split before;
  private final PersonId leaver;
  private final LeavePolicy policy;
  private final List<ShareChange> people;
  private final List<LineAmount> unallocated;
  private final List<LineAmount> vacancy;

  LeaveAnalysis(
      Split before,
      PersonId leaver,
      LeavePolicy policy,
      List<ShareChange> people,
      List<LineAmount> unallocated,
      List<LineAmount> vacancy) {
    this.before = before;
    this.leaver = leaver;
    this.policy = policy;
    this.people = List.copyOf(people);
    this.unallocated = List.copyOf(unallocated);
    this.vacancy = List.copyOf(vacancy);
  }

  /** {@return the split before anyone leaves; never null} */
  public Split before() {
    return before;
  }

  /** {@return the setting; never null} */
  public Setting setting() {
    return before.setting();
  }

  /** {@return the person who leaves; never null} */
  public PersonId leaver() {
    return leaver;
  }

  /** {@return what happens to the leaver's share of the costs; never null} */
  public LeavePolicy policy() {
    return policy;
  }

  /** {@return the leaver's personal funding, by which the budget falls at once; never null} */
  public Money budgetReduction() {
    return before.shareOf(leaver).personal();
  }

  /** {@return the setting's total before; never null} */
  public Money previousTotal() {
    return before.total();
  }

  /** {@return {@code previousTotal - budgetReduction}; never null} */
  public Money newTotal() {
    return previousTotal().minus(budgetReduction());
  }

  /** {@return the remaining people, in the setting's order, with their new ISFs and changes; never null} */
  public List<ShareChange> people() {
    return people;
  }

  /**
   * {@return under resplit, the cost lines nobody is left to carry, in the file's order; otherwise empty}
   */
  public List<LineAmount> unallocated() {
    return unallocated;
  }

  /**
   * {@return under hold-vacancy, the leaver's former share of each cost line, in the file's order;
   * otherwise empty}
   */
  public List<LineAmount> vacancy() {
    return vacancy;
  }

  /** {@return the sum of {@link #unallocated()}; never null} */
  public Money unallocatedTotal() {
    return Money.total(unallocated.stream().map(LineAmount::amount).collect(Collectors.toList()));
  }

  /** {@return the sum of {@link #vacancy()}; never null} */
  public Money vacancyTotal() {
    return Money.total(vacancy.stream().map(LineAmount::amount).collect(Collectors.toList()));
  }

  /** {@return the explanation, one sentence a line; an immutable list, never null} */
  public List<String> explanation() {
    List<String> out = new ArrayList<>();
    Share gone = before.shareOf(leaver);
    out.add(
        "If "
            + leaver
            + " leaves "
            + setting().name()
            + " (policy "
            + policy.label()
            + "), the budget falls at once by "
            + leaver
            + "'s personal funding "
            + budgetReduction()
            + ", from "
            + previousTotal()
            + " to "
            + newTotal()
            + ".");
    Money costs = gone.core().plus(gone.shared());
    if (policy == LeavePolicy.RESPLIT) {
      out.add(
          leaver
              + "'s share of the costs, "
              + costs
              + ", is re-shared: core costs over the "
              + people.size()
              + " remaining, each shared line over its remaining users; everyone keeps their personal funding.");
      for (LineAmount line : unallocated) {
        out.add(line.name() + " " + line.amount() + " has nobody left to carry it: unallocated.");
      }
    } else {
      out.add(
          "The remaining people's shares stay as they were; "
              + leaver
              + "'s former share of the costs, "
              + costs
              + ", is the vacancy the commissioner funds"
              + (vacancy.isEmpty()
                  ? "."
                  : " ("
                      + vacancy.stream().map(l -> l.name() + " " + l.amount()).collect(Collectors.joining(", "))
                      + ")."));
    }
    for (ShareChange c : people) {
      out.add(
          c.share().person()
              + ": "
              + c.previousTotal()
              + " to "
              + c.share().total()
              + " (change "
              + c.change()
              + ").");
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "leave " + leaver + " " + policy.label() + " " + previousTotal() + " -> " + newTotal();
  }

  static LeaveAnalysis of(Split before, PersonId leaver, LeavePolicy policy) {
    Objects.requireNonNull(leaver, "leaver");
    Objects.requireNonNull(policy, "policy");
    Setting setting = before.setting();
    Share gone = before.shareOf(leaver);
    List<Share> remainingBefore =
        before.shares().stream().filter(s -> !s.person().equals(leaver)).collect(Collectors.toList());
    List<ShareChange> people = new ArrayList<>();
    if (policy == LeavePolicy.HOLD_VACANCY) {
      for (Share s : remainingBefore) {
        people.add(new ShareChange(s, s.total()));
      }
      return new LeaveAnalysis(before, leaver, policy, people, List.of(), gone.lines());
    }
    List<Person> present =
        setting.people().stream().filter(p -> !p.id().equals(leaver)).collect(Collectors.toList());
    java.util.Map<PersonId, Money> personal = new java.util.HashMap<>();
    for (Share s : remainingBefore) {
      personal.put(s.person(), s.personal());
    }
    Splitter.Allocation after = Splitter.allocate(present, setting.costs(), personal);
    for (int i = 0; i < after.shares().size(); i++) {
      people.add(new ShareChange(after.shares().get(i), remainingBefore.get(i).total()));
    }
    return new LeaveAnalysis(before, leaver, policy, people, after.unallocated(), List.of());
  }
}
