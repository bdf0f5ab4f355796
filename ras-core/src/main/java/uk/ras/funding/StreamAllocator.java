package uk.ras.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.ras.assessment.Eligibility;
import uk.ras.money.Apportionment;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.pricing.AmountStep;
import uk.ras.pricing.BudgetFlag;
import uk.ras.pricing.Priced;
import uk.ras.pricing.Pricer;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.StreamId;
import uk.ras.ruleset.StreamShare;

/**
 * Who pays for which need: attributes a budget's points to the rule set's funding streams and prices
 * them, for rule sets that declare streams.
 *
 * <p><b>Attribution.</b> Each share of a domain's points, {@code points * share / 100} exactly, goes to
 * the stream its rule names when the person meets that stream's eligibility; otherwise to the rule's
 * {@code otherwise} stream, when given and met; otherwise it is unfunded. Eligibility is a fact recorded
 * on the assessment, never worked out from points.
 *
 * <p><b>Pricing.</b> The streams' funded points are priced by {@link Pricer}, one part per stream, in
 * the rule set's stream order: the same steps as a budget without streams (no funded need, no budget;
 * the method; contingency; floor; ceiling). Unfunded points are reported, never priced.
 *
 * <p><b>Annual.</b> The whole weekly amount is converted by the rule set's weeks per year and shared
 * among the streams in proportion to their weekly amounts, so that the streams add up exactly, weekly
 * and annual.
 *
 * <p>Immutable and thread-safe.
 */
public final class StreamAllocator {

  private final FundingStream[] streams;
  private final Domain[] domains;
  /** shares[d][f]: domain d's f-th funding share; shareStream and shareOtherwise index streams (-1: none). */
  private final StreamShare[][] shares;

  private final int[][] shareStream;
  private final int[][] shareOtherwise;
  /** Whether share f of domain d is all of it (100%, the usual case): its points are the domain's. */
  private final boolean[][] wholeShare;
  private final Pricer pricer;
  private final PeriodConversion weeksPerYear;
  private final RoundingMode rounding;

  private StreamAllocator(RuleSet rules) {
    this.streams = rules.streams().toArray(FundingStream[]::new);
    this.domains = rules.domains().toArray(Domain[]::new);
    this.pricer = Pricer.of(rules.pricing(), rules.rounding());
    this.weeksPerYear = rules.weeksPerYear();
    this.rounding = rules.rounding();
    this.shares = new StreamShare[domains.length][];
    this.shareStream = new int[domains.length][];
    this.shareOtherwise = new int[domains.length][];
    this.wholeShare = new boolean[domains.length][];
    for (int d = 0; d < domains.length; d++) {
      List<StreamShare> funding = domains[d].funding();
      shares[d] = funding.toArray(StreamShare[]::new);
      shareStream[d] = new int[funding.size()];
      wholeShare[d] = new boolean[funding.size()];
      shareOtherwise[d] = new int[funding.size()];
      for (int f = 0; f < funding.size(); f++) {
        shareStream[d][f] = indexOf(funding.get(f).stream());
        shareOtherwise[d][f] = funding.get(f).otherwise().map(this::indexOf).orElse(-1);
        wholeShare[d][f] = funding.get(f).share().compareTo(BigDecimal.valueOf(100)) == 0;
      }
    }
  }

  /**
   * @param rules a validated rule set that declares funding streams; not null
   * @return the allocator, never null
   * @throws IllegalArgumentException if the rule set declares no streams
   */
  public static StreamAllocator of(RuleSet rules) {
    Objects.requireNonNull(rules, "rules");
    if (rules.streams().isEmpty()) {
      throw new IllegalArgumentException(rules.label() + " declares no funding streams");
    }
    return new StreamAllocator(rules);
  }

  private int indexOf(StreamId id) {
    for (int s = 0; s < streams.length; s++) {
      if (streams[s].id().equals(id)) {
        return s;
      }
    }
    throw new IllegalStateException("undeclared stream " + id + ": the rule set was not validated");
  }

