package uk.ras.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/**
 * The rules of rates over generated inputs, each case rebuilt from one seed (in the falsification report).
 */
class RatesProperties {
  private static final Gen<Long> SEEDS = longs().all();
  private static final RoundingMode[] MODES = {
    RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN,
    RoundingMode.CEILING, RoundingMode.FLOOR
  };

  static BigDecimal percent(SplittableRandom r) {
    // Whole, two-decimal and zero percentages, often enough each.
    switch (r.nextInt(3)) {
      case 0:
        return BigDecimal.ZERO;
      case 1:
        return BigDecimal.valueOf(r.nextInt(40));
      default:
        return BigDecimal.valueOf(r.nextInt(4000), 2);
    }
  }

  static BuildUp buildUp(SplittableRandom r, OverheadMethod method) {
    List<OnCost> onCosts = new ArrayList<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      onCosts.add(new OnCost("c" + i, percent(r)));
    }
    return BuildUp.of(Money.ofPence(1 + r.nextLong(5_000)), onCosts, percent(r), percent(r), method);
  }

  /** Consecutive versions, some with gaps between them, from a start date. */
  static Rates versions(SplittableRandom r) {
    List<RateVersion> versions = new ArrayList<>();
    LocalDate from = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(400));
    for (int i = 1 + r.nextInt(5); i > 0; i--) {
      LocalDate to = from.plusDays(r.nextInt(400));
      versions.add(
          RateVersion.builder()
              .inForce(from, to)
              .addStaff(StaffRate.hourly("s", Money.ofPence(r.nextLong(10_000))))
              .build());
      from = to.plusDays(1 + (r.nextBoolean() ? 0 : r.nextInt(30)));
    }
    java.util.Collections.shuffle(versions, new java.util.Random(r.nextLong()));
    return Rates.of("R", RoundingMode.HALF_UP, PeriodConversion.WEEKS_52, versions);
  }

  @Test
  void onEveryCoveredDateExactlyOneVersionIsInForceAndOutsideItIsAnError() {
    qt().forAll(SEEDS)
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              Rates rates = versions(r);
              LocalDate first = rates.versions().stream().map(RateVersion::from).min(LocalDate::compareTo).orElseThrow();
              LocalDate last = rates.versions().stream().map(RateVersion::to).max(LocalDate::compareTo).orElseThrow();
              for (int k = 0; k < 20; k++) {
                long span = java.time.temporal.ChronoUnit.DAYS.between(first, last);
                LocalDate date = first.minusDays(5).plusDays(r.nextLong(span + 11));
                long covering = rates.versions().stream().filter(v -> v.covers(date)).count();
                assertTrue(covering <= 1, "two versions cover " + date);
                if (covering == 1) {
                  RateVersion v = rates.versions().stream().filter(x -> x.covers(date)).findFirst().orElseThrow();
                  assertSame(v, rates.inForce(date).version());
                } else {
                  NoRatesInForceException e = assertThrows(NoRatesInForceException.class, () -> rates.inForce(date));
                  assertEquals(date, e.date());
                  assertTrue(e.getMessage().contains(String.join(", ", rates.covered())), e.getMessage());
                }
              }
            });
  }

  @Test
  void versionsThatShareADayAreRefused() {
    qt().forAll(SEEDS)
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              LocalDate from = LocalDate.of(2026, 4, 1).plusDays(r.nextInt(100));
              LocalDate to = from.plusDays(r.nextInt(400));
              LocalDate shared = from.plusDays(r.nextLong(java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1));
              RateVersion a = RateVersion.builder().inForce(from, to).addStaff(StaffRate.hourly("s", Money.ofPence(1))).build();
              RateVersion b =
                  RateVersion.builder()
                      .inForce(r.nextBoolean() ? shared : shared.minusDays(r.nextInt(500)), shared.plusDays(r.nextInt(500)))
                      .addStaff(StaffRate.hourly("s", Money.ofPence(2)))
                      .build();
              InvalidCostingException e =
                  assertThrows(
                      InvalidCostingException.class,
                      () -> Rates.of("R", RoundingMode.HALF_UP, PeriodConversion.WEEKS_52, List.of(a, b)));
              assertEquals("versions[1].from", e.problems().get(0).path());
            });
  }

  @Test
  void markupAndMarginAgreeOnlyWhenOverheadsAndSurplusAreZero() {
    qt().forAll(SEEDS)
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              BuildUp markup = buildUp(r, OverheadMethod.MARKUP);
              BuildUp margin =
                  BuildUp.of(markup.pay(), markup.onCosts(), markup.overheads(), markup.surplus(), OverheadMethod.MARGIN);
              BigDecimal a = markup.unrounded(MathContext.DECIMAL128);
              BigDecimal b = margin.unrounded(MathContext.DECIMAL128);
              boolean zero = markup.overheads().signum() == 0 && markup.surplus().signum() == 0;
              if (zero) {
                assertEquals(0, a.compareTo(b));
                for (RoundingMode mode : MODES) {
                  assertEquals(markup.hourly(mode), margin.hourly(mode));
                }
              } else {
                // direct/(1-k) - direct(1+k) = direct k^2/(1-k) > 0: margin is always the higher.
                assertNotEquals(0, a.compareTo(b));
                assertTrue(b.compareTo(a) > 0);
              }
            });
  }

  @Test
  void aBuiltUpRateIsTheExactRateRoundedOnce() {
    qt().forAll(SEEDS)
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              OverheadMethod method = r.nextBoolean() ? OverheadMethod.MARKUP : OverheadMethod.MARGIN;
              BuildUp b = buildUp(r, method);
              RoundingMode mode = MODES[r.nextInt(MODES.length)];
              BigDecimal exact = b.unrounded(new MathContext(60));
              // Rounding the 60-digit quotient is the exact rounding unless it sits within 1e-50 of a
              // half penny, which these inputs never do.
              assertEquals(Money.ofPounds(exact.setScale(2, mode)), b.hourly(mode));
              // Rounding on-costs or the direct cost first would differ: the rate is never more than
              // half a penny (or a penny, for up/down) from the exact one.
              BigDecimal gap = b.hourly(mode).pounds().subtract(exact).abs();
              assertTrue(gap.compareTo(new BigDecimal("0.01")) < 0);
            });
  }

  @Test
  void aBandedRateIsTheRoundedBaseTimesTheMultiplierRoundedOnce() {
    qt().forAll(SEEDS)
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              RoundingMode mode = MODES[r.nextInt(MODES.length)];
              BuildUp b = buildUp(r, r.nextBoolean() ? OverheadMethod.MARKUP : OverheadMethod.MARGIN);
              BigDecimal multiplier = BigDecimal.valueOf(r.nextInt(3000), r.nextInt(4));
              if (multiplier.compareTo(BigDecimal.TEN) > 0) {
                multiplier = BigDecimal.ONE;
              }
              RateVersion v =
                  RateVersion.builder()
                      .inForce(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))
                      .addStaff(StaffRate.builtUp("s", b))
                      .addBand(TimeBand.multiplier("m", multiplier))
                      .build();
              RateCard card =
                  Rates.of("R", mode, PeriodConversion.WEEKS_52, List.of(v)).inForce(LocalDate.of(2026, 4, 1));
              Money base = b.hourly(mode);
              assertEquals(base, card.hourly("s").rate());
              assertEquals(Money.ofPounds(base.pounds().multiply(multiplier).setScale(2, mode)), card.hourly("s", "m").rate());
            });
  }
}
