package uk.ras.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.ras.assessment.CareActDetermination;
import uk.ras.assessment.CareActOutcome;
import uk.ras.assessment.Eligibility;
import uk.ras.funding.StreamAllocator;
import uk.ras.funding.StreamAttribution;
import uk.ras.money.Money;
import uk.ras.pricing.PriceSchedule;
import uk.ras.ruleset.Banding;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.Interpolation;
import uk.ras.ruleset.InterpolationPoint;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.PricingMethod;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.RuleSetValidator;
import uk.ras.ruleset.StreamId;

/**
 * The cliff edges of a rule set: where one more point of funded need raises what the rules pay by more
 * than a point is worth.
 *
 * <p><b>What is walked.</b> For rules with funding streams, each stream on its own: the stream is given
 * {@code n} funded points and every other stream none, and the weekly amount is priced by the {@link
 * StreamAllocator}'s own pricing (the method, the stream's own price per point, the contingency, the floor
 * and the ceiling), for {@code n} from 0 to the most points the questionnaire can produce. Under a banding
 * table or an interpolation the streams' points are priced together, so the amount depends only on the
 * person's funded points, all streams together, and the walk finds every step any person can see. Under
 * a price per point each stream is priced apart and the floor and ceiling apply to the sum, so for a
 * person with funded points in other streams too a step is never more than at the stream's price (the
 * floor and ceiling only hold a step down); only from no funded need to the first funded point can it be
 * more. For rules without streams the whole budget is walked by total points, as the calculator prices it.
 *
 * <p><b>Which streams.</b> A stream is walked only if it pays for some domain of a person with one of the
 * eligibilities considered, as the allocator attributes the rule set's funding (not a practitioner's
 * attribution): a stream nobody considered is eligible for never reports a cliff edge. {@link
 * CliffEdge#domains()} lists the domains it pays for them.
 *
 * <p><b>A point's worth</b> ({@link CliffEdge#threshold()}), before the contingency: under a price per point
 * the stream's price (its own, or the rule set's), rounded up to the penny; under an interpolation the
 * steepest slope between two knots, rounded up to the penny; under a banding table nothing, since within a
 * band one more point adds nothing. A penny is added for the rounding of each amount to the penny. A step
 * is a <em>cliff edge</em> when its weekly jump is more than that. So a price per point without a floor
 * has no cliff edges, with or without a ceiling; with a floor above a point's worth, one, from 0 points to
 * 1.
 *
 * <p>The result does not depend on the order of the domains or the streams in the rule set.
 */
public final class CliffEdges {
  /** Added to a point's worth for the rounding of each of the two amounts to the penny. */
  private static final Money ROUNDING = Money.ofPence(1);

  private CliffEdges() {}

