package uk.ras.allocation;

import uk.ras.pricing.BudgetFlag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.assessment.Assessment;
import uk.ras.ruleset.FundingStream;
import uk.ras.funding.StreamAmount;
import uk.ras.funding.StreamAttribution;
import uk.ras.money.Money;
import uk.ras.ruleset.RuleSet;

/** What must hold of every budget attributed to funding streams. */
class FundingProperties {
  private static final int EXAMPLES = 300;

  @Test
  void streamAmountsAlwaysSumExactlyToTheTotal() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.casesWithStreams(-1))
        .checkAssert(
            c -> {
              Budget b = Calculator.compile(c.rules).allocate(c.assessment);
              assertEquals(c.rules.streams().size(), b.streams().size());
              assertEquals(b.weekly(), Money.total(b.streams().stream().map(StreamAmount::weekly).toList()));
              assertEquals(b.annual(), Money.total(b.streams().stream().map(StreamAmount::annual).toList()));
              b.streams().forEach(s -> assertFalse(s.weekly().isNegative() || s.annual().isNegative()));
            });
  }

  @Test
  void unfundedNeedIsFlaggedExactlyWhenSomePointsAreUnfundedAndEveryPointIsCountedOnce() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.casesWithStreams(-1))
        .checkAssert(
            c -> {
              Budget b = Calculator.compile(c.rules).allocate(c.assessment, Detail.FIGURES);
              assertEquals(
                  b.unfundedPoints().signum() > 0, b.has(BudgetFlag.UNFUNDED_NEED), b::toString);
              // Funded and unfunded points together are the domains' points: nothing lost, nothing twice.
              java.math.BigDecimal funded =
                  b.streams().stream().map(StreamAmount::points).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
              assertEquals(0, java.math.BigDecimal.valueOf(b.totalPoints()).compareTo(funded.add(b.unfundedPoints())), b::toString);
            });
  }

  @Test
  void aPersonNotEligibleForAStreamGetsNothingFromIt() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.casesWithStreams(-1))
        .checkAssert(
            c -> {
              Budget b = Calculator.compile(c.rules).allocate(c.assessment);
              for (int s = 0; s < c.rules.streams().size(); s++) {
                FundingStream stream = c.rules.streams().get(s);
                if (!c.assessment.eligibility().meets(stream.eligibility())) {
                  StreamAmount amount = b.streams().get(s);
                  assertEquals(Money.zero(), amount.weekly(), stream.id() + " paid a person not eligible");
                  assertEquals(0, amount.points().signum());
                }
              }
            });
  }

  @Test
  void everySharesPointsAreAccountedForOnceAsFundedOrUnfunded() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.casesWithStreams(-1))
        .checkAssert(
            c -> {
              Budget b = Calculator.compile(c.rules).allocate(c.assessment);
              BigDecimal funded =
                  b.streams().stream().map(StreamAmount::points).reduce(BigDecimal.ZERO, BigDecimal::add);
              assertEquals(
                  0, BigDecimal.valueOf(b.totalPoints()).compareTo(funded.add(b.unfundedPoints())));
              List<StreamAttribution> attributions = b.explanation().orElseThrow().attributions();
              BigDecimal traced =
                  attributions.stream().map(StreamAttribution::points).reduce(BigDecimal.ZERO, BigDecimal::add);
              assertEquals(0, traced.compareTo(BigDecimal.valueOf(b.totalPoints())));
            });
  }

  @Test
  void anUnfundedSharesReasonIsTheSameWhoeverWasAllocatedBefore() {
    // A calculator keeps the reasons of unfunded shares by the person's eligibility in words: a budget
    // made after another person's, of other eligibility, must still name its own person's facts.
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.casesWithStreams(-1), Generated::eligibility)
        .checkAssert(
            (c, otherFacts) -> {
              Calculator calculator = Calculator.compile(c.rules);
              Assessment other = c.assessment.withEligibility(otherFacts).withAttributions(java.util.Map.of());
              calculator.allocate(other, Detail.FIGURES);
              Budget after = calculator.allocate(c.assessment, Detail.FIGURES);
              Budget fresh = Calculator.compile(c.rules).allocate(c.assessment, Detail.FIGURES);
              assertEquals(reasons(fresh), reasons(after), c.assessment::toString);
              assertEquals(
                  reasons(fresh),
                  reasons(Calculator.compile(c.rules).allocate(c.assessment, Detail.EXPLAINED)),
                  c.assessment::toString);
            });
  }

  private static List<String> reasons(Budget budget) {
    return budget.unfundedShares().stream().map(StreamAttribution::reason).toList();
  }

  @Test
  void changingOneStreamsPriceChangesOnlyThatStreamsAmounts() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(
            Generated.casesWithStreams(Generated.PER_POINT)
                // The floor and the ceiling act on the whole budget, so they may move every stream.
                .map(
                    c ->
                        c.withRules(
                            c.rules.withPricing(
                                c.rules.pricing().withFloor(Optional.empty()).withCeiling(Optional.empty())))))
        .checkAssert(
            c -> {
              int s = c.pick % c.rules.streams().size();
              List<FundingStream> streams = new ArrayList<>(c.rules.streams());
              BigDecimal newPrice = BigDecimal.valueOf(c.pick % 100_000, 4);
              streams.set(s, streams.get(s).withPricePerPoint(newPrice));
              RuleSet changed = c.rules.withStreams(streams);
              Budget before = Calculator.compile(c.rules).allocate(c.assessment, Detail.FIGURES);
              Budget after = Calculator.compile(changed).allocate(c.assessment, Detail.FIGURES);
              for (int other = 0; other < streams.size(); other++) {
                if (other != s) {
                  assertEquals(before.streams().get(other).weekly(), after.streams().get(other).weekly());
                }
              }
            });
  }

  @Test
  void contributionsNeverExceedTheCostNorMakeTheCouncilsShareNegative() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.cases())
        .checkAssert(
            c -> {
              Budget b = Calculator.compile(c.rules).allocate(c.assessment, Detail.FIGURES);
              PersonalBudget p = b.personalBudget();
              assertEquals(b.weekly(), p.cost());
              assertFalse(p.councilContribution().isNegative());
              assertFalse(p.personContribution().isGreaterThan(c.assessment.contribution()));
              assertEquals(p.cost(), p.personContribution().plus(p.councilContribution()));
              Money chargeable =
                  c.rules.streams().isEmpty()
                      ? b.weekly()
                      : Money.total(
                          b.streams().stream()
                              .filter(a -> c.rules.streams().stream().anyMatch(s -> s.id().equals(a.stream()) && s.chargeable()))
                              .map(StreamAmount::weekly)
                              .toList());
              assertTrue(!p.personContribution().isGreaterThan(chargeable), "charged for a free stream");
              // And no less: the person pays what they were assessed to, up to the chargeable cost (a
              // budget without a contribution shares its total's figures; one with must not).
              assertEquals(Money.min(c.assessment.contribution(), chargeable), p.personContribution());
            });
  }
}
