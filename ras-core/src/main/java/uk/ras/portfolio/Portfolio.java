package uk.ras.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.RuleSetRegistry;
import uk.ras.assessment.BudgetHolding;
import uk.ras.funding.StreamAmount;
import uk.ras.funding.StreamAttribution;
import uk.ras.pricing.BudgetFlag;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.money.Apportionment;
import uk.ras.money.Money;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.PooledFund;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.StreamId;

/**
 * Adds up many budgets by funding stream, by how they are held, and by pooled fund: each stream's
 * assessed liability against its envelope and its contribution to a pool, so that one pot quietly paying
 * for another's need shows as a cross-subsidy before it happens.
 *
 * <p>An accumulator: {@link #add} budgets, then take an immutable {@link #report()} at any time. Amounts
 * are annual. A budget counts as <em>committed</em> spend unless it is an inactive virtual budget.
 *
 * <p><b>Rule versions.</b> A portfolio made from a {@link RuleSetRegistry} knows every version of the
 * rules. Each budget counts against the streams, envelopes and pools of the version it was allocated
 * under (found by {@link Budget#ruleSetLabel()}), never the latest version's: a budget allocated under
 * last year's rules is set against last year's envelopes. The report gives each version's figures, and
 * the whole portfolio's liabilities and committed spend as their sums.
 *
 * <p>Not thread-safe: use one per thread, or add from one thread.
 */
public final class Portfolio {
  /** Oldest first. */
  private final List<Version> versions;
  private final Map<String, Version> byLabel = new LinkedHashMap<>();
  /** Every stream id of every version: the latest version's first, then older versions' others. */
  private final Map<StreamId, Integer> streamOrder = new LinkedHashMap<>();
  private final Map<Optional<BudgetHolding>, long[]> byHolding = new LinkedHashMap<>();
  private final Map<Optional<BudgetHolding>, Integer> peopleByHolding = new LinkedHashMap<>();
  private int people;
  private long weekly;
  private long annual;
  /** Every domain of every version, the latest version's first: its name and its unfunded need. */
  private final Map<DomainId, Unfunded> unfundedByDomain = new LinkedHashMap<>();
  private int unfundedPeople;
  private BigDecimal unfundedPoints = BigDecimal.ZERO;

  private Portfolio(List<RuleSet> oldestFirst) {
    List<Version> made = new ArrayList<>();
    for (RuleSet rules : oldestFirst) {
      if (rules.streams().isEmpty()) {
        throw new IllegalArgumentException("rule set " + rules.label() + " declares no funding streams");
      }
      Version v = new Version(rules);
      if (byLabel.putIfAbsent(rules.label(), v) != null) {
        throw new IllegalArgumentException("two rule sets are labelled " + rules.label());
      }
      made.add(v);
    }
    versions = List.copyOf(made);
    for (int i = versions.size() - 1; i >= 0; i--) {
      for (FundingStream s : versions.get(i).rules.streams()) {
        streamOrder.putIfAbsent(s.id(), streamOrder.size());
      }
      for (Domain d : versions.get(i).rules.domains()) {
        unfundedByDomain.putIfAbsent(d.id(), new Unfunded(d.name()));
      }
    }
  }

  /**
   * Starts an empty portfolio for the streams and pools of one rule set.
   *
   * @param rules not null; declares at least one stream
   * @return a new, empty portfolio; never null
   * @throws IllegalArgumentException if the rule set declares no streams
   */
  public static Portfolio of(RuleSet rules) {
    Objects.requireNonNull(rules, "rules");
    return new Portfolio(List.of(rules));
  }

  /**
   * Starts an empty portfolio for every version of the rules in {@code registry}: each budget added
   * counts against the streams, envelopes and pools of the version it was allocated under.
   *
   * @param registry not null; every version declares at least one stream, no two share a label
   * @return a new, empty portfolio; never null
   * @throws IllegalArgumentException if a version declares no streams, or two versions share a label
   */
  public static Portfolio of(RuleSetRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    List<RuleSet> rules = new ArrayList<>();
    for (Calculator c : registry.all()) {
      rules.add(c.ruleSet());
    }
    return new Portfolio(rules);
  }

