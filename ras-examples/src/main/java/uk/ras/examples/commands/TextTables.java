package uk.ras.examples.commands;

import java.util.List;
import uk.ras.isf.JoinAnalysis;
import uk.ras.isf.LeaveAnalysis;
import uk.ras.isf.LeavePolicy;
import uk.ras.isf.LineAmount;
import uk.ras.isf.Setting;
import uk.ras.isf.SettingPortfolio;
import uk.ras.isf.Share;
import uk.ras.isf.ShareChange;
import uk.ras.isf.Split;
import uk.ras.money.Money;

/** The {@code --format text} tables of {@code ras isf}: the same figures as the JSON, for people to read. */
final class TextTables {
  private static final String SPLIT_ROW = "%-10s %12s %12s %12s %12s  %-15s %s%n";
  private static final String CHANGE_ROW = "%-10s %12s %12s %12s %12s %12s%n";

  private TextTables() {}

  static String split(Split split) {
    StringBuilder b = new StringBuilder();
    Setting s = split.setting();
    b.append(s.name()).append(": ISFs per ").append(s.period().label()).append('\n');
    b.append(String.format(SPLIT_ROW, "Person", "Core", "Shared", "Personal", "ISF", "Spent with", "Person controls"));
    for (Share share : split.shares()) {
      b.append(
          String.format(
              SPLIT_ROW,
              share.person(),
              share.core(),
              share.shared(),
              share.personal(),
              share.total(),
              IsfCommand.label(share.spentWith()),
              share.controlled() + " (" + IsfCommand.percent(share.controlled(), share.total()) + ")"));
    }
    b.append(
        String.format(
            SPLIT_ROW,
            "Total",
            total(split.shares(), Share::core),
            total(split.shares(), Share::shared),
            total(split.shares(), Share::personal),
            split.total(),
            "",
            ""));
    explanation(b, split.explanation());
    return b.toString().replaceAll(" +\n", "\n");
  }

  static String leave(LeaveAnalysis leave) {
    StringBuilder b = new StringBuilder();
    Setting s = leave.setting();
    b.append("If ").append(leave.leaver()).append(" leaves ").append(s.name())
        .append(" (policy ").append(leave.policy().label()).append("), per ").append(s.period().label()).append('\n');
    b.append("Budget reduction: ").append(leave.budgetReduction()).append('\n');
    b.append("Previous total:   ").append(leave.previousTotal()).append('\n');
    b.append("New total:        ").append(leave.newTotal()).append('\n');
    changes(b, leave.people());
    boolean resplit = leave.policy() == LeavePolicy.RESPLIT;
    List<LineAmount> lines = resplit ? leave.unallocated() : leave.vacancy();
    b.append(resplit ? "Unallocated:" : "Vacancy:").append(lines.isEmpty() ? " none\n" : "\n");
    for (LineAmount l : lines) {
      b.append(String.format("  %-40s %12s%n", l.name(), l.amount()));
    }
    explanation(b, leave.explanation());
    return b.toString();
  }

  static String join(JoinAnalysis join) {
    StringBuilder b = new StringBuilder();
    Setting s = join.before().setting();
    b.append("If ").append(join.joiner()).append(" joins ").append(s.name())
        .append(", per ").append(s.period().label()).append('\n');
    b.append("Previous total:   ").append(join.previousTotal()).append('\n');
    b.append("New total:        ").append(join.newTotal()).append('\n');
    changes(b, join.people());
    explanation(b, join.explanation());
    return b.toString();
  }

  static String portfolio(SettingPortfolio portfolio, LeavePolicy policy, List<LeaveAnalysis> leaves) {
    StringBuilder b = new StringBuilder();
    String row = "%-20s %-8s %14s %14s %14s %14s%n";
    b.append("Leave analysis of every person, policy ").append(policy.label()).append('\n');
    b.append(
        String.format(
            row,
            "Setting",
            "Leaver",
            "Reduction",
            "New total",
            policy == LeavePolicy.RESPLIT ? "Unallocated" : "Vacancy",
            "Largest rise"));
    for (LeaveAnalysis l : leaves) {
      Money rise = Money.zero();
      for (ShareChange c : l.people()) {
        rise = Money.max(rise, c.change());
      }
      b.append(
          String.format(
              row,
              l.setting().name(),
              l.leaver(),
              l.budgetReduction(),
              l.newTotal(),
              policy == LeavePolicy.RESPLIT ? l.unallocatedTotal() : l.vacancyTotal(),
              rise));
    }
    b.append(portfolio.settings().size()).append(" settings, ").append(leaves.size()).append(" leave analyses\n");
    return b.toString();
  }

  private static void changes(StringBuilder b, List<ShareChange> people) {
    b.append(String.format(CHANGE_ROW, "Person", "Core", "Shared", "Personal", "ISF", "Change"));
    for (ShareChange c : people) {
      Share s = c.share();
      b.append(String.format(CHANGE_ROW, s.person(), s.core(), s.shared(), s.personal(), s.total(), c.change()));
    }
  }

  private static Money total(List<Share> shares, java.util.function.Function<Share, Money> part) {
    Money t = Money.zero();
    for (Share s : shares) {
      t = t.plus(part.apply(s));
    }
    return t;
  }

  private static void explanation(StringBuilder b, List<String> sentences) {
    b.append("\nExplanation:\n");
    for (String s : sentences) {
      b.append("  ").append(s).append('\n');
    }
  }
}
