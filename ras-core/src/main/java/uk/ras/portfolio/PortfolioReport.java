package uk.ras.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.ras.assessment.BudgetHolding;
import uk.ras.money.Money;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.StreamId;

/**
 * A snapshot of a {@link Portfolio}: annual amounts by stream, by how budgets are held, and by pooled
 * fund. Its totals are the sums of the budgets added: {@code annual} is the sum of their annual amounts,
 * and so is the sum of the streams' liabilities.
 *
 * <p>Each budget counts against the envelopes of the rule version it was allocated under: {@link
 * #versions()} gives each version's streams and pools with its own envelopes, committed spend and
 * headroom. With one version, the report's own stream and pool lines are that version's. With several,
 * its stream lines are the sums of the versions' people, liabilities and committed spend, without an
 * envelope or a headroom, and it has no pool lines: a version's envelope is its year's money set against
 * the budgets allocated under it alone, and adding two years' envelopes would count the money twice.
 *
 * <p>Immutable and thread-safe. Made only by {@link Portfolio#report()}.
 */
public final class PortfolioReport {
  private final String ruleSetLabel;
  private final int people;
  private final Money weekly;
  private final Money annual;
  private final List<StreamLine> streams;
  private final List<HoldingLine> holdings;
  private final List<PoolLine> pools;
  private final List<VersionLine> versions;
  private final int unfundedPeople;
  private final BigDecimal unfundedPoints;
  private final List<DomainLine> unfundedByDomain;

  PortfolioReport(
      String ruleSetLabel,
      int people,
      Money weekly,
      Money annual,
      List<StreamLine> streams,
      List<HoldingLine> holdings,
      List<PoolLine> pools,
      List<VersionLine> versions,
      int unfundedPeople,
      BigDecimal unfundedPoints,
      List<DomainLine> unfundedByDomain) {
    this.ruleSetLabel = Objects.requireNonNull(ruleSetLabel, "ruleSetLabel");
    this.people = people;
    this.weekly = Objects.requireNonNull(weekly, "weekly");
    this.annual = Objects.requireNonNull(annual, "annual");
    this.streams = List.copyOf(streams);
    this.holdings = List.copyOf(holdings);
    this.pools = List.copyOf(pools);
    this.versions = List.copyOf(versions);
    this.unfundedPeople = unfundedPeople;
    this.unfundedPoints = Objects.requireNonNull(unfundedPoints, "unfundedPoints");
    this.unfundedByDomain = List.copyOf(unfundedByDomain);
  }

  /** {@return the label of the newest rule version, whose stream names and order it follows; never null} */
  public String ruleSetLabel() {
    return ruleSetLabel;
  }

  /** {@return how many budgets were added} */
  public int people() {
    return people;
  }

  /** {@return the sum of the budgets' weekly amounts; never null} */
  public Money weekly() {
    return weekly;
  }

  /** {@return the sum of the budgets' annual amounts; never null} */
  public Money annual() {
    return annual;
  }

  /**
   * {@return one line per stream, the sum of the versions' lines for it (without envelope and headroom
   * when there are several versions): the newest version's streams in its order, then older versions'
   * other streams; an immutable list}
   */
  public List<StreamLine> streams() {
    return streams;
  }

  /**
   * {@return one line per way of holding a budget met, in the order first met; its amounts in the order
   * of {@link #streams()}; an immutable list}
   */
  public List<HoldingLine> holdings() {
    return holdings;
  }

  /**
   * {@return one line per pooled fund of the one version the budgets were allocated under, in its order;
   * empty when they come from several versions (each version's pools are in {@link #versions()}); an
   * immutable list}
   */
  public List<PoolLine> pools() {
    return pools;
  }

  /**
   * {@return one line per rule version at least one budget was allocated under, oldest first; the newest
   * version alone when no budget was added; an immutable list, never empty}
   */
  public List<VersionLine> versions() {
    return versions;
  }

  /**
   * {@return how many budgets are flagged {@code UNFUNDED_NEED}: people with assessed need that no stream
   * they are eligible for pays}
   */
  public int unfundedPeople() {
    return unfundedPeople;
  }

  /** {@return the sum of the budgets' unfunded points, which are never priced; never null} */
  public BigDecimal unfundedPoints() {
    return unfundedPoints;
  }