  /**
   * Adds one budget, against the rule version it was allocated under.
   *
   * @param budget not null, allocated under one of this portfolio's rule versions (by label)
   * @return this portfolio
   * @throws IllegalArgumentException if the budget was allocated under a rule set this portfolio does not
   *     know, or has a stream its rule set does not declare; the portfolio is then unchanged
   */
  public Portfolio add(Budget budget) {
    Objects.requireNonNull(budget, "budget");
    Version version = byLabel.get(budget.ruleSetLabel());
    if (version == null) {
      throw new IllegalArgumentException(
          "budget of " + budget.person() + " was allocated under " + budget.ruleSetLabel()
              + ", not under this portfolio's rules (" + String.join(", ", byLabel.keySet()) + ")");
    }
    version.check(budget);
    version.add(budget);
    Optional<BudgetHolding> holding = budget.holding();
    long[] row = byHolding.computeIfAbsent(holding, h -> new long[streamOrder.size()]);
    peopleByHolding.merge(holding, 1, Integer::sum);
    for (StreamAmount amount : budget.streams()) {
      int s = streamOrder.get(amount.stream());
      row[s] = Math.addExact(row[s], amount.annual().pence());
    }
    if (budget.has(BudgetFlag.UNFUNDED_NEED)) {
      unfundedPeople++;
      unfundedPoints = unfundedPoints.add(budget.unfundedPoints());
    }
    Unfunded.count(budget, StreamAttribution::domain, unfundedByDomain);
    people++;
    weekly = Math.addExact(weekly, budget.weekly().pence());
    annual = Math.addExact(annual, budget.annual().pence());
    return this;
  }

  /** {@return an immutable snapshot of what has been added so far; never null} */
  public PortfolioReport report() {
    List<PortfolioReport.VersionLine> lines = new ArrayList<>();
    for (Version v : versions) {
      if (v.people > 0) {
        lines.add(v.report());
      }
    }
    if (lines.isEmpty()) {
      lines.add(latest().report());
    }
    List<PortfolioReport.HoldingLine> holdings = new ArrayList<>();
    byHolding.forEach(
        (holding, row) -> {
          List<Money> amounts = new ArrayList<>();
          long total = 0;
          for (long pence : row) {
            amounts.add(Money.ofPence(pence));
            total = Math.addExact(total, pence);
          }
          holdings.add(
              new PortfolioReport.HoldingLine(holding, peopleByHolding.get(holding), amounts, Money.ofPence(total)));
        });
    return new PortfolioReport(
        latest().rules.label(),
        people,
        Money.ofPence(weekly),
        Money.ofPence(annual),
        Totals.streams(lines, List.copyOf(streamOrder.keySet())),
        holdings,
        lines.size() == 1 ? lines.get(0).pools() : List.of(),
        lines,
        unfundedPeople,
        unfundedPoints,
        domainLines());
  }

  private List<PortfolioReport.DomainLine> domainLines() {
    List<PortfolioReport.DomainLine> lines = new ArrayList<>();
    unfundedByDomain.forEach(
        (id, u) -> {
          if (u.people > 0) {
            lines.add(new PortfolioReport.DomainLine(id, u.name, u.people, u.points));
          }
        });
    return lines;
  }

  /** Need left unfunded under one heading (a domain, or the stream a rule names): people and points. */
  private static final class Unfunded {
    private final String name;
    private int people;
    private BigDecimal points = BigDecimal.ZERO;

    Unfunded(String name) {
      this.name = name;
    }

    /**
     * Adds a budget's unfunded shares to {@code tallies} by the heading {@code key} gives; a person
     * counts once under each heading, however many of their shares fall under it.
     */
    static <K> void count(Budget budget, Function<StreamAttribution, K> key, Map<K, Unfunded> tallies) {
      List<K> seen = new ArrayList<>();
      for (StreamAttribution share : budget.unfundedShares()) {
        K k = key.apply(share);
        Unfunded u = tallies.get(k);
        u.points = u.points.add(share.points());
        if (!seen.contains(k)) {
          seen.add(k);
          u.people++;
        }
      }
    }
  }

  private Version latest() {
    return versions.get(versions.size() - 1);
  }

