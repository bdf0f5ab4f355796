package uk.ras.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import uk.ras.allocation.AmountStep;
import uk.ras.assessment.Eligibility;
import uk.ras.funding.FundingStream;
import uk.ras.funding.StreamAmount;
import uk.ras.funding.StreamAttribution;
import uk.ras.funding.StreamId;
import uk.ras.funding.StreamShare;
import uk.ras.money.Apportionment;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.pricing.CeilingPolicy;
import uk.ras.pricing.PricePerPoint;
import uk.ras.pricing.Pricing;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.RuleSet;

/**
 * Attributes a budget's points to funding streams and prices them, for rule sets that declare streams.
 *
 * <p><b>Attribution.</b> Each share of a domain's points goes to the stream its rule names when the person
 * meets that stream's eligibility; otherwise to the rule's {@code otherwise} stream, when given and met;
 * otherwise it is unfunded. Only funded points are priced: no funded need, no budget.
 *
 * <p><b>Pricing per point.</b> Each stream is priced on its own: {@code round(points * price)} with the
 * stream's price or the rule set's, then its contingency {@code round(priced * percent / 100)} is held
 * back. So one stream's price changes that stream's amount alone. The floor and the ceiling apply to the
 * budget as a whole; a top-up to the floor or a cut to the ceiling is shared among the streams in
 * proportion to their amounts (largest remainder).
 *
 * <p><b>Banding or interpolation.</b> The funded points, rounded to a whole number with the rule set's
 * mode, are priced as a whole; the weekly amount is then shared among the streams in proportion to their
 * points (largest remainder).
 *
 * <p>The annual amount is the whole weekly amount converted, shared among the streams in proportion to
 * their weekly amounts, so that streams add up exactly, weekly and annual.
 *
 * <p>The steps' words are built only when an explanation is asked for: the figures path makes no text.
 *
 * <p><b>Whole units.</b> Points are held as whole units of {@code 10^-(s+2)} points, where {@code s} is the
 * largest number of decimals of any share (a share of a domain's points is then exactly {@code points *
 * shareUnits}), prices as whole units of their largest number of decimals, and every rounding is a
 * division of whole numbers with the rule set's mode ({@link FixedPoint}). This gives exactly what
 * {@code BigDecimal} arithmetic gives, without making a {@code BigDecimal} per share. When the rule set's
 * decimals or sizes could overflow a {@code long} (checked once, at construction) the same steps run in
 * {@code BigDecimal}; a property test holds the two to the same results.
 *
 * <p>Immutable and thread-safe.
 */
public final class StreamAllocator {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Products of whole units are kept below this, so that sums of a few of them cannot overflow either. */
  private static final BigInteger UNIT_LIMIT = BigInteger.ONE.shiftLeft(60);

  private final FundingStream[] streams;
  private final BigDecimal[] price;
  private final StreamShare[][] shares;
  private final int[][] shareStream;
  private final int[][] shareOtherwise;
  private final Domain[] domains;
  private final Pricing pricing;
  private final RoundingMode rounding;
  private final PeriodConversion weeksPerYear;
  private final PriceSchedule schedule;
  private final boolean perPoint;

  // Whole units (see the class comment); unused when wholeUnits is false.
  private final boolean wholeUnits;
  /** Points are held in units of 10^-pointScale. */
  private final int pointScale;
  private final long unitsPerPoint;
  /** A domain's points times shareUnits[d][f] is the share's points in units. */
  private final long[][] shareUnits;
  private final long[] priceUnits;
  /** points units times price units divided by this is pence. */
  private final long priceDivisor;
  private final long contingencyUnits;
  /** pence times contingency units divided by this is the pence held back. */
  private final long contingencyDivisor;

  public StreamAllocator(RuleSet rules, PriceSchedule schedule) {
    this(rules, schedule, true);
  }

