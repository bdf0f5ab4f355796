package uk.ras.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.assessment.Eligibility;
import uk.ras.funding.StreamAllocator;
import uk.ras.money.Money;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Band;
import uk.ras.ruleset.Banding;
import uk.ras.ruleset.Ceiling;
import uk.ras.ruleset.CeilingPolicy;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.Interpolation;
import uk.ras.ruleset.InterpolationPoint;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.PricingMethod;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.StreamEligibility;
import uk.ras.ruleset.StreamId;
import uk.ras.ruleset.StreamShare;

/**
 * What must always hold of the cliff edges of rules with funding streams: they describe what the
 * allocator pays, for the streams a person is eligible for, whatever the order of the rule set. Rule
 * sets are built from a seed (1 to 3 streams, some requiring a FACS band and some with their own price;
 * 1 to 4 domains of 1 to 10 points, each paid by a stream with perhaps another when the person is not
 * eligible; a price per point, a banding table or an interpolation; perhaps a contingency, a floor and a
 * ceiling that caps or refers). QuickTheories prints the falsifying values; the seed rebuilds the rules.
 */
class CliffEdgesProperties {
  enum Kind { PER_POINT, BANDS, INTERPOLATION }

  /** One eligibility for each FACS band and none: every stream here requires a band or nothing. */
  private static final List<Eligibility> PEOPLE = people();

  private static List<Eligibility> people() {
    List<Eligibility> people = new ArrayList<>();
    people.add(Eligibility.unknown());
    for (FacsBand band : FacsBand.values()) {
      people.add(Eligibility.of(band, null));
    }
    return List.copyOf(people);
  }

  /** Rules from a seed; {@code halfShares} lets a domain be shared 50/50 between two streams. */
  static RuleSet rules(long seed, Kind kind, boolean floor, boolean ceiling, boolean halfShares) {
    Random r = new Random(seed);
    int streamCount = 1 + r.nextInt(3);
    List<FundingStream> streams = new ArrayList<>();
    for (int s = 0; s < streamCount; s++) {
      FundingStream.Builder stream = FundingStream.builder().id(StreamId.of("s" + s)).name("Stream " + s)
          .eligibility(r.nextBoolean() ? StreamEligibility.anyone()
              : StreamEligibility.requiring(FacsBand.values()[r.nextInt(FacsBand.values().length)], false));
      if (kind == Kind.PER_POINT && r.nextBoolean()) {
        stream.pricePerPoint(BigDecimal.valueOf(1 + r.nextInt(900), 2));
      }
      streams.add(stream.build());
    }
    int domainCount = 1 + r.nextInt(4);
    List<Domain> domains = new ArrayList<>();
    int max = 0;
    for (int d = 0; d < domainCount; d++) {
      int most = 1 + r.nextInt(10);
      max += most;
      List<AnswerOption> options = new ArrayList<>();
      for (int p = 0; p <= most; p++) {
        options.add(AnswerOption.builder().id(OptionId.of("o" + p)).label(p + " points").points(p).build());
      }
      Domain.Builder domain = Domain.builder().id(DomainId.of("d" + d)).name("Domain " + d)
          .addQuestions(Question.builder().id(QuestionId.of("q" + d)).text("?").addAllOptions(options).build());
      int shares = halfShares && r.nextBoolean() ? 2 : 1;
      for (int f = 0; f < shares; f++) {
        StreamShare.Builder share = StreamShare.builder().stream(streams.get(r.nextInt(streamCount)).id())
            .share(BigDecimal.valueOf(100 / shares));
        if (r.nextInt(3) == 0) {
          share.otherwise(streams.get(r.nextInt(streamCount)).id());
        }
        domain.addFunding(share.build());
      }
      domains.add(domain.build());
    }
    Pricing.Builder pricing = Pricing.builder().method(method(r, kind, max))
        .contingencyPercent(BigDecimal.valueOf(r.nextInt(3) == 0 ? 0 : r.nextInt(11)));
    if (floor) {
      pricing.floor(Money.ofPence(100 + r.nextInt(10_000)));
    }
    if (ceiling) {
      pricing.ceiling(Ceiling.of(Money.ofPence(5_000 + r.nextInt(50_000)),
          r.nextBoolean() ? CeilingPolicy.CAP : CeilingPolicy.REFER));
    }
    return RuleSet.builder().id("cliffs").name("Cliff edge test").version("1")
        .effectiveFrom(LocalDate.of(2026, 4, 1))
        .addAllDomains(domains).addAllStreams(streams).pricing(pricing.build()).build();
  }