  /** What the streams pay for one budget, and how that was reached. Made only by the allocator. */
  public static final class Outcome {
    private final Priced priced;
    private final Set<BudgetFlag> flags;
    private final Money annual;
    private final List<StreamAmount> amounts;
    private final BigDecimal unfundedPoints;
    private final List<StreamAttribution> attributions;
    private final List<StreamAttribution> unfundedShares;

    Outcome(
        Priced priced,
        Money annual,
        List<StreamAmount> amounts,
        BigDecimal unfundedPoints,
        List<StreamAttribution> attributions,
        List<StreamAttribution> unfundedShares) {
      this.priced = priced;
      this.flags = unfundedPoints.signum() == 0 ? priced.flags() : withUnfundedNeed(priced.flags());
      this.annual = annual;
      this.amounts = amounts;
      this.unfundedPoints = unfundedPoints;
      this.attributions = attributions;
      this.unfundedShares = unfundedShares;
    }

    /** {@return the budget's weekly amount, all streams together; never null} */
    public Money weekly() {
      return priced.weekly();
    }

    /** {@return the budget's annual amount, all streams together; never null} */
    public Money annual() {
      return annual;
    }

    /** {@return the pricing's flags, and {@link BudgetFlag#UNFUNDED_NEED} when some need is unfunded; immutable} */
    public Set<BudgetFlag> flags() {
      return flags;
    }

    private static Set<BudgetFlag> withUnfundedNeed(Set<BudgetFlag> priced) {
      EnumSet<BudgetFlag> flags = EnumSet.of(BudgetFlag.UNFUNDED_NEED);
      flags.addAll(priced);
      return Collections.unmodifiableSet(flags);
    }

    /** {@return each stream's points and amounts, in the rule set's order; an immutable list} */
    public List<StreamAmount> amounts() {
      return amounts;
    }

    /** {@return the points no stream the person is eligible for pays; never null} */
    public BigDecimal unfundedPoints() {
      return unfundedPoints;
    }

    /** {@return each domain share's attribution, an immutable list; empty unless explained} */
    public List<StreamAttribution> attributions() {
      return attributions;
    }

    /**
     * {@return the attribution of each share no stream pays, explained or not; their points add up to
     * {@link #unfundedPoints()}; an immutable list}
     */
    public List<StreamAttribution> unfundedShares() {
      return unfundedShares;
    }

    /** {@return the pricing's steps, an immutable list; empty unless explained} */
    public List<AmountStep> steps() {
      return priced.steps();
    }
  }

  /**
   * @param domainPoints each domain's points after caps and informal support, in the rule set's order
   * @param eligibility the person's eligibility facts, not null
   * @param explain whether to record attributions and steps
   * @return the outcome, never null
   */
  public Outcome allocate(int[] domainPoints, Eligibility eligibility, boolean explain) {
    boolean[] eligible = new boolean[streams.length];
    for (int s = 0; s < streams.length; s++) {
      eligible[s] = eligibility.meets(streams[s].eligibility());
    }
    BigDecimal[] points = new BigDecimal[streams.length];
    Arrays.fill(points, BigDecimal.ZERO);
    BigDecimal unfunded = BigDecimal.ZERO;
    List<StreamAttribution> attributions = explain ? new ArrayList<>() : List.of();
    // Recorded on every path, explained or not, so that reports can count unfunded need by domain and
    // stream; made only when some need is unfunded, so a fully funded budget allocates no list.
    List<StreamAttribution> unfundedShares = null;
    for (int d = 0; d < domains.length; d++) {
      for (int f = 0; f < shares[d].length; f++) {
        // Exact: a share is a percentage, so moving the point two places divides by 100 exactly.
        BigDecimal sharePoints =
            wholeShare[d][f]
                ? BigDecimal.valueOf(domainPoints[d])
                : BigDecimal.valueOf(domainPoints[d]).multiply(shares[d][f].share()).movePointLeft(2);
        int paidBy = paidBy(d, f, eligible);
        if (paidBy >= 0) {
          points[paidBy] = points[paidBy].add(sharePoints);
        } else if (sharePoints.signum() != 0) {
          unfunded = unfunded.add(sharePoints);
          if (unfundedShares == null) {
            unfundedShares = new ArrayList<>();
          }
          unfundedShares.add(attribution(d, f, plain(sharePoints), paidBy, eligibility));
        }
        if (explain) {
          attributions.add(attribution(d, f, plain(sharePoints), paidBy, eligibility));
        }
      }
    }
    List<Pricer.Part> parts = new ArrayList<>(streams.length);
    for (int s = 0; s < streams.length; s++) {
      points[s] = plain(points[s]);
      parts.add(
          new Pricer.Part(
              streams[s].name(),
              points[s],
              streams[s].pricePerPoint(),
              "streams." + streams[s].id() + ".pricePerPoint"));
    }
    Priced priced = pricer.price(parts, explain);
    Money weekly = priced.weekly();
    Money annual = weeksPerYear.annual(weekly, rounding);
    List<Money> annualShares = shareAnnual(annual, priced);
    StreamAmount[] amounts = new StreamAmount[streams.length];
    for (int s = 0; s < streams.length; s++) {
      amounts[s] =
          new StreamAmount(
              streams[s].id(), streams[s].name(), points[s], priced.part(s), annualShares.get(s));
    }
    return new Outcome(
        priced,
        annual,
        List.of(amounts),
        plain(unfunded),
        List.copyOf(attributions),
        unfundedShares == null ? List.of() : List.copyOf(unfundedShares));
  }