  /** One rule version's streams and pools, and the budgets allocated under it. */
  private static final class Version {
    private final RuleSet rules;
    private final Map<StreamId, Integer> index = new LinkedHashMap<>();
    private final long[] liability;
    private final long[] committed;
    private final int[] funded;
    /** For each pool with a reserve: the liability of people funded by the reserved stream alone. */
    private final long[] reservedLiability;
    private int people;
    private long weekly;
    private long annual;
    /** Need left unfunded by the stream the rules name for it. */
    private final Map<StreamId, Unfunded> unfunded = new LinkedHashMap<>();

    Version(RuleSet rules) {
      this.rules = rules;
      for (FundingStream s : rules.streams()) {
        index.put(s.id(), index.size());
        unfunded.put(s.id(), new Unfunded(s.name()));
      }
      liability = new long[index.size()];
      committed = new long[index.size()];
      funded = new int[index.size()];
      reservedLiability = new long[rules.pools().size()];
    }

    /** Refuses a budget with a stream this version does not declare, before anything is added. */
    void check(Budget budget) {
      for (StreamAmount amount : budget.streams()) {
        if (!index.containsKey(amount.stream())) {
          throw new IllegalArgumentException(
              "budget of " + budget.person() + " has stream '" + amount.stream() + "', unknown to " + rules.label());
        }
      }
    }

    void add(Budget budget) {
      boolean isCommitted = budget.holding().orElse(null) != BudgetHolding.INACTIVE_VIRTUAL;
      int fundedBy = -1;
      int streamsPaying = 0;
      for (StreamAmount amount : budget.streams()) {
        int s = index.get(amount.stream());
        long pence = amount.annual().pence();
        liability[s] = Math.addExact(liability[s], pence);
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
      Unfunded.count(budget, StreamAttribution::stream, unfunded);
      people++;
      weekly = Math.addExact(weekly, budget.weekly().pence());
      annual = Math.addExact(annual, budget.annual().pence());
    }

    PortfolioReport.VersionLine report() {
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
                s.annualEnvelope().map(e -> e.minus(committedMoney)),
                unfunded.get(s.id()).people,
                unfunded.get(s.id()).points));
      }
      List<PortfolioReport.PoolLine> pools = new ArrayList<>();
      for (int p = 0; p < rules.pools().size(); p++) {
        PooledFund pool = rules.pools().get(p);
        long contributed = 0;
        long owed = 0;
        long spent = 0;
        long shortfall = 0;
        List<BigDecimal> surpluses = new ArrayList<>();
        for (StreamId id : pool.streams()) {
          int i = index.get(id);
          long difference =
              Math.subtractExact(rules.streams().get(i).annualEnvelope().orElseThrow().pence(), liability[i]);
          shortfall = Math.addExact(shortfall, Math.max(0, -difference));
          surpluses.add(BigDecimal.valueOf(Math.max(0, difference)));
        }
        // What the streams with a surplus carry of the others' shortfall: no more than the shortfall and
        // no more than the surpluses, shared among the streams with a surplus in proportion to it, so that
        // with three or more streams the amounts said to be carried add up to what is short.
        long surplus = surpluses.stream().mapToLong(BigDecimal::longValueExact).reduce(0, Math::addExact);
        long carriedInAll = Math.min(shortfall, surplus);
        List<Money> carried =
            carriedInAll == 0
                ? Collections.nCopies(surpluses.size(), Money.zero())
                : Apportionment.byWeights(Money.ofPence(carriedInAll), surpluses);
        List<PortfolioReport.PoolShare> shares = new ArrayList<>();
        for (int k = 0; k < pool.streams().size(); k++) {
          StreamId id = pool.streams().get(k);
          int i = index.get(id);
          Money contribution = rules.streams().get(i).annualEnvelope().orElseThrow();
          Money streamLiability = Money.ofPence(liability[i]);
          shares.add(
              new PortfolioReport.PoolShare(
                  id, contribution, streamLiability, contribution.minus(streamLiability), carried.get(k)));
          contributed = Math.addExact(contributed, contribution.pence());
          owed = Math.addExact(owed, liability[i]);
          spent = Math.addExact(spent, committed[i]);
        }
        Money total = Money.ofPence(contributed);
        Money reserve = total.multipliedBy(pool.reservePercent().movePointLeft(2), rules.rounding());
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
      return new PortfolioReport.VersionLine(
          rules.label(),
          rules.effectiveFrom(),
          people,
          Money.ofPence(weekly),
          Money.ofPence(annual),
          streams,
          pools);
    }
  }
}