  /**
   * @param wholeUnits false to use {@code BigDecimal} arithmetic even where whole units would do (for
   *     the tests that hold the two to the same results)
   */
  public StreamAllocator(RuleSet rules, PriceSchedule schedule, boolean wholeUnits) {
    this.streams = rules.streams().toArray(FundingStream[]::new);
    this.pricing = rules.pricing();
    this.rounding = rules.rounding();
    this.weeksPerYear = rules.weeksPerYear();
    this.schedule = schedule;
    this.perPoint = pricing.method() instanceof PricePerPoint;
    this.price = new BigDecimal[streams.length];
    for (int s = 0; s < streams.length; s++) {
      price[s] =
          streams[s]
              .pricePerPoint()
              .orElse(perPoint ? ((PricePerPoint) pricing.method()).poundsPerPoint() : BigDecimal.ONE);
    }
    this.domains = rules.domains().toArray(Domain[]::new);
    this.shares = new StreamShare[domains.length][];
    this.shareStream = new int[domains.length][];
    this.shareOtherwise = new int[domains.length][];
    int shareDecimals = 0;
    for (int d = 0; d < domains.length; d++) {
      List<StreamShare> funding = domains[d].funding();
      shares[d] = funding.toArray(StreamShare[]::new);
      shareStream[d] = new int[funding.size()];
      shareOtherwise[d] = new int[funding.size()];
      for (int f = 0; f < funding.size(); f++) {
        shareStream[d][f] = indexOf(funding.get(f).stream());
        shareOtherwise[d][f] = funding.get(f).otherwise().map(this::indexOf).orElse(-1);
        shareDecimals = Math.max(shareDecimals, decimals(funding.get(f).share()));
      }
    }
    int priceDecimals = 0;
    for (BigDecimal p : price) {
      priceDecimals = Math.max(priceDecimals, decimals(p));
    }
    BigDecimal contingency = pricing.contingencyPercent();
    int contingencyDecimals = decimals(contingency);
    this.pointScale = shareDecimals + 2;
    this.shareUnits = new long[domains.length][];
    this.priceUnits = new long[streams.length];
    boolean fits =
        wholeUnits && pointScale <= 10 && pointScale + priceDecimals - 2 <= 18 && contingencyDecimals <= 16;
    if (fits) {
      for (int d = 0; d < domains.length; d++) {
        shareUnits[d] = new long[shares[d].length];
        for (int f = 0; f < shares[d].length; f++) {
          shareUnits[d][f] = shares[d][f].share().movePointRight(shareDecimals).longValueExact();
        }
      }
      // Every funded point in units, all streams together, at most: the most points times 100%.
      BigInteger maxPointUnits =
          BigInteger.valueOf(schedule.maxTotal()).multiply(BigInteger.TEN.pow(pointScale));
      BigInteger maxPriceUnits = BigInteger.ZERO;
      for (int s = 0; s < streams.length; s++) {
        BigInteger units = price[s].movePointRight(priceDecimals).toBigIntegerExact();
        maxPriceUnits = maxPriceUnits.max(units);
        fits &= units.bitLength() < 62;
        if (fits) {
          priceUnits[s] = units.longValueExact();
        }
      }
      BigInteger maxProduct = maxPointUnits.multiply(maxPriceUnits);
      BigInteger maxPence = maxProduct.divide(BigInteger.TEN.pow(pointScale + priceDecimals - 2)).add(BigInteger.ONE);
      BigInteger contingencyBig = contingency.movePointRight(contingencyDecimals).toBigIntegerExact();
      fits &=
          maxProduct.compareTo(UNIT_LIMIT) < 0 && maxPence.multiply(contingencyBig).compareTo(UNIT_LIMIT) < 0;
    }
    this.wholeUnits = fits;
    this.unitsPerPoint = fits ? FixedPoint.tenTo(pointScale) : 1;
    this.priceDivisor = fits ? FixedPoint.tenTo(pointScale + priceDecimals - 2) : 1;
    this.contingencyUnits = fits ? contingency.movePointRight(contingencyDecimals).longValueExact() : 0;
    this.contingencyDivisor = fits ? FixedPoint.tenTo(contingencyDecimals + 2) : 1;
  }