  /**
   * {@return one line per domain with need left unfunded, in the newest version's questionnaire order
   * (then older versions' other domains); their points add up to {@link #unfundedPoints()}; an
   * immutable list, empty when all need is funded}
   */
  public List<DomainLine> unfundedByDomain() {
    return unfundedByDomain;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PortfolioReport)) {
      return false;
    }
    PortfolioReport other = (PortfolioReport) o;
    return ruleSetLabel.equals(other.ruleSetLabel)
        && people == other.people
        && weekly.equals(other.weekly)
        && annual.equals(other.annual)
        && streams.equals(other.streams)
        && holdings.equals(other.holdings)
        && pools.equals(other.pools)
        && versions.equals(other.versions)
        && unfundedPeople == other.unfundedPeople
        && unfundedPoints.equals(other.unfundedPoints)
        && unfundedByDomain.equals(other.unfundedByDomain);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        ruleSetLabel, people, weekly, annual, streams, holdings, pools, versions, unfundedPeople,
        unfundedPoints, unfundedByDomain);
  }

  @Override
  public String toString() {
    return "PortfolioReport["
        + "ruleSetLabel=" + ruleSetLabel
        + ", people=" + people
        + ", weekly=" + weekly
        + ", annual=" + annual
        + ", streams=" + streams
        + ", holdings=" + holdings
        + ", pools=" + pools
        + ", versions=" + versions
        + ", unfundedPeople=" + unfundedPeople
        + ", unfundedPoints=" + unfundedPoints
        + ", unfundedByDomain=" + unfundedByDomain
        + "]";
  }

  /**
   * One rule version's part of the portfolio: the budgets allocated under it, set against its own
   * streams' envelopes and its own pools. Immutable and thread-safe; made only by the engine.
   */
  public static final class VersionLine {
    private final String ruleSetLabel;
    private final LocalDate effectiveFrom;
    private final int people;
    private final Money weekly;
    private final Money annual;
    private final List<StreamLine> streams;
    private final List<PoolLine> pools;

    VersionLine(
        String ruleSetLabel,
        LocalDate effectiveFrom,
        int people,
        Money weekly,
        Money annual,
        List<StreamLine> streams,
        List<PoolLine> pools) {
      this.ruleSetLabel = Objects.requireNonNull(ruleSetLabel, "ruleSetLabel");
      this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
      this.people = people;
      this.weekly = Objects.requireNonNull(weekly, "weekly");
      this.annual = Objects.requireNonNull(annual, "annual");
      this.streams = List.copyOf(streams);
      this.pools = List.copyOf(pools);
    }

    /** {@return the version's label, such as "northshire-mh 2025.1"; never null} */
    public String ruleSetLabel() {
      return ruleSetLabel;
    }

    /** {@return the date the version takes effect; never null} */
    public LocalDate effectiveFrom() {
      return effectiveFrom;
    }

    /** {@return how many budgets were allocated under it} */
    public int people() {
      return people;
    }

    /** {@return the sum of their weekly amounts; never null} */
    public Money weekly() {
      return weekly;
    }

    /** {@return the sum of their annual amounts; never null} */
    public Money annual() {
      return annual;
    }

    /** {@return one line per stream the version declares, in its order, with its envelopes; an immutable list} */
    public List<StreamLine> streams() {
      return streams;
    }

    /** {@return one line per pooled fund the version declares, in its order; an immutable list} */
    public List<PoolLine> pools() {
      return pools;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof VersionLine)) {
        return false;
      }
      VersionLine other = (VersionLine) o;
      return ruleSetLabel.equals(other.ruleSetLabel)
          && effectiveFrom.equals(other.effectiveFrom)
          && people == other.people
          && weekly.equals(other.weekly)
          && annual.equals(other.annual)
          && streams.equals(other.streams)
          && pools.equals(other.pools);
    }

    @Override
    public int hashCode() {
      return Objects.hash(ruleSetLabel, effectiveFrom, people, weekly, annual, streams, pools);
    }

    @Override
    public String toString() {
      return "VersionLine["
          + "ruleSetLabel=" + ruleSetLabel
          + ", effectiveFrom=" + effectiveFrom
          + ", people=" + people
          + ", weekly=" + weekly
          + ", annual=" + annual
          + ", streams=" + streams
          + ", pools=" + pools
          + "]";
    }
  }

  /** A stream's position. Immutable and thread-safe; made only by the engine. */
  public static final class StreamLine {
    private final StreamId stream;
    private final String name;
    private final int people;
    private final Optional<Money> envelope;
    private final Money liability;
    private final Money committed;
    private final Optional<Money> headroom;
    private final int unfundedPeople;
    private final BigDecimal unfundedPoints;

    StreamLine(
        StreamId stream,
        String name,
        int people,
        Optional<Money> envelope,
        Money liability,
        Money committed,
        Optional<Money> headroom,
        int unfundedPeople,
        BigDecimal unfundedPoints) {
      this.stream = Objects.requireNonNull(stream, "stream");
      this.name = Objects.requireNonNull(name, "name");
      this.people = people;
      this.envelope = Objects.requireNonNull(envelope, "envelope");
      this.liability = Objects.requireNonNull(liability, "liability");
      this.committed = Objects.requireNonNull(committed, "committed");
      this.headroom = Objects.requireNonNull(headroom, "headroom");
      this.unfundedPeople = unfundedPeople;
      this.unfundedPoints = Objects.requireNonNull(unfundedPoints, "unfundedPoints");
    }

    /** {@return the stream; never null} */
    public StreamId stream() {
      return stream;
    }

    /** {@return the stream's name; never null} */
    public String name() {
      return name;
    }

    /** {@return how many budgets it pays something towards} */
    public int people() {
      return people;
    }

    /**
     * {@return its annual envelope; empty when none is declared, and in a report's own lines when the
     * budgets come from several rule versions}
     */
    public Optional<Money> envelope() {
      return envelope;
    }

    /** {@return what the assessments attribute to it, a year; never null} */
    public Money liability() {
      return liability;
    }

    /** {@return its liability less inactive virtual budgets; never null} */
    public Money committed() {
      return committed;
    }

    /**
     * {@return {@code envelope - committed}, negative when overcommitted; empty without an envelope}
     */
    public Optional<Money> headroom() {
      return headroom;
    }

    /**
     * {@return how many people have need the rules name this stream for that is left unfunded: they are
     * not eligible for it, nor for any {@code otherwise} stream}
     */
    public int unfundedPeople() {
      return unfundedPeople;
    }

    /** {@return the points of that unfunded need, which no stream pays and which are not priced; never null} */
    public BigDecimal unfundedPoints() {
      return unfundedPoints;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof StreamLine)) {
        return false;
      }
      StreamLine other = (StreamLine) o;
      return stream.equals(other.stream)
          && name.equals(other.name)
          && people == other.people
          && envelope.equals(other.envelope)
          && liability.equals(other.liability)
          && committed.equals(other.committed)
          && headroom.equals(other.headroom)
          && unfundedPeople == other.unfundedPeople
          && unfundedPoints.equals(other.unfundedPoints);
    }

    @Override
    public int hashCode() {
      return Objects.hash(
          stream, name, people, envelope, liability, committed, headroom, unfundedPeople, unfundedPoints);
    }

    @Override
    public String toString() {
      return "StreamLine["
          + "stream=" + stream
          + ", name=" + name
          + ", people=" + people
          + ", envelope=" + envelope
          + ", liability=" + liability
          + ", committed=" + committed
          + ", headroom=" + headroom
          + ", unfundedPeople=" + unfundedPeople
          + ", unfundedPoints=" + unfundedPoints
          + "]";
    }
  }

  /**
   * A domain's need left unfunded: assessed need that no stream the person is eligible for pays.
   * Immutable and thread-safe; made only by the engine.
   */
  public static final class DomainLine {
    private final DomainId domain;
    private final String name;
    private final int people;
    private final BigDecimal points;

    DomainLine(DomainId domain, String name, int people, BigDecimal points) {
      this.domain = Objects.requireNonNull(domain, "domain");
      this.name = Objects.requireNonNull(name, "name");
      this.people = people;
      this.points = Objects.requireNonNull(points, "points");
    }

    /** {@return the domain; never null} */
    public DomainId domain() {
      return domain;
    }

    /** {@return the domain's name, as the newest rule version gives it; never null} */
    public String name() {
      return name;
    }

    /** {@return how many people have need in it left unfunded} */
    public int people() {
      return people;
    }

    /** {@return the points left unfunded, which no stream pays and which are not priced; never null} */
    public BigDecimal points() {
      return points;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof DomainLine)) {
        return false;
      }
      DomainLine other = (DomainLine) o;
      return domain.equals(other.domain)
          && name.equals(other.name)
          && people == other.people
          && points.equals(other.points);
    }

    @Override
    public int hashCode() {
      return Objects.hash(domain, name, people, points);
    }

    @Override
    public String toString() {
      return "DomainLine[domain=" + domain + ", name=" + name + ", people=" + people + ", points=" + points + "]";
    }
  }

  /** Budgets held one way, by stream. Immutable and thread-safe; made only by the engine. */
  public static final class HoldingLine {
    private final Optional<BudgetHolding> holding;
    private final int people;
    private final List<Money> byStream;
    private final Money total;

    HoldingLine(Optional<BudgetHolding> holding, int people, List<Money> byStream, Money total) {
      this.holding = Objects.requireNonNull(holding, "holding");
      this.people = people;
      this.byStream = List.copyOf(byStream);
      this.total = Objects.requireNonNull(total, "total");
    }

    /** {@return the way they are held; empty for budgets that did not record it} */
    public Optional<BudgetHolding> holding() {
      return holding;
    }

    /** {@return how many budgets are held this way} */
    public int people() {
      return people;
    }

    /** {@return their annual amounts in the rule set's stream order; an immutable list} */
    public List<Money> byStream() {
      return byStream;
    }

    /** {@return the sum of their annual amounts; never null} */
    public Money total() {
      return total;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof HoldingLine)) {
        return false;
      }
      HoldingLine other = (HoldingLine) o;
      return holding.equals(other.holding)
          && people == other.people
          && byStream.equals(other.byStream)
          && total.equals(other.total);
    }

    @Override
    public int hashCode() {
      return Objects.hash(holding, people, byStream, total);
    }

    @Override
    public String toString() {
      return "HoldingLine["
          + "holding=" + holding
          + ", people=" + people
          + ", byStream=" + byStream
          + ", total=" + total
          + "]";
    }
  }

  /** One stream's place in a pool. Immutable and thread-safe; made only by the engine. */
  public static final class PoolShare {
    private final StreamId stream;
    private final Money contribution;
    private final Money liability;
    private final Money crossSubsidy;
    private final Money carried;

    PoolShare(StreamId stream, Money contribution, Money liability, Money crossSubsidy, Money carried) {
      this.stream = Objects.requireNonNull(stream, "stream");
      this.contribution = Objects.requireNonNull(contribution, "contribution");
      this.liability = Objects.requireNonNull(liability, "liability");
      this.crossSubsidy = Objects.requireNonNull(crossSubsidy, "crossSubsidy");
      this.carried = Objects.requireNonNull(carried, "carried");
    }

    /** {@return the stream; never null} */
    public StreamId stream() {
      return stream;
    }

    /** {@return what the stream puts in: its annual envelope; never null} */
    public Money contribution() {
      return contribution;
    }

    /** {@return what its assessed need costs; never null} */
    public Money liability() {
      return liability;
    }

    /**
     * {@return {@code contribution - liability}: positive when the stream pays for other streams' need,
     * negative when other streams pay for its own; never null}
     */
    public Money crossSubsidy() {
      return crossSubsidy;
    }

    /**
     * The part of this stream's surplus that pays for the need of the pool's streams that put in less than
     * their own people's need. A stream carries another's need only when another is short:
     *
     * <pre>
     * shortfall = sum over the pool's streams of max(0, liability - contribution)
     * surplus   = sum over the pool's streams of max(0, contribution - liability)
     * carried   = min(shortfall, surplus), split among the streams with a surplus in proportion to it
     *             (largest remainder, {@link uk.ras.money.Apportionment#byWeights})
     * </pre>
     *
     * <p>So the amounts carried add up exactly to what the pool's short streams lack, or to all the
     * surpluses when they are smaller; the rest of a surplus is unspent.
     *
     * @return zero for a stream without a surplus, and never more than {@link #crossSubsidy()}; never null
     */
    public Money carried() {
      return carried;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof PoolShare)) {
        return false;
      }
      PoolShare other = (PoolShare) o;
      return stream.equals(other.stream)
          && contribution.equals(other.contribution)
          && liability.equals(other.liability)
          && crossSubsidy.equals(other.crossSubsidy)
          && carried.equals(other.carried);
    }

    @Override
    public int hashCode() {
      return Objects.hash(stream, contribution, liability, crossSubsidy, carried);
    }

    @Override
    public String toString() {
      return "PoolShare["
          + "stream=" + stream
          + ", contribution=" + contribution
          + ", liability=" + liability
          + ", crossSubsidy=" + crossSubsidy
          + ", carried=" + carried
          + "]";
    }
  }

  /** A pooled fund's position. Immutable and thread-safe; made only by the engine. */
  public static final class PoolLine {
    private final String pool;
    private final String name;
    private final List<PoolShare> shares;
    private final Money total;
    private final Money liability;
    private final Money committed;
    private final Money headroom;
    private final BigDecimal reservePercent;
    private final Optional<StreamId> reservedFor;
    private final Money reserve;
    private final Money reservedLiability;

    PoolLine(
        String pool,
        String name,
        List<PoolShare> shares,
        Money total,
        Money liability,
        Money committed,
        Money headroom,
        BigDecimal reservePercent,
        Optional<StreamId> reservedFor,
        Money reserve,
        Money reservedLiability) {
      this.pool = Objects.requireNonNull(pool, "pool");
      this.name = Objects.requireNonNull(name, "name");
      this.shares = List.copyOf(shares);
      this.total = Objects.requireNonNull(total, "total");
      this.liability = Objects.requireNonNull(liability, "liability");
      this.committed = Objects.requireNonNull(committed, "committed");
      this.headroom = Objects.requireNonNull(headroom, "headroom");
      this.reservePercent = Objects.requireNonNull(reservePercent, "reservePercent");
      this.reservedFor = Objects.requireNonNull(reservedFor, "reservedFor");
      this.reserve = Objects.requireNonNull(reserve, "reserve");
      this.reservedLiability = Objects.requireNonNull(reservedLiability, "reservedLiability");
    }

    /** {@return the pooled fund's id; never null} */
    public String pool() {
      return pool;
    }

    /** {@return the pooled fund's name; never null} */
    public String name() {
      return name;
    }

    /** {@return one share per stream in the pool, in the pool's order; an immutable list} */
    public List<PoolShare> shares() {
      return shares;
    }

    /** {@return the sum of the contributions; never null} */
    public Money total() {
      return total;
    }

    /** {@return the sum of the streams' liabilities; never null} */
    public Money liability() {
      return liability;
    }

    /**
     * {@return the sum of the streams' committed spend (their liabilities less inactive virtual budgets);
     * never null}
     */
    public Money committed() {
      return committed;
    }

    /** {@return {@code total - liability}; never null} */
    public Money headroom() {
      return headroom;
    }

    /** {@return the percentage of the total kept in reserve; never null} */
    public BigDecimal reservePercent() {
      return reservePercent;
    }

    /** {@return the stream whose sole-funded people the reserve is kept for; empty when none is} */
    public Optional<StreamId> reservedFor() {
      return reservedFor;
    }

    /** {@return {@code total * reservePercent / 100}, rounded with the rule set's mode; never null} */
    public Money reserve() {
      return reserve;
    }

    /** {@return the annual budgets of people funded by the reserved stream alone; never null} */
    public Money reservedLiability() {
      return reservedLiability;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof PoolLine)) {
        return false;
      }
      PoolLine other = (PoolLine) o;
      return pool.equals(other.pool)
          && name.equals(other.name)
          && shares.equals(other.shares)
          && total.equals(other.total)
          && liability.equals(other.liability)
          && committed.equals(other.committed)
          && headroom.equals(other.headroom)
          && reservePercent.equals(other.reservePercent)
          && reservedFor.equals(other.reservedFor)
          && reserve.equals(other.reserve)
          && reservedLiability.equals(other.reservedLiability);
    }

    @Override
    public int hashCode() {
      return Objects.hash(
          pool, name, shares, total, liability, committed, headroom, reservePercent, reservedFor,
          reserve, reservedLiability);
    }

    @Override
    public String toString() {
      return "PoolLine["
          + "pool=" + pool
          + ", name=" + name
          + ", shares=" + shares
          + ", total=" + total
          + ", liability=" + liability
          + ", committed=" + committed
          + ", headroom=" + headroom
          + ", reservePercent=" + reservePercent
          + ", reservedFor=" + reservedFor
          + ", reserve=" + reserve
          + ", reservedLiability=" + reservedLiability
          + "]";
    }
  }
}