  /** The annual amount shared by the streams' weekly amounts; all zero when there is nothing to share. */
  private List<Money> shareAnnual(Money annual, Priced priced) {
    List<BigDecimal> weights = new ArrayList<>(streams.length);
    boolean any = false;
    for (int s = 0; s < streams.length; s++) {
      long pence = priced.part(s).pence();
      any |= pence > 0;
      weights.add(BigDecimal.valueOf(Math.max(0, pence)));
    }
    if (!any || annual.isZero()) {
      return Collections.nCopies(streams.length, Money.zero());
    }
    return Apportionment.byWeights(annual, weights);
  }

  /**
   * {@return the weekly amount of the streams the person may be charged for; never null}
   *
   * @param amounts not null; a budget's stream amounts, one per stream in the rule set's order
   */
  public Money chargeable(List<StreamAmount> amounts) {
    long sum = 0;
    for (int s = 0; s < streams.length; s++) {
      if (streams[s].chargeable()) {
        sum = Math.addExact(sum, amounts.get(s).weekly().pence());
      }
    }
    return Money.ofPence(sum);
  }

  /** A number without trailing zeros and never in exponent form: 50, not 5E+1. */
  private static BigDecimal plain(BigDecimal points) {
    BigDecimal stripped = points.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private int paidBy(int d, int f, boolean[] eligible) {
    int named = shareStream[d][f];
    int other = shareOtherwise[d][f];
    return eligible[named] ? named : other >= 0 && eligible[other] ? other : -1;
  }

  private StreamAttribution attribution(
      int d, int f, BigDecimal sharePoints, int paidBy, Eligibility eligibility) {
    int named = shareStream[d][f];
    return new StreamAttribution(
        domains[d].id(),
        streams[named].id(),
        shares[d][f].share(),
        sharePoints,
        paidBy < 0 ? Optional.empty() : Optional.of(streams[paidBy].id()),
        reason(named, shareOtherwise[d][f], paidBy, eligibility));
  }

  private String reason(int named, int other, int paidBy, Eligibility person) {
    FundingStream stream = streams[named];
    if (paidBy == named) {
      return stream.eligibility().isAnyone()
          ? stream.name() + " (open to anyone)"
          : stream.name() + ": eligible (" + stream.eligibility().describe() + "; person: " + person + ")";
    }
    String notEligible =
        "not eligible for "
            + stream.name()
            + " (needs "
            + stream.eligibility().describe()
            + "; person: "
            + person
            + ")";
    if (paidBy >= 0) {
      return notEligible + ", so " + streams[paidBy].name();
    }
    if (other >= 0) {
      return notEligible
          + " nor for "
          + streams[other].name()
          + " (needs "
          + streams[other].eligibility().describe()
          + "): unfunded";
    }
    return notEligible + ": unfunded";
  }
}