  /** The decimal places a number needs: 0 for whole numbers (also for 50, which strips to 5E+1). */
  private static int decimals(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }

  /** Whether this allocator computes in whole units (see the class comment). */
  public boolean usesWholeUnits() {
    return wholeUnits;
  }

  private int indexOf(StreamId id) {
    for (int s = 0; s < streams.length; s++) {
      if (streams[s].id().equals(id)) {
        return s;
      }
    }
    throw new IllegalStateException("undeclared stream " + id + ": the rule set was not validated");
  }

  /** The streams' amounts of one budget, and how they were reached. */
  public record Outcome(
      Money weekly,
      Money annual,
      int flags,
      List<StreamAmount> amounts,
      BigDecimal unfundedPoints,
      List<StreamAttribution> attributions,
      List<AmountStep> steps) {}

  /**
   * @param domainPoints each domain's points after caps and informal support
   * @param eligibility the person's eligibility facts
   * @param explain whether to record attributions and steps
   */
  public Outcome allocate(int[] domainPoints, Eligibility eligibility, boolean explain) {
    boolean[] eligible = new boolean[streams.length];
    for (int s = 0; s < streams.length; s++) {
      eligible[s] = streams[s].eligibility().isMetBy(eligibility);
    }
    return wholeUnits
        ? allocateInUnits(domainPoints, eligibility, eligible, explain)
        : allocateInDecimals(domainPoints, eligibility, eligible, explain);
  }

  private Outcome allocateInUnits(
      int[] domainPoints, Eligibility eligibility, boolean[] eligible, boolean explain) {
    long[] points = new long[streams.length];
    long unfunded = 0;
    List<StreamAttribution> attributions = explain ? new ArrayList<>() : List.of();
    for (int d = 0; d < domains.length; d++) {
      for (int f = 0; f < shares[d].length; f++) {
        // At most 100,000 points times 100% in units of 10^-10: well inside a long.
        long units = domainPoints[d] * shareUnits[d][f];
        int paidBy = paidBy(d, f, eligible);
        if (paidBy >= 0) {
          points[paidBy] += units;
        } else {
          unfunded += units;
        }
        if (explain) {
          attributions.add(attribution(d, f, points(units), paidBy, eligibility));
        }
      }
    }
    long funded = 0;
    for (long p : points) {
      funded += p;
    }
    List<AmountStep> steps = explain ? new ArrayList<>() : null;
    long[] weekly = new long[streams.length];
    int flags;
    if (funded == 0) {
      flags = 0;
      noFundedNeed(steps);
    } else if (perPoint) {
      long running = 0;
      for (int s = 0; s < streams.length; s++) {
        weekly[s] = FixedPoint.divide(points[s] * priceUnits[s], priceDivisor, rounding);
        running += weekly[s];
        if (steps != null && points[s] != 0) {
          pricedStep(steps, s, points(points[s]), Money.ofPence(weekly[s]), Money.ofPence(running));
        }
      }
      if (contingencyUnits != 0) {
        long heldBack = 0;
        for (int s = 0; s < streams.length; s++) {
          long held = FixedPoint.divide(weekly[s] * contingencyUnits, contingencyDivisor, rounding);
          weekly[s] -= held;
          heldBack += held;
        }
        running -= heldBack;
        if (steps != null) {
          contingencyStep(steps, Money.ofPence(heldBack), Money.ofPence(running));
        }
      }
      flags = floorAndCeiling(running, weekly, points, null, steps);
    } else {
      int total = Math.toIntExact(FixedPoint.divide(funded, unitsPerPoint, rounding));
      flags = priceAsAWhole(total, steps);
      apportion(schedule.weekly(total).pence(), points, weekly);
    }
    BigDecimal[] pointsOut = new BigDecimal[streams.length];
    for (int s = 0; s < streams.length; s++) {
      pointsOut[s] = points(points[s]);
    }
    return outcome(weekly, flags, pointsOut, points(unfunded), attributions, steps);
  }

