package uk.ras.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * <p>Immutable and thread-safe.
 */
public final class StreamAllocator {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

  public StreamAllocator(RuleSet rules, PriceSchedule schedule) {
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
    for (int d = 0; d < domains.length; d++) {
      List<StreamShare> funding = domains[d].funding();
      shares[d] = funding.toArray(StreamShare[]::new);
      shareStream[d] = new int[funding.size()];
      shareOtherwise[d] = new int[funding.size()];
      for (int f = 0; f < funding.size(); f++) {
        shareStream[d][f] = indexOf(funding.get(f).stream());
        shareOtherwise[d][f] = funding.get(f).otherwise().map(this::indexOf).orElse(-1);
      }
    }
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
    BigDecimal[] points = new BigDecimal[streams.length];
    java.util.Arrays.fill(points, BigDecimal.ZERO);
    BigDecimal unfunded = BigDecimal.ZERO;
    List<StreamAttribution> attributions = explain ? new ArrayList<>() : List.of();
    for (int d = 0; d < domains.length; d++) {
      for (int f = 0; f < shares[d].length; f++) {
        BigDecimal share = shares[d][f].share();
        BigDecimal sharePoints =
            BigDecimal.valueOf(domainPoints[d]).multiply(share).divide(HUNDRED).stripTrailingZeros();
        int named = shareStream[d][f];
        int other = shareOtherwise[d][f];
        int paidBy = eligible[named] ? named : other >= 0 && eligible[other] ? other : -1;
        if (paidBy >= 0) {
          points[paidBy] = points[paidBy].add(sharePoints);
        } else {
          unfunded = unfunded.add(sharePoints);
        }
        if (explain) {
          attributions.add(
              new StreamAttribution(
                  domains[d].id(),
                  streams[named].id(),
                  share,
                  sharePoints,
                  paidBy < 0 ? Optional.empty() : Optional.of(streams[paidBy].id()),
                  reason(named, other, paidBy, eligibility)));
        }
      }
    }
    BigDecimal funded = BigDecimal.ZERO;
    for (BigDecimal p : points) {
      funded = funded.add(p);
    }
    List<AmountStep> steps = explain ? new ArrayList<>() : null;
    long[] weekly = new long[streams.length];
    int flags;
    if (funded.signum() == 0) {
      flags = 0;
      if (steps != null) {
        record(steps, "streams", "no funded need: no budget", Money.zero(), Money.zero());
      }
    } else if (perPoint) {
      flags = pricePerStream(points, weekly, steps);
    } else {
      int total = funded.setScale(0, rounding).intValueExact();
      Money amount = schedule.weekly(total);
      flags = schedule.flags(total);
      if (steps != null) {
        steps.addAll(schedule.explain(total));
      }
      share(amount, points, weekly);
    }
    long weeklyTotal = 0;
    for (long w : weekly) {
      weeklyTotal += w;
    }
    Money weeklyMoney = Money.ofPence(weeklyTotal);
    Money annualMoney = weeksPerYear.annual(weeklyMoney, rounding);
    long[] annual = new long[streams.length];
    share(annualMoney, weekly, annual);
    List<StreamAmount> amounts = new ArrayList<>(streams.length);
    for (int s = 0; s < streams.length; s++) {
      amounts.add(
          new StreamAmount(
              streams[s].id(),
              streams[s].name(),
              points[s],
              Money.ofPence(weekly[s]),
              Money.ofPence(annual[s])));
    }
    return new Outcome(
        weeklyMoney,
        annualMoney,
        flags,
        Collections.unmodifiableList(amounts),
        unfunded,
        explain ? List.copyOf(attributions) : List.of(),
        explain ? List.copyOf(steps) : List.of());
  }

  /** The weekly amount of the streams the person may be charged for. */
  public Money chargeable(List<StreamAmount> amounts) {
    Money sum = Money.zero();
    for (int s = 0; s < streams.length; s++) {
      if (streams[s].chargeable()) {
        sum = sum.plus(amounts.get(s).weekly());
      }
    }
    return sum;
  }

