package uk.ras.portfolio;

import uk.ras.ruleset.StreamId;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import uk.ras.assessment.BudgetHolding;
import uk.ras.money.Money;

/**
 * A snapshot of a {@link Portfolio}: annual amounts by stream, by how budgets are held, and by pooled
 * fund. Its totals are the sums of the budgets added: {@code annual} is the sum of their annual amounts,
 * and so is the sum of the streams' liabilities. Immutable and thread-safe.
 *
 * @param ruleSetLabel the label of the rule set whose streams it reports
 * @param people how many budgets were added
 * @param weekly the sum of the budgets' weekly amounts
 * @param annual the sum of the budgets' annual amounts
 * @param streams one line per stream, in the rule set's order
 * @param holdings one line per way of holding a budget met, in the order first met
 * @param pools one line per pooled fund
 */
public record PortfolioReport(
    String ruleSetLabel,
    int people,
    Money weekly,
    Money annual,
    List<StreamLine> streams,
    List<HoldingLine> holdings,
    List<PoolLine> pools) {

  public PortfolioReport {
    streams = List.copyOf(streams);
    holdings = List.copyOf(holdings);
    pools = List.copyOf(pools);
  }

  /**
   * A stream's position.
   *
   * @param people how many budgets it pays something towards
   * @param envelope its annual envelope, if declared
   * @param liability what the assessments attribute to it, a year
   * @param committed its liability less inactive virtual budgets
   * @param headroom {@code envelope - committed}, negative when overcommitted; empty without an envelope
   */
  public record StreamLine(
      StreamId stream,
      String name,
      int people,
      Optional<Money> envelope,
      Money liability,
      Money committed,
      Optional<Money> headroom) {}

  /**
   * Budgets held one way, by stream.
   *
   * @param holding the way they are held; empty for budgets that did not record it
   * @param byStream annual amounts in the rule set's stream order
   */
  public record HoldingLine(Optional<BudgetHolding> holding, int people, List<Money> byStream, Money total) {
    public HoldingLine {
      byStream = List.copyOf(byStream);
    }
  }

  /**
   * One stream's place in a pool.
   *
   * @param contribution what the stream puts in: its annual envelope
   * @param liability what its assessed need costs
   * @param crossSubsidy {@code contribution - liability}: positive when the stream pays for other streams'
   *     need, negative when other streams pay for its own
   */
  public record PoolShare(StreamId stream, Money contribution, Money liability, Money crossSubsidy) {}

  /**
   * A pooled fund's position.
   *
   * @param total the sum of the contributions
   * @param liability the sum of the streams' liabilities
   * @param headroom {@code total - liability}
   * @param reservedFor the stream whose sole-funded people the reserve is kept for
   * @param reserve {@code total * reservePercent / 100}, rounded with the rule set's mode
   * @param reservedLiability the annual budgets of people funded by the reserved stream alone
   */
  public record PoolLine(
      String pool,
      String name,
      List<PoolShare> shares,
      Money total,
      Money liability,
      Money headroom,
      BigDecimal reservePercent,
      Optional<StreamId> reservedFor,
      Money reserve,
      Money reservedLiability) {
    public PoolLine {
      shares = List.copyOf(shares);
    }
  }
}