  /**
   * Points in units as a number, without trailing zeros and never in exponent form (50, not 5E+1): what
   * {@link #plain} gives, with the zeros dropped in {@code long} arithmetic rather than by {@code
   * BigDecimal}'s repeated division.
   */
  private BigDecimal points(long units) {
    int scale = pointScale;
    while (scale > 0 && units % 10 == 0) {
      units /= 10;
      scale--;
    }
    return scale == 0 && units >= 0 && units < WHOLE_POINTS.length
        ? WHOLE_POINTS[(int) units]
        : BigDecimal.valueOf(units, scale);
  }

  /** Whole numbers of points from 0 to 1,023, made once: a stream's points are usually whole. */
  private static final BigDecimal[] WHOLE_POINTS = new BigDecimal[1024];

  static {
    for (int p = 0; p < WHOLE_POINTS.length; p++) {
      WHOLE_POINTS[p] = BigDecimal.valueOf(p);
    }
  }

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

  /** The steps, and the weekly amount shared by the streams, of a total priced by banding or interpolation. */
  private int priceAsAWhole(int total, List<AmountStep> steps) {
    if (steps != null) {
      steps.addAll(schedule.explain(total));
    }
    return schedule.flags(total);
  }

  /** The budget from the streams' weekly pence: the annual amount shared by them too. */
  private Outcome outcome(
      long[] weekly,
      int flags,
      BigDecimal[] points,
      BigDecimal unfunded,
      List<StreamAttribution> attributions,
      List<AmountStep> steps) {
    long weeklyTotal = 0;
    for (long w : weekly) {
      weeklyTotal += w;
    }
    Money weeklyMoney = Money.ofPence(weeklyTotal);
    Money annualMoney = weeksPerYear.annual(weeklyMoney, rounding);
    long[] annual = new long[streams.length];
    apportion(annualMoney.pence(), weekly, annual);
    StreamAmount[] amounts = new StreamAmount[streams.length];
    for (int s = 0; s < streams.length; s++) {
      amounts[s] =
          new StreamAmount(
              streams[s].id(), streams[s].name(), points[s], Money.ofPence(weekly[s]), Money.ofPence(annual[s]));
    }
    return new Outcome(
        weeklyMoney,
        annualMoney,
        flags,
        List.of(amounts),
        unfunded,
        steps == null ? List.of() : List.copyOf(attributions),
        steps == null ? List.of() : List.copyOf(steps));
  }

  /** The same steps as {@link #allocateInUnits} in {@code BigDecimal}, for rule sets too fine or too large for units. */
  private Outcome allocateInDecimals(
      int[] domainPoints, Eligibility eligibility, boolean[] eligible, boolean explain) {
    BigDecimal[] points = new BigDecimal[streams.length];
    Arrays.fill(points, BigDecimal.ZERO);
    BigDecimal unfunded = BigDecimal.ZERO;
    List<StreamAttribution> attributions = explain ? new ArrayList<>() : List.of();
    for (int d = 0; d < domains.length; d++) {
      for (int f = 0; f < shares[d].length; f++) {
        BigDecimal sharePoints =
            plain(BigDecimal.valueOf(domainPoints[d]).multiply(shares[d][f].share()).divide(HUNDRED));
        int paidBy = paidBy(d, f, eligible);
        if (paidBy >= 0) {
          points[paidBy] = points[paidBy].add(sharePoints);
        } else {
          unfunded = unfunded.add(sharePoints);
        }
        if (explain) {
          attributions.add(attribution(d, f, sharePoints, paidBy, eligibility));
        }
      }
    }
    BigDecimal funded = BigDecimal.ZERO;
    for (int s = 0; s < streams.length; s++) {
      points[s] = plain(points[s]);
      funded = funded.add(points[s]);
    }
    List<AmountStep> steps = explain ? new ArrayList<>() : null;
    long[] weekly = new long[streams.length];
    int flags;
    if (funded.signum() == 0) {
      flags = 0;
      noFundedNeed(steps);
    } else if (perPoint) {
      Money running = Money.zero();
      for (int s = 0; s < streams.length; s++) {
        Money priced = Money.ofPounds(points[s].multiply(price[s]), rounding);
        weekly[s] = priced.pence();
        running = running.plus(priced);
        if (steps != null && points[s].signum() != 0) {
          pricedStep(steps, s, points[s], priced, running);
        }
      }
      BigDecimal contingency = pricing.contingencyPercent();
      if (contingency.signum() != 0) {
        Money heldBack = Money.zero();
        for (int s = 0; s < streams.length; s++) {
          Money held = Money.ofPence(weekly[s]).multipliedBy(contingency.movePointLeft(2), rounding);
          weekly[s] -= held.pence();
          heldBack = heldBack.plus(held);
        }
        running = running.minus(heldBack);
        if (steps != null) {
          contingencyStep(steps, heldBack, running);
        }
      }
      flags = floorAndCeiling(running.pence(), weekly, null, points, steps);
    } else {
      int total = funded.setScale(0, rounding).intValueExact();
      flags = priceAsAWhole(total, steps);
      apportion(schedule.weekly(total), Arrays.asList(points), weekly);
    }
    return outcome(weekly, flags, points, plain(unfunded), attributions, steps);
  }