  /**
   * The cliff edges of the rules for anyone: every stream that pays for some domain of a person with no
   * eligibility facts, a FACS band (any), a Care Act eligibility determination, or any of these with an
   * entitlement to section 117 after-care.
   *
   * @param rules a valid rule set, not null
   * @param limit the most edges kept for each stream (or the whole budget), 1 or more
   * @return the edges, largest annual jump first, then by stream id, then by lower points; never null
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  public static List<CliffEdge> largest(RuleSet rules, int limit) {
    return of(rules, anyone(), limit);
  }

  /**
   * The cliff edges of the rules for people with these eligibilities, such as a caseload's: the streams
   * they are eligible for that pay for some of their domains.
   *
   * @param rules a valid rule set, not null
   * @param eligibilities the people's eligibility facts, not null (only distinct values count)
   * @param limit the most edges kept for each stream (or the whole budget), 1 or more
   * @return the edges, largest annual jump first, then by stream id, then by lower points; never null
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  public static List<CliffEdge> of(RuleSet rules, Collection<Eligibility> eligibilities, int limit) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(eligibilities, "eligibilities");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    int max = RuleSetValidator.maxTotalPoints(rules);
    List<CliffEdge> edges = new ArrayList<>();
    if (rules.streams().isEmpty()) {
      PriceSchedule schedule = PriceSchedule.compile(rules.pricing(), rules.rounding(), rules.weeksPerYear(), max);
      List<DomainId> domains = rules.domains().stream().map(Domain::id)
          .sorted(Comparator.comparing(DomainId::value)).toList();
      Money threshold = threshold(rules.pricing().method(), null);
      List<CliffEdge> whole = new ArrayList<>();
      for (int t = 0; t < max; t++) {
        Money at = schedule.weekly(t);
        Money next = schedule.weekly(t + 1);
        if (next.minus(at).isGreaterThan(threshold)) {
          whole.add(new CliffEdge(null, "the whole budget", domains, t, at, next,
              schedule.annual(t + 1).minus(schedule.annual(t)), threshold));
        }
      }
      edges.addAll(largestFirst(whole, limit));
      return sorted(edges);
    }
    StreamAllocator allocator = StreamAllocator.of(rules);
    Map<StreamId, Set<DomainId>> paidFor = paidFor(rules, allocator, eligibilities);
    List<FundingStream> streams = rules.streams();
    for (int s = 0; s < streams.size(); s++) {
      FundingStream stream = streams.get(s);
      Set<DomainId> domains = paidFor.get(stream.id());
      if (domains == null) {
        continue;
      }
      Money threshold = threshold(rules.pricing().method(), stream.pricePerPoint().orElse(null));
      List<BigDecimal> points = new ArrayList<>(Collections.nCopies(streams.size(), BigDecimal.ZERO));
      Money at = allocator.weekly(points);
      List<CliffEdge> found = new ArrayList<>();
      for (int n = 0; n < max; n++) {
        points.set(s, BigDecimal.valueOf(n + 1));
        Money next = allocator.weekly(points);
        if (next.minus(at).isGreaterThan(threshold)) {
          found.add(new CliffEdge(stream.id(), stream.name(), List.copyOf(domains), n, at, next,
              rules.weeksPerYear().annual(next, rules.rounding()).minus(rules.weeksPerYear().annual(at, rules.rounding())),
              threshold));
        }
        at = next;
      }
      edges.addAll(largestFirst(found, limit));
    }
    return sorted(edges);
  }

  /**
   * Each stream that pays for some domain of a person with one of the eligibilities, and those domains
   * (sorted by id), as the allocator attributes one point in every domain.
   */
  private static Map<StreamId, Set<DomainId>> paidFor(
      RuleSet rules, StreamAllocator allocator, Collection<Eligibility> eligibilities) {
    int[] onePointEach = new int[rules.domains().size()];
    Arrays.fill(onePointEach, 1);
    Map<StreamId, Set<DomainId>> paidFor = new TreeMap<>(Comparator.comparing(StreamId::value));
    for (Eligibility e : new LinkedHashSet<>(eligibilities)) {
      for (StreamAttribution a : allocator.allocate(onePointEach, e, true).attributions()) {
        if (a.points().signum() > 0 && a.paidBy().isPresent()) {
          paidFor.computeIfAbsent(a.paidBy().get(), id -> new TreeSet<>(Comparator.comparing(DomainId::value)))
              .add(a.domain());
        }
      }
    }
    return paidFor;
  }

  /** One point's worth under the method (at the stream's own price, when it has one), plus a penny. */
  private static Money threshold(PricingMethod method, BigDecimal streamPrice) {
    BigDecimal worth;
    if (method instanceof PricePerPoint price) {
      worth = streamPrice != null ? streamPrice : price.poundsPerPoint();
    } else if (method instanceof Interpolation interpolation) {
      worth = BigDecimal.ZERO;
      List<InterpolationPoint> knots = interpolation.points();
      for (int k = 1; k < knots.size(); k++) {
        BigDecimal rise = knots.get(k).weekly().minus(knots.get(k - 1).weekly()).pounds();
        int run = knots.get(k).points() - knots.get(k - 1).points();
        if (run > 0) {
          worth = worth.max(rise.divide(BigDecimal.valueOf(run), 2, RoundingMode.CEILING));
        }
      }
    } else if (method instanceof Banding) {
      worth = BigDecimal.ZERO;
    } else {
      throw new IllegalStateException("unknown pricing method " + method);
    }
    return Money.ofPounds(worth, RoundingMode.CEILING).plus(ROUNDING);
  }

  private static List<CliffEdge> largestFirst(List<CliffEdge> edges, int limit) {
    List<CliffEdge> sorted = new ArrayList<>(edges);
    sorted.sort(Comparator.comparing(CliffEdge::annualJump).reversed().thenComparingInt(CliffEdge::points));
    return sorted.subList(0, Math.min(limit, sorted.size()));
  }

  private static List<CliffEdge> sorted(List<CliffEdge> edges) {
    List<CliffEdge> sorted = new ArrayList<>(edges);
    sorted.sort(Comparator.comparing(CliffEdge::annualJump).reversed()
        .thenComparing(e -> e.stream().map(StreamId::value).orElse(""))
        .thenComparingInt(CliffEdge::points));
    return List.copyOf(sorted);
  }

  /** Representatives of every eligibility a stream can require, with and without section 117. */
  private static List<Eligibility> anyone() {
    List<Eligibility> all = new ArrayList<>();
    all.add(Eligibility.unknown());
    for (FacsBand band : FacsBand.values()) {
      all.add(Eligibility.of(band, null));
    }
    all.add(Eligibility.of(null, new CareActDetermination(
        EnumSet.allOf(CareActOutcome.class), true, true)));
    int facts = all.size();
    for (int i = 0; i < facts; i++) {
      all.add(all.get(i).withSection117Entitlement(true));
    }
    return all;
  }
}