  private static PricingMethod method(Random r, Kind kind, int max) {
    switch (kind) {
      case PER_POINT:
        return PricePerPoint.of(BigDecimal.valueOf(r.nextInt(900), 2));
      case BANDS: {
        Banding.Builder bands = Banding.builder();
        int from = 0;
        long pence = r.nextInt(5_000);
        while (true) {
          int to = from + r.nextInt(Math.max(1, max / 2));
          if (to >= max || r.nextInt(4) == 0) {
            bands.addBands(Band.of(from, OptionalInt.empty(), Money.ofPence(pence)));
            return bands.build();
          }
          bands.addBands(Band.of(from, OptionalInt.of(to), Money.ofPence(pence)));
          from = to + 1;
          pence += r.nextInt(10_000);
        }
      }
      default: {
        Interpolation.Builder knots = Interpolation.builder();
        int at = 0;
        long pence = r.nextInt(3_000);
        knots.addPoints(InterpolationPoint.of(at, Money.ofPence(pence)));
        while (at < max) {
          at += 1 + r.nextInt(Math.max(1, max / 2));
          pence += r.nextInt(8_000);
          knots.addPoints(InterpolationPoint.of(at, Money.ofPence(pence)));
        }
        return knots.build();
      }
    }
  }

  /** One point's worth of stream s, a penny over, worked out here from the rules (not by CliffEdges). */
  private static Money threshold(RuleSet rules, FundingStream stream) {
    PricingMethod method = rules.pricing().method();
    BigDecimal worth = BigDecimal.ZERO;
    if (method instanceof PricePerPoint price) {
      worth = stream.pricePerPoint().orElse(price.poundsPerPoint());
    } else if (method instanceof Interpolation knots) {
      for (int k = 1; k < knots.points().size(); k++) {
        InterpolationPoint lo = knots.points().get(k - 1);
        InterpolationPoint hi = knots.points().get(k);
        worth = worth.max(hi.weekly().minus(lo.weekly()).pounds()
            .divide(BigDecimal.valueOf(hi.points() - lo.points()), 2, RoundingMode.CEILING));
      }
    }
    return Money.ofPounds(worth, RoundingMode.CEILING).plus(Money.ofPence(1));
  }

  /** The stream index that pays domain d's only (100%) share for this person, or -1: unfunded. */
  private static int payer(RuleSet rules, int d, Eligibility person) {
    StreamShare share = rules.domains().get(d).funding().get(0);
    int named = streamIndex(rules, share.stream());
    if (person.meets(rules.streams().get(named).eligibility())) {
      return named;
    }
    if (share.otherwise().isPresent()) {
      int other = streamIndex(rules, share.otherwise().get());
      return person.meets(rules.streams().get(other).eligibility()) ? other : -1;
    }
    return -1;
  }

  private static int streamIndex(RuleSet rules, StreamId id) {
    for (int s = 0; s < rules.streams().size(); s++) {
      if (rules.streams().get(s).id().equals(id)) {
        return s;
      }
    }
    throw new AssertionError(id);
  }

  private static int most(RuleSet rules, int d) {
    return rules.domains().get(d).questions().get(0).options().stream().mapToInt(AnswerOption::points).max().orElseThrow();
  }

  @Test
  void aPricePerPointWithoutAFloorHasNoCliffEdgesAndWithAFloorOnlyTheFirstPoint() {
    qt().withExamples(Examples.or(300))
        .forAll(longs().all(), booleans().all(), booleans().all(), booleans().all())
        .checkAssert((seed, floor, ceiling, half) -> {
          RuleSet rules = rules(seed, Kind.PER_POINT, floor, ceiling, half);
          List<CliffEdge> edges = CliffEdges.largest(rules, 1000);
          if (!floor) {
            assertEquals(List.of(), edges, rules.toString());
          }
          for (CliffEdge e : edges) {
            // Only from no funded need to the first point, onto the floor (or a capping ceiling below it).
            Money floorAmount = rules.pricing().floor().orElseThrow();
            Money expected = rules.pricing().ceiling()
                .filter(c -> c.policy() == CeilingPolicy.CAP && floorAmount.isGreaterThan(c.weekly()))
                .map(Ceiling::weekly).orElse(floorAmount);
            assertEquals(0, e.points(), e.toString());
            assertEquals(Money.zero(), e.weeklyAt(), e.toString());
            assertEquals(expected, e.weeklyNext(), e.toString());
          }
        });
  }

  @Test
  void everyStepIsTheDifferenceOfTwoAmountsTheAllocatorPaysAPerson() {
    qt().withExamples(Examples.or(300))
        .forAll(longs().all(), integers().between(0, Kind.values().length - 1), booleans().all(), booleans().all())
        .checkAssert((seed, kind, floor, ceiling) -> {
          RuleSet rules = rules(seed, Kind.values()[kind], floor, ceiling, false);
          StreamAllocator allocator = StreamAllocator.of(rules);
          for (CliffEdge e : CliffEdges.largest(rules, 1000)) {
            int s = streamIndex(rules, e.stream().orElseThrow());
            assertEquals(e.weeklyNext().minus(e.weeklyAt()), e.weeklyJump());
            assertTrue(e.weeklyJump().isGreaterThan(threshold(rules, rules.streams().get(s))), e.toString());
            for (Eligibility person : PEOPLE) {
              // A person whose funded points are all this stream's: fill its domains up to e.points(), then one more.
              int[] points = new int[rules.domains().size()];
              int placed = 0;
              int room = -1;
              for (int d = 0; d < points.length; d++) {
                if (payer(rules, d, person) == s) {
                  points[d] = Math.min(most(rules, d), e.points() - placed);
                  placed += points[d];
                  room = points[d] < most(rules, d) && room < 0 ? d : room;
                }
              }
              if (placed < e.points() || room < 0) {
                continue;
              }
              StreamAllocator.Outcome at = allocator.allocate(points, person, false);
              points[room]++;
              StreamAllocator.Outcome next = allocator.allocate(points, person, false);
              assertEquals(e.weeklyAt(), at.weekly(), e + " for " + person);
              assertEquals(e.weeklyNext(), next.weekly(), e + " for " + person);
              assertEquals(e.annualJump(), next.annual().minus(at.annual()), e + " for " + person);
            }
          }
        });
  }