  /** The weekly amount of the streams the person may be charged for. */
  public Money chargeable(List<StreamAmount> amounts) {
    long sum = 0;
    for (int s = 0; s < streams.length; s++) {
      if (streams[s].chargeable()) {
        sum += amounts.get(s).weekly().pence();
      }
    }
    return Money.ofPence(sum);
  }

  /**
   * Applies the floor and the ceiling to the whole weekly amount {@code running}, sharing a top-up or a
   * cut among the streams by their amounts (by their points while nothing is priced). The streams'
   * points are given in units or in decimals: one of {@code pointUnits} and {@code pointDecimals} is null.
   */
  private int floorAndCeiling(
      long running, long[] weekly, long[] pointUnits, BigDecimal[] pointDecimals, List<AmountStep> steps) {
    int flags = 0;
    if (pricing.floor().isPresent()) {
      Money floor = pricing.floor().get();
      if (running < floor.pence()) {
        long topUp = floor.pence() - running;
        addShares(topUp, weekly, pointUnits, pointDecimals, +1);
        flags |= PriceSchedule.FLOOR_APPLIED;
        if (steps != null) {
          record(
              steps,
              "pricing.floor",
              "raised to the floor of " + floor + " (from " + Money.ofPence(running) + "), shared among the streams",
              Money.ofPence(topUp),
              floor);
        }
        running = floor.pence();
      } else if (steps != null) {
        record(steps, "pricing.floor", "floor of " + floor + " not needed", Money.zero(), Money.ofPence(running));
      }
    }
    if (pricing.ceiling().isPresent()) {
      Money ceiling = pricing.ceiling().get().weekly();
      if (running > ceiling.pence()) {
        if (pricing.ceiling().get().policy() == CeilingPolicy.CAP) {
          long cut = running - ceiling.pence();
          addShares(cut, weekly, pointUnits, pointDecimals, -1);
          flags |= PriceSchedule.CEILING_APPLIED;
          if (steps != null) {
            record(
                steps,
                "pricing.ceiling",
                "capped at the ceiling of " + ceiling + " (from " + Money.ofPence(running) + "), shared among the streams",
                Money.ofPence(-cut),
                ceiling);
          }
        } else {
          flags |= PriceSchedule.REFERRED;
          if (steps != null) {
            record(
                steps,
                "pricing.ceiling",
                "above the ceiling of "
                    + ceiling
                    + ": referred to the resource allocation panel, amount not capped",
                Money.zero(),
                Money.ofPence(running));
          }
        }
      } else if (steps != null) {
        record(steps, "pricing.ceiling", "within the ceiling of " + ceiling, Money.zero(), Money.ofPence(running));
      }
    }
    return flags;
  }

