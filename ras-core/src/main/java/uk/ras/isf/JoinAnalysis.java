package uk.ras.isf;

import java.util.ArrayList;
import java.util.List;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * What happens if a person joins a setting: the setting with the joiner added to its people (last) and
 * to the users of the shared lines they will use, split afresh. Core costs are re-shared over one more
 * person and each of those shared lines over one more user. With personal funding given, the total rises
 * by the joiner's personal funding; in a setting with a budget the budget stays the same and its
 * personal-funding pool is re-shared by weight over everyone, the joiner included. Immutable and
 * thread-safe.
 */
public final class JoinAnalysis {
  private final Split before;
  private final Split after;

  JoinAnalysis(Split before, Split after) {
    this.before = before;
    this.after = after;
  }

  /** {@return the split before the person joins; never null} */
  public Split before() {
    return before;
  }

  /** {@return the split with the person; never null} */
  public Split after() {
    return after;
  }

  /** {@return the joiner; never null} */
  public PersonId joiner() {
    List<Share> shares = after.shares();
    return shares.get(shares.size() - 1).person();
  }

  /** {@return the setting's total before the person joins; never null} */
  public Money previousTotal() {
    return before.total();
  }

  /** {@return the setting's total with the person; never null} */
  public Money newTotal() {
    return after.total();
  }

  /** {@return {@code newTotal - previousTotal}; never null} */
  public Money budgetIncrease() {
    return newTotal().minus(previousTotal());
  }

  /**
   * {@return everyone after the join, in the setting's order (the joiner last, their change being their
   * ISF); never null}
   */
  public List<ShareChange> people() {
    List<ShareChange> out = new ArrayList<>();
    List<Share> old = before.shares();
    List<Share> now = after.shares();
    for (int i = 0; i < now.size(); i++) {
      out.add(new ShareChange(now.get(i), i < old.size() ? old.get(i).total() : Money.zero()));
    }
    return out;
  }

  /** {@return the explanation, one sentence a line; an immutable list, never null} */
  public List<String> explanation() {
    List<String> out = new ArrayList<>();
    out.add(
        "If "
            + joiner()
            + " joins "
            + before.setting().name()
            + ", the total goes from "
            + previousTotal()
            + " to "
            + newTotal()
            + " (change "
            + budgetIncrease()
            + ").");
    List<String> split = after.explanation();
    out.addAll(split.subList(1, split.size()));
    return List.copyOf(out);
  }
}