  @Test
  void everyStepAPersonSeesOfMoreThanAPointsWorthIsListedAtTheirFundedPoints() {
    qt().withExamples(Examples.or(500))
        .forAll(longs().all(), integers().between(0, Kind.values().length - 1), integers().between(0, 3),
            longs().all())
        .checkAssert((seed, kind, floorCeiling, personSeed) -> {
          RuleSet rules = rules(seed, Kind.values()[kind], (floorCeiling & 1) != 0, (floorCeiling & 2) != 0, false);
          Random r = new Random(personSeed);
          Eligibility person = PEOPLE.get(r.nextInt(PEOPLE.size()));
          int[] points = new int[rules.domains().size()];
          for (int d = 0; d < points.length; d++) {
            points[d] = r.nextInt(most(rules, d) + 1);
          }
          int d = r.nextInt(points.length);
          int s = payer(rules, d, person);
          if (points[d] == most(rules, d) || s < 0) {
            return;
          }
          StreamAllocator allocator = StreamAllocator.of(rules);
          StreamAllocator.Outcome at = allocator.allocate(points, person, false);
          int funded = at.amounts().stream().map(a -> a.points()).reduce(BigDecimal.ZERO, BigDecimal::add).intValueExact();
          points[d]++;
          Money step = allocator.allocate(points, person, false).weekly().minus(at.weekly());
          List<CliffEdge> edges = CliffEdges.of(rules, List.of(person), 1000);
          if (step.isGreaterThan(threshold(rules, rules.streams().get(s)))) {
            StreamId id = rules.streams().get(s).id();
            assertTrue(edges.stream().anyMatch(e -> e.stream().orElseThrow().equals(id) && e.points() == funded
                    && e.weeklyJump().equals(step) && e.domains().contains(rules.domains().get(d).id())),
                "a step of " + step + " at " + funded + " funded points, paid by " + id + ", is not among " + edges);
          }
        });
  }

  @Test
  void aStreamThePersonIsNotEligibleForNeverReportsACliffEdge() {
    qt().withExamples(Examples.or(300))
        .forAll(longs().all(), integers().between(0, Kind.values().length - 1), booleans().all(),
            integers().between(0, PEOPLE.size() - 1))
        .checkAssert((seed, kind, half, who) -> {
          RuleSet rules = rules(seed, Kind.values()[kind], true, false, half);
          Eligibility person = PEOPLE.get(who);
          for (CliffEdge e : CliffEdges.of(rules, List.of(person), 1000)) {
            FundingStream stream = rules.streams().get(streamIndex(rules, e.stream().orElseThrow()));
            assertTrue(person.meets(stream.eligibility()), e + " for " + person);
            // And it lists only domains whose funding names the stream.
            for (DomainId domain : e.domains()) {
              assertTrue(rules.domains().stream().filter(x -> x.id().equals(domain)).flatMap(x -> x.funding().stream())
                  .anyMatch(f -> f.stream().equals(stream.id()) || f.otherwise().equals(java.util.Optional.of(stream.id()))),
                  e.toString());
            }
          }
        });
  }

  @Test
  void theOrderOfStreamsAndDomainsInTheRuleSetChangesNothing() {
    qt().withExamples(Examples.or(300))
        .forAll(longs().all(), integers().between(0, Kind.values().length - 1), integers().between(0, 7))
        .checkAssert((seed, kind, flags) -> {
          RuleSet rules = rules(seed, Kind.values()[kind], (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0);
          List<Domain> domains = new ArrayList<>(rules.domains());
          List<FundingStream> streams = new ArrayList<>(rules.streams());
          Collections.reverse(domains);
          Collections.reverse(streams);
          RuleSet reordered = rules.withDomains(domains).withStreams(streams);
          assertEquals(CliffEdges.largest(rules, 1000), CliffEdges.largest(reordered, 1000));
          for (Eligibility person : PEOPLE) {
            assertEquals(CliffEdges.of(rules, List.of(person), 3), CliffEdges.of(reordered, List.of(person), 3));
          }
        });
  }
}