  private void noFundedNeed(List<AmountStep> steps) {
    if (steps != null) {
      record(steps, "streams", "no funded need: no budget", Money.zero(), Money.zero());
    }
  }

  private void pricedStep(List<AmountStep> steps, int s, BigDecimal points, Money priced, Money running) {
    record(
        steps,
        streams[s].pricePerPoint().isPresent() ? "streams." + streams[s].id() + ".pricePerPoint" : "pricing.pricePerPoint",
        streams[s].name()
            + ": "
            + points.toPlainString()
            + " points at £"
            + price[s].toPlainString()
            + " per point = "
            + priced,
        priced,
        running);
  }

  private void contingencyStep(List<AmountStep> steps, Money heldBack, Money running) {
    record(
        steps,
        "pricing.contingencyPercent",
        "less contingency of "
            + pricing.contingencyPercent().stripTrailingZeros().toPlainString()
            + "% of each stream held back for exceptions: -"
            + heldBack
            + " = "
            + running,
        heldBack.negated(),
        running);
  }

  /** Adds (sign +1) or takes away (sign -1) {@code amount} pence, shared by the streams' current amounts. */
  private static void addShares(
      long amount, long[] weekly, long[] pointUnits, BigDecimal[] pointDecimals, int sign) {
    boolean any = false;
    for (long w : weekly) {
      any |= w > 0;
    }
    long[] parts = new long[weekly.length];
    if (any) {
      apportion(amount, weekly, parts);
    } else if (pointUnits != null) {
      // Nothing priced yet (a zero price): share by points instead.
      apportion(amount, pointUnits, parts);
    } else {
      apportion(Money.ofPence(amount), Arrays.asList(pointDecimals), parts);
    }
    for (int s = 0; s < weekly.length; s++) {
      weekly[s] += sign * parts[s];
    }
  }

  /**
   * Shares {@code amount} pence in proportion to {@code weights} into {@code out}, exactly as {@link
   * Apportionment#byWeights} does (largest remainder, ties to the earlier share); all zero when there is
   * nothing to share. Falls back to {@code Apportionment} if a product would overflow a long.
   */
  static void apportion(long amount, long[] weights, long[] out) {
    long sum = 0;
    for (long w : weights) {
      sum += w;
    }
    if (sum == 0 || amount == 0) {
      Arrays.fill(out, 0);
      return;
    }
    long[] remainders = new long[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      long product;
      try {
        product = Math.multiplyExact(amount, weights[i]);
      } catch (ArithmeticException overflow) {
        BigDecimal[] w = new BigDecimal[weights.length];
        for (int j = 0; j < w.length; j++) {
          w[j] = BigDecimal.valueOf(weights[j]);
        }
        apportion(Money.ofPence(amount), Arrays.asList(w), out);
        return;
      }
      out[i] = product / sum;
      remainders[i] = product % sum;
      given += out[i];
    }
    // The pennies left over go to the largest remainders; the earlier share wins a tie.
    for (long left = amount - given; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < remainders.length; i++) {
        if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
          best = i;
        }
      }
      out[best]++;
      remainders[best] = -1;
    }
  }

  private static void apportion(Money amount, List<BigDecimal> weights, long[] out) {
    boolean any = false;
    for (BigDecimal w : weights) {
      any |= w.signum() > 0;
    }
    if (!any || amount.isZero()) {
      Arrays.fill(out, 0);
      return;
    }
    List<Money> parts = Apportionment.byWeights(amount, weights);
    for (int s = 0; s < out.length; s++) {
      out[s] = parts.get(s).pence();
    }
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
      return notEligible + " nor for " + streams[other].name() + " (needs " + streams[other].eligibility().describe() + "): unfunded";
    }
    return notEligible + ": unfunded";
  }

  private static void record(
      List<AmountStep> steps, String rule, String description, Money change, Money amount) {
    if (steps != null) {
      steps.add(new AmountStep(rule, description, change, amount));
    }
  }
}
