package uk.ras.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.internal.PriceSchedule;
import uk.ras.internal.StreamAllocator;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.RuleSetValidator;
import uk.ras.funding.StreamShare;

/**
 * Funding streams are priced in whole units (hundredths of a point, pence) on the figures path, and in
 * {@code BigDecimal} when a rule set's decimals are too fine for units. The two must give the same
 * budget to the penny, the same points and the same explanation, for every rule set and person.
 */
class WholeUnitsProperties {
  @Test
  void wholeUnitsGiveWhatDecimalArithmeticGives() {
    qt().withExamples(Examples.or(500))
        .forAll(Generated.casesWithStreams(-1))
        .checkAssert(
            c -> {
              StreamAllocator units = allocator(c.rules, true);
              StreamAllocator decimals = allocator(c.rules, false);
              assertTrue(units.usesWholeUnits(), "the generated shares have two decimals: units should do");
              assertFalse(decimals.usesWholeUnits());
              int[] points = domainPoints(c);
              for (boolean explain : new boolean[] {false, true}) {
                assertEquals(
                    decimals.allocate(points, c.assessment.eligibility(), explain),
                    units.allocate(points, c.assessment.eligibility(), explain));
              }
              // Other points within each domain's reach, so that more totals than the assessment's are tried.
              int[] more = points.clone();
              for (int d = 0; d < more.length; d++) {
                more[d] = (more[d] * (1 + c.pick % 37) + c.pick % 11) % (most(c.rules.domains().get(d)) + 1);
              }
              assertEquals(
                  decimals.allocate(more, c.assessment.eligibility(), true),
                  units.allocate(more, c.assessment.eligibility(), true));
            });
  }

  @Test
  void sharesTooFineForUnitsFallBackToDecimalsAndStillAddUp() {
    qt().withExamples(Examples.or(200))
        .forAll(Generated.casesWithStreams(-1))
        .checkAssert(
            c -> {
              RuleSet fine = withTwelveDecimalShares(c.rules);
              StreamAllocator allocator = allocator(fine, true);
              assertFalse(allocator.usesWholeUnits(), "shares with 12 decimals do not fit units");
              Budget b = Calculator.compile(fine).allocate(c.assessment);
              assertEquals(
                  b.weekly().pence(), b.streams().stream().mapToLong(s -> s.weekly().pence()).sum());
              BigDecimal funded =
                  b.streams().stream().map(s -> s.points()).reduce(BigDecimal.ZERO, BigDecimal::add);
              assertEquals(0, funded.add(b.unfundedPoints()).compareTo(BigDecimal.valueOf(b.totalPoints())));
            });
  }

  /** Every two-share domain's first share moved by 10^-10 percent, the second by the opposite. */
  private static RuleSet withTwelveDecimalShares(RuleSet rules) {
    BigDecimal nudge = new BigDecimal("0.000000000001");
    List<Domain> domains =
        rules.domains().stream()
            .map(
                d -> {
                  if (d.funding().size() != 2) {
                    return d;
                  }
                  StreamShare first = d.funding().get(0);
                  StreamShare second = d.funding().get(1);
                  return d.withFunding(
                      first.withShare(first.share().subtract(nudge)),
                      second.withShare(second.share().add(nudge)));
                })
            .toList();
    boolean changed = !domains.equals(rules.domains());
    RuleSet result = rules.withDomains(domains);
    if (!changed) {
      // No two-share domain: give the first domain two shares of the same stream.
      Domain d = result.domains().get(0);
      StreamShare only = d.funding().get(0);
      BigDecimal part = new BigDecimal("33.333333333333");
      Domain split =
          d.withFunding(only.withShare(part), only.withShare(BigDecimal.valueOf(100).subtract(part)));
      result = result.withDomains(
          java.util.stream.Stream.concat(java.util.stream.Stream.of(split), result.domains().stream().skip(1))
              .toList());
    }
    return result;
  }

  /** The most points a domain can give: its options' best, capped. */
  private static int most(Domain domain) {
    int sum =
        domain.questions().stream()
            .mapToInt(q -> q.options().stream().mapToInt(o -> o.points()).max().orElse(0))
            .sum();
    return Math.min(sum, domain.cap().orElse(Integer.MAX_VALUE));
  }

  private static StreamAllocator allocator(RuleSet rules, boolean wholeUnits) {
    PriceSchedule schedule =
        PriceSchedule.compile(
            rules.pricing(), rules.rounding(), rules.weeksPerYear(), RuleSetValidator.maxTotalPoints(rules));
    return new StreamAllocator(rules, schedule, wholeUnits);
  }

  private static int[] domainPoints(Generated.Case c) {
    return Calculator.compile(c.rules).allocate(c.assessment, Detail.FIGURES).domains().stream()
        .mapToInt(DomainPoints::points)
        .toArray();
  }
}
