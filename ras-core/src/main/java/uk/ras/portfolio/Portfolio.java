package uk.ras.portfolio;

import uk.ras.funding.StreamAmount;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.PooledFund;
import uk.ras.ruleset.StreamId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.ras.allocation.Budget;
import uk.ras.assessment.BudgetHolding;
import uk.ras.money.Money;
import uk.ras.ruleset.RuleSet;

/**
 * Adds up many budgets by funding stream, by how they are held, and by pooled fund: each stream's assessed
 * liability against its envelope and its contribution to a pool, so that one pot quietly paying for
 * another's need shows as a cross-subsidy before it happens.
 *
 * <p>An accumulator: {@link #add} budgets, then take an immutable {@link #report()} at any time. Amounts
 * are annual. A budget counts as <em>committed</em> spend unless it is an inactive virtual budget.
 *
 * <p>Not thread-safe: use one per thread, or add from one thread.
 */
public final class Portfolio {
  private final RuleSet rules;
  private final Map<StreamId, Integer> index = new LinkedHashMap<>();
  private final long[] liability;
  private final long[] committed;
  private final int[] funded;
  /** For each pool with a reserve: the liability of people funded by the reserved stream alone. */
  private final long[] reservedLiability;
  private final Map<Optional<BudgetHolding>, long[]> byHolding = new LinkedHashMap<>();
  private final Map<Optional<BudgetHolding>, Integer> peopleByHolding = new LinkedHashMap<>();
  private int people;
  private long weekly;
  private long annual;

  private Portfolio(RuleSet rules) {
    this.rules = rules;
    for (FundingStream s : rules.streams()) {
      index.put(s.id(), index.size());
    }
    liability = new long[index.size()];
    committed = new long[index.size()];
    funded = new int[index.size()];
    reservedLiability = new long[rules.pools().size()];
  }

  /**
   * Starts an empty portfolio for the streams and pools of {@code rules}.
   *
   * @param rules not null; declares at least one stream
   * @return a new, empty portfolio; never null
   * @throws IllegalArgumentException if the rule set declares no streams
   */
  public static Portfolio of(RuleSet rules) {
    Objects.requireNonNull(rules, "rules");
    if (rules.streams().isEmpty()) {
      throw new IllegalArgumentException("rule set " + rules.label() + " declares no funding streams");
    }
    return new Portfolio(rules);
  }

  /**
   * Adds one budget.
   *
   * @param budget not null, allocated under a rule set with the same stream ids
   * @return this portfolio
   * @throws IllegalArgumentException if the budget has a stream this portfolio does not know
   */
  public Portfolio add(Budget budget) {
    Objects.requireNonNull(budget, "budget");
    Optional<BudgetHolding> holding = budget.holding();
    long[] row = byHolding.computeIfAbsent(holding, h -> new long[index.size()]);
    peopleByHolding.merge(holding, 1, Integer::sum);
    boolean isCommitted = holding.orElse(null) != BudgetHolding.INACTIVE_VIRTUAL;
    int fundedBy = -1;
    int streamsPaying = 0;
    for (StreamAmount amount : budget.streams()) {
      Integer s = index.get(amount.stream());
      if (s == null) {
        throw new IllegalArgumentException(
            "budget of " + budget.person() + " has stream '" + amount.stream() + "', unknown to " + rules.label());
      }
      long pence = amount.annual().pence();
      liability[s] = Math.addExact(liability[s], pence);
      row[s] = Math.addExact(row[s], pence);
      if (isCommitted) {
        committed[s] = Math.addExact(committed[s], pence);
      }
      if (pence > 0) {
        funded[s]++;
        fundedBy = s;
        streamsPaying++;
      }
    }
    for (int p = 0; p < rules.pools().size(); p++) {
      Optional<StreamId> reserved = rules.pools().get(p).reservedFor();
      if (streamsPaying == 1 && reserved.isPresent() && index.get(reserved.get()) == fundedBy) {
        reservedLiability[p] = Math.addExact(reservedLiability[p], budget.annual().pence());
      }
    }
    people++;
    weekly = Math.addExact(weekly, budget.weekly().pence());
    annual = Math.addExact(annual, budget.annual().pence());
    return this;
  }

  /** {@return an immutable snapshot of what has been added so far; never null} */
  public PortfolioReport report() {
    List<PortfolioReport.StreamLine> streams = new ArrayList<>();
    for (FundingStream s : rules.streams()) {
      int i = index.get(s.id());
      Money committedMoney = Money.ofPence(committed[i]);
      streams.add(
          new PortfolioReport.StreamLine(
              s.id(),
              s.name(),
              funded[i],
              s.annualEnvelope(),
              Money.ofPence(liability[i]),
              committedMoney,
              s.annualEnvelope().map(e -> e.minus(committedMoney))));
    }
    List<PortfolioReport.HoldingLine> holdings = new ArrayList<>();
    byHolding.forEach(
        (holding, row) -> {
          List<Money> amounts = new ArrayList<>();
          long total = 0;
          for (long pence : row) {
            amounts.add(Money.ofPence(pence));
            total += pence;
          }
          holdings.add(
              new PortfolioReport.HoldingLine(holding, peopleByHolding.get(holding), amounts, Money.ofPence(total)));
        });
    List<PortfolioReport.PoolLine> pools = new ArrayList<>();
    for (int p = 0; p < rules.pools().size(); p++) {
      PooledFund pool = rules.pools().get(p);
      List<PortfolioReport.PoolShare> shares = new ArrayList<>();
      long contributed = 0;
      long owed = 0;
      long spent = 0;
      for (StreamId id : pool.streams()) {
        int i = index.get(id);
        Money contribution = rules.streams().get(i).annualEnvelope().orElseThrow();
        Money streamLiability = Money.ofPence(liability[i]);
        shares.add(
            new PortfolioReport.PoolShare(
                id, contribution, streamLiability, contribution.minus(streamLiability)));
        contributed += contribution.pence();
        owed += liability[i];
        spent += committed[i];
      }
      Money total = Money.ofPence(contributed);
      Money reserve =
          total.multipliedBy(pool.reservePercent().movePointLeft(2), rules.rounding());
      pools.add(
          new PortfolioReport.PoolLine(
              pool.id(),
              pool.name(),
              shares,
              total,
              Money.ofPence(owed),
              Money.ofPence(spent),
              total.minus(Money.ofPence(owed)),
              pool.reservePercent(),
              pool.reservedFor(),
              reserve,
              Money.ofPence(reservedLiability[p])));
    }
    return new PortfolioReport(
        rules.label(), people, Money.ofPence(weekly), Money.ofPence(annual), streams, holdings, pools);
  }
}
