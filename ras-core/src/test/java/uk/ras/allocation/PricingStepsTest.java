package uk.ras.allocation;

import uk.ras.pricing.Steps;
import uk.ras.pricing.AmountStep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.Assessment;
import uk.ras.money.Money;
import uk.ras.ruleset.Band;
import uk.ras.ruleset.Banding;
import uk.ras.ruleset.CeilingPolicy;
import uk.ras.ruleset.Interpolation;
import uk.ras.ruleset.InterpolationPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.PricingMethod;
import uk.ras.ruleset.RuleSet;

/**
 * The pricing steps of rule sets without streams, at the exact edges of bands and knots, worked by hand
 * on Testshire's questionnaire (personal care capped at 10, safety up to 11).
 */
class PricingStepsTest {
  private static Money p(long pence) {
    return Money.ofPence(pence);
  }

  private static Assessment points(String wash, String dress, String home, String night) {
    return Assessment.builder("P1")
        .answer("pc_wash", wash)
        .answer("pc_dress", dress)
        .answer("sf_home", home)
        .answer("sf_night", night)
        .answer("informal", "none")
        .build();
  }

  private static List<AmountStep> steps(PricingMethod method, Assessment a) {
    RuleSet rules = Testshire.builder().pricing(Pricing.builder().method(method).build()).build();
    return Calculator.compile(rules).allocate(a, Detail.EXPLAINED).explanation().orElseThrow().steps();
  }

  private static final Banding BANDS =
      Banding.builder()
          .addBands(
              Band.of(0, OptionalInt.of(4), p(10_00)),
              Band.of(5, OptionalInt.of(9), p(20_00)),
              Band.of(10, OptionalInt.empty(), p(30_00)))
          .build();

  @Test
  void aTotalOnABandsFirstPointIsInThatBand() {
    // Washing "Some" 3 + dressing "Some" 2 = 5: the first total of the second band.
    assertEquals(
        List.of(Steps.step("pricing.bands[1]", "5 points fall in the band 5-9 points, worth £20.00", p(20_00), p(20_00))),
        steps(BANDS, points("some", "some", "none", "no")));
    // Washing "All" 6 + home "Some" 4 = 10: the open last band.
    assertEquals(
        List.of(Steps.step("pricing.bands[2]", "10 points fall in the band 10+ points, worth £30.00", p(30_00), p(30_00))),
        steps(BANDS, points("all", "none", "some", "no")));
  }

  private static final Interpolation KNOTS =
      Interpolation.builder()
          .addPoints(
              InterpolationPoint.of(0, Money.zero()),
              InterpolationPoint.of(10, p(50_00)),
              InterpolationPoint.of(18, p(70_00)))
          .build();

  @Test
  void interpolationBetweenKnotsAtAKnotAndAtTheLastKnot() {
    // 6 + 8 = 14: between 10 (£50.00) and 18 (£70.00): 5000 + 2000 × 4 / 8 = 6000p.
    assertEquals(
        List.of(
            Steps.step(
                "pricing.interpolation[2]",
                "14 points between 10 points (£50.00) and 18 points (£70.00), interpolated = £60.00",
                p(60_00),
                p(60_00))),
        steps(KNOTS, points("all", "none", "high", "no")));
    // 6 + 4 = 10, exactly the middle knot: read from the segment that starts there.
    assertEquals(
        List.of(
            Steps.step(
                "pricing.interpolation[2]",
                "10 points between 10 points (£50.00) and 18 points (£70.00), interpolated = £50.00",
                p(50_00),
                p(50_00))),
        steps(KNOTS, points("all", "none", "some", "no")));
    // 10 (capped) + 8 = 18, exactly the last knot.
    assertEquals(
        List.of(
            Steps.step(
                "pricing.interpolation[2]", "18 points at or beyond the last point (18 points) = £70.00", p(70_00), p(70_00))),
        steps(KNOTS, points("all", "all", "high", "no")));
  }

  @Test
  void theFloorIsNotAppliedToNoNeedAndTheCeilingCapsOrRefers() {
    Calculator refer = Calculator.compile(Testshire.rules());
    List<AmountStep> none =
        refer.allocate(points("none", "none", "none", "no"), Detail.EXPLAINED).explanation().orElseThrow().steps();
    assertEquals(
        List.of(Steps.step("points", "no assessed need: no budget", Money.zero(), Money.zero())), none);
    // 10 + 8 + 3 = 21 × £5.00 = £105.00 less £10.50 = £94.50, above the £80.00 ceiling.
    List<AmountStep> referred =
        refer.allocate(points("all", "all", "high", "yes"), Detail.EXPLAINED).explanation().orElseThrow().steps();
    assertEquals(
        Steps.step(
            "pricing.ceiling",
            "above the ceiling of £80.00: referred to the resource allocation panel, amount not capped",
            Money.zero(),
            p(94_50)),
        referred.get(referred.size() - 1));
    Calculator cap = Calculator.compile(Testshire.builder().pricing(Testshire.pricing(CeilingPolicy.CAP)).build());
    List<AmountStep> capped =
        cap.allocate(points("all", "all", "high", "yes"), Detail.EXPLAINED).explanation().orElseThrow().steps();
    assertEquals(
        Steps.step("pricing.ceiling", "capped at the ceiling of £80.00 (from £94.50)", p(-14_50), p(80_00)),
        capped.get(capped.size() - 1));
  }
}