  private int pricePerStream(BigDecimal[] points, long[] weekly, List<AmountStep> steps) {
    Money running = Money.zero();
    for (int s = 0; s < streams.length; s++) {
      Money priced = Money.ofPounds(points[s].multiply(price[s]), rounding);
      weekly[s] = priced.pence();
      running = running.plus(priced);
      if (points[s].signum() != 0) {
        if (steps != null) {
          record(
              steps,
              streams[s].pricePerPoint().isPresent() ? "streams." + streams[s].id() + ".pricePerPoint" : "pricing.pricePerPoint",
              streams[s].name()
                  + ": "
                  + points[s].toPlainString()
                  + " points at £"
                  + price[s].toPlainString()
                  + " per point = "
                  + priced,
              priced,
              running);
        }
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
        record(
            steps,
            "pricing.contingencyPercent",
            "less contingency of "
                + contingency.stripTrailingZeros().toPlainString()
                + "% of each stream held back for exceptions: -"
                + heldBack
                + " = "
                + running,
            heldBack.negated(),
            running);
      }
    }
    int flags = 0;
    if (pricing.floor().isPresent()) {
      Money floor = pricing.floor().get();
      if (running.isLessThan(floor)) {
        Money topUp = floor.minus(running);
        addShares(topUp, weekly, points, +1);
        flags |= PriceSchedule.FLOOR_APPLIED;
        if (steps != null) {
          record(
              steps,
              "pricing.floor",
              "raised to the floor of " + floor + " (from " + running + "), shared among the streams",
              topUp,
              floor);
        }
        running = floor;
      } else {
        if (steps != null) {
          record(steps, "pricing.floor", "floor of " + floor + " not needed", Money.zero(), running);
        }
      }
    }
    if (pricing.ceiling().isPresent()) {
      Money ceiling = pricing.ceiling().get().weekly();
      if (running.isGreaterThan(ceiling)) {
        if (pricing.ceiling().get().policy() == CeilingPolicy.CAP) {
          Money cut = running.minus(ceiling);
          addShares(cut, weekly, points, -1);
          flags |= PriceSchedule.CEILING_APPLIED;
          if (steps != null) {
            record(
                steps,
                "pricing.ceiling",
                "capped at the ceiling of " + ceiling + " (from " + running + "), shared among the streams",
                cut.negated(),
                ceiling);
          }
          running = ceiling;
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
                running);
          }
        }
      } else {
        if (steps != null) {
          record(steps, "pricing.ceiling", "within the ceiling of " + ceiling, Money.zero(), running);
        }
      }
    }
    return flags;
  }

  /** Adds (sign +1) or takes away (sign -1) {@code amount}, shared by the streams' current amounts. */
  private static void addShares(Money amount, long[] weekly, BigDecimal[] points, int sign) {
    List<BigDecimal> weights = new ArrayList<>(weekly.length);
    boolean any = false;
    for (long w : weekly) {
      weights.add(BigDecimal.valueOf(w));
      any |= w > 0;
    }
    if (!any) {
      // Nothing priced yet (a zero price): share by points instead.
      weights = java.util.Arrays.asList(points);
    }
    List<Money> parts = Apportionment.byWeights(amount, weights);
    for (int s = 0; s < weekly.length; s++) {
      weekly[s] += sign * parts.get(s).pence();
    }
  }

  /** Shares {@code amount} in proportion to {@code weights}, into {@code out}; all zero when nothing to share. */
  private static void share(Money amount, BigDecimal[] weights, long[] out) {
    boolean any = false;
    for (BigDecimal w : weights) {
      any |= w.signum() > 0;
    }
    if (!any || amount.isZero()) {
      java.util.Arrays.fill(out, 0);
      return;
    }
    List<Money> parts = Apportionment.byWeights(amount, java.util.Arrays.asList(weights));
    for (int s = 0; s < out.length; s++) {
      out[s] = parts.get(s).pence();
    }
  }

  private static void share(Money amount, long[] weights, long[] out) {
    BigDecimal[] w = new BigDecimal[weights.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = BigDecimal.valueOf(weights[i]);
    }
    share(amount, w, out);
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
