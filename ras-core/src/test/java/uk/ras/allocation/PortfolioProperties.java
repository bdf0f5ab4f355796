package uk.ras.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.BudgetHolding;
import uk.ras.assessment.Eligibility;
import uk.ras.money.Money;
import uk.ras.portfolio.Portfolio;
import uk.ras.portfolio.PortfolioReport;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.RuleSet;

/** What must hold of a portfolio whose budgets were allocated under several versions of the rules. */
class PortfolioProperties {
  /**
   * Three versions of FundingTest's rules, each with its own envelopes and a price of its own (£4.00,
   * £5.00 and £6.00 a point), so that a person's budget depends on the version.
   */
  private static final List<Calculator> VERSIONS = List.of(version(0, 4), version(1, 5), version(2, 6));

  private static final RuleSetRegistry REGISTRY = RuleSetRegistry.of(VERSIONS);

  private static Calculator version(int n, int pounds) {
    RuleSet rules = FundingTest.rules(true);
    List<FundingStream> streams = new ArrayList<>();
    for (FundingStream s : rules.streams()) {
      streams.add(
          s.withAnnualEnvelope(Money.ofPence((n + 1) * 10_000_00L))
              .withPricePerPoint(BigDecimal.valueOf(pounds)));
    }
    return Calculator.compile(
        rules.withVersion("v" + n).withEffectiveFrom(LocalDate.of(2024 + n, 4, 1)).withStreams(streams));
  }

  /** A person, the version they are allocated under, and how their budget is held. */
  private record Person(Assessment assessment, int version) {
    Budget budget() {
      return VERSIONS.get(version).allocate(assessment, Detail.FIGURES);
    }
  }

  private static List<Person> people(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] care = {"none", "some", "all"};
    String[] safety = {"none", "some", "high"};
    FacsBand[] bands = FacsBand.values();
    BudgetHolding[] holdings = BudgetHolding.values();
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BudgetHolding h = holdings[random.nextInt(holdings.length)];
      Assessment a =
          Assessment.builder("P" + i)
              .answer("pc_wash", care[random.nextInt(3)])
              .answer("pc_dress", care[random.nextInt(3)])
              .answer("sf_home", safety[random.nextInt(3)])
              .eligibility(Eligibility.of(bands[random.nextInt(bands.length)], null))
              .build()
              .withHolding(h, h == BudgetHolding.MIX ? Money.ofPence(random.nextInt(5_000)) : null);
      people.add(new Person(a, random.nextInt(VERSIONS.size())));
    }
    return people;
  }

  private static PortfolioReport report(List<Person> people) {
    Portfolio portfolio = Portfolio.of(REGISTRY);
    people.forEach(p -> portfolio.add(p.budget()));
    return portfolio.report();
  }

  @Test
  void theVersionsCommittedSpendAddsUpToTheBudgetsStreamAmounts() {
    qt().withExamples(Examples.or(200))
        .forAll(integers().between(0, Integer.MAX_VALUE - 1), integers().between(0, 30))
        .checkAssert(
            (seed, count) -> {
              List<Person> people = people(seed, count);
              PortfolioReport r = report(people);
              for (int s = 0; s < 2; s++) {
                Money liability = Money.zero();
                Money committed = Money.zero();
                for (Person p : people) {
                  Budget b = p.budget();
                  Money amount = b.streams().get(s).annual();
                  liability = liability.plus(amount);
                  if (b.holding().orElse(null) != BudgetHolding.INACTIVE_VIRTUAL) {
                    committed = committed.plus(amount);
                  }
                }
                int stream = s;
                Money versionsCommitted =
                    Money.total(r.versions().stream().map(v -> v.streams().get(stream).committed()).toList());
                Money versionsLiability =
                    Money.total(r.versions().stream().map(v -> v.streams().get(stream).liability()).toList());
                String replay = "seed " + seed + ", count " + count;
                assertEquals(committed, versionsCommitted, replay);
                assertEquals(liability, versionsLiability, replay);
                assertEquals(committed, r.streams().get(s).committed(), replay);
                assertEquals(liability, r.streams().get(s).liability(), replay);
              }
              assertEquals(count, r.versions().stream().mapToInt(PortfolioReport.VersionLine::people).sum());
            });
  }

  @Test
  void unfundedNeedIsCountedOncePerPersonAndItsPointsAddUp() {
    qt().withExamples(Examples.or(200))
        .forAll(integers().between(0, Integer.MAX_VALUE - 1), integers().between(0, 30))
        .checkAssert(
            (seed, count) -> {
              List<Person> people = people(seed, count);
              PortfolioReport r = report(people);
              String replay = "seed " + seed + ", count " + count;
              int flagged = 0;
              BigDecimal points = BigDecimal.ZERO;
              for (Person p : people) {
                Budget figures = p.budget();
                Budget explained = VERSIONS.get(p.version()).allocate(p.assessment(), Detail.EXPLAINED);
                // The shares are recorded on both paths, and add up to the budget's unfunded points.
                assertEquals(explained.unfundedShares(), figures.unfundedShares(), replay);
                BigDecimal shares =
                    figures.unfundedShares().stream()
                        .map(uk.ras.funding.StreamAttribution::points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, shares.compareTo(figures.unfundedPoints()), replay);
                assertEquals(figures.has(uk.ras.pricing.BudgetFlag.UNFUNDED_NEED), !figures.unfundedShares().isEmpty(), replay);
                if (figures.has(uk.ras.pricing.BudgetFlag.UNFUNDED_NEED)) {
                  flagged++;
                  points = points.add(figures.unfundedPoints());
                }
              }
              assertEquals(flagged, r.unfundedPeople(), replay);
              assertEquals(0, points.compareTo(r.unfundedPoints()), replay);
              BigDecimal byDomain =
                  r.unfundedByDomain().stream().map(PortfolioReport.DomainLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
              BigDecimal byStream =
                  r.versions().stream()
                      .flatMap(v -> v.streams().stream())
                      .map(PortfolioReport.StreamLine::unfundedPoints)
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              assertEquals(0, points.compareTo(byDomain), replay);
              assertEquals(0, points.compareTo(byStream), replay);
              // A person counts once in a domain: never more people in a domain than flagged people.
              for (PortfolioReport.DomainLine d : r.unfundedByDomain()) {
                assertEquals(true, d.people() >= 1 && d.people() <= flagged, replay + " " + d);
              }
            });
  }

  @Test
  void movingAPersonToAnotherVersionChangesOnlyThoseTwoVersionsFigures() {
    qt().withExamples(Examples.or(200))
        .forAll(
            integers().between(0, Integer.MAX_VALUE - 1),
            integers().between(1, 30),
            integers().between(0, Integer.MAX_VALUE - 1))
        .checkAssert(
            (seed, count, pick) -> {
              List<Person> people = people(seed, count);
              int moved = pick % count;
              Person before = people.get(moved);
              int from = before.version();
              int to = (from + 1 + pick % (VERSIONS.size() - 1)) % VERSIONS.size();
              List<Person> after = new ArrayList<>(people);
              after.set(moved, new Person(before.assessment(), to));
              Map<String, PortfolioReport.VersionLine> a = byLabel(report(people));
              Map<String, PortfolioReport.VersionLine> b = byLabel(report(after));
              String replay = "seed " + seed + ", count " + count + ", pick " + pick;
              for (int v = 0; v < VERSIONS.size(); v++) {
                String label = VERSIONS.get(v).ruleSet().label();
                Optional<PortfolioReport.VersionLine> was = Optional.ofNullable(a.get(label));
                Optional<PortfolioReport.VersionLine> is = Optional.ofNullable(b.get(label));
                if (v == from || v == to) {
                  int change = v == from ? -1 : 1;
                  assertEquals(was.map(PortfolioReport.VersionLine::people).orElse(0) + change,
                      is.map(PortfolioReport.VersionLine::people).orElse(0), replay);
                  assertNotEquals(was, is, replay);
                } else if (was.isPresent() && is.isPresent()) {
                  assertEquals(was, is, replay + ", version " + label);
                } else {
                  // A version no one is under is left out of the report, the newest version excepted
                  // when the portfolio is empty (never here: there is at least one person).
                  assertEquals(was.isPresent(), is.isPresent(), replay + ", version " + label);
                }
              }
            });
  }

  private static Map<String, PortfolioReport.VersionLine> byLabel(PortfolioReport r) {
    return r.versions().stream()
        .collect(Collectors.toMap(PortfolioReport.VersionLine::ruleSetLabel, Function.identity()));
  }

  @Test
  void whatThePoolsStreamsCarryAddsUpToWhatTheShortStreamsLackOrToTheirSurpluses() {
    // PortfolioTest's three-stream pool (liabilities £1,170.00, £468.00, £468.00) under any envelopes.
    qt().withExamples(300)
        .forAll(integers().between(0, 300_000), integers().between(0, 300_000), integers().between(0, 300_000))
        .checkAssert((sc, sp, nhs) -> {
          List<PortfolioReport.PoolShare> shares =
              PortfolioTest.portfolioOf(PortfolioTest.threeStreamPool(sc, sp, nhs)).report().pools().get(0).shares();
          long shortfall = 0;
          long surplus = 0;
          long carried = 0;
          for (PortfolioReport.PoolShare share : shares) {
            long difference = share.crossSubsidy().pence();
            shortfall += Math.max(0, -difference);
            surplus += Math.max(0, difference);
            carried += share.carried().pence();
            assertTrue(share.carried().pence() >= 0 && share.carried().pence() <= Math.max(0, difference), share::toString);
          }
          assertEquals(Math.min(shortfall, surplus), carried, shares::toString);
        });
  }
}
