package uk.ras.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of money, apportionment and period conversion. QuickTheories prints the seed of a
 * falsified property; rerun it with {@code -DQT_SEED=...} via {@code withFixedSeed}.
 */
class MoneyProperties {
  private static final Gen<Money> AMOUNTS = longs().between(0, 100_000_000_00L).map(Money::ofPence);
  private static final Gen<List<BigDecimal>> WEIGHTS =
      lists()
          .of(integers().between(0, 10_000).map(i -> BigDecimal.valueOf(i, 2)))
          .ofSizeBetween(1, 12)
          .assuming(ws -> ws.stream().anyMatch(w -> w.signum() > 0));

  /**
   * Money is written out by hand for speed; the JDK's own grouping of the same amount is the
   * reference, over every magnitude including the extremes of a long.
   */
  @Test
  void writtenAmountsReadAsTheJdkWritesThePounds() {
    Gen<Long> anyPence =
        longs()
            .all()
            .mix(longs().between(-100_000, 100_000))
            .mix(org.quicktheories.generators.SourceDSL.arbitrary()
                .pick(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 99L, -99L, 100L, 99_999L, 100_000L));
    qt().forAll(anyPence)
        .checkAssert(
            pence -> {
              BigDecimal pounds = BigDecimal.valueOf(pence, 2);
              String expected =
                  (pence < 0 ? "-£" : "£") + String.format(java.util.Locale.UK, "%,.2f", pounds.abs());
              assertEquals(expected, Money.ofPence(pence).toString());
              assertEquals(pounds.toPlainString(), Money.ofPence(pence).toPlainString());
            });
  }

  @Test
  void sharesAlwaysSumToTheTotal() {
    qt().forAll(AMOUNTS, WEIGHTS)
        .checkAssert(
            (total, weights) ->
                assertEquals(total, Money.total(Apportionment.byWeights(total, weights))));
  }

  @Test
  void wholeNumberWeightsShareExactlyAsTheSameWeightsWrittenWithDecimals() {
    // Whole-number weights take a path in longs; the same weights written 5.00 take the decimal path.
    qt().forAll(AMOUNTS, lists().of(longs().between(0, 1_000_000_000L)).ofSizeBetween(1, 6))
        .assuming((total, weights) -> weights.stream().anyMatch(w -> w > 0))
        .checkAssert(
            (total, weights) -> {
              List<BigDecimal> whole = weights.stream().map(BigDecimal::valueOf).toList();
              List<BigDecimal> written = whole.stream().map(w -> w.setScale(2)).toList();
              assertEquals(
                  Apportionment.byWeights(total, written), Apportionment.byWeights(total, whole));
            });
  }

  @Test
  void longWeightsShareExactlyAsTheSameWeightsAsDecimals() {
    // The long[] overload; weights and totals up to the extremes, where products no longer fit a long
    // and it must take the decimal path.
    Gen<Money> totals = AMOUNTS.mix(longs().between(0, Long.MAX_VALUE).map(Money::ofPence));
    Gen<Long> weights = longs().between(0, 1_000).mix(longs().between(0, Long.MAX_VALUE / 4));
    qt().forAll(totals, lists().of(weights).ofSizeBetween(1, 6))
        .assuming((total, ws) -> ws.stream().anyMatch(w -> w > 0))
        .checkAssert(
            (total, ws) -> {
              long[] array = ws.stream().mapToLong(Long::longValue).toArray();
              List<BigDecimal> decimals = ws.stream().map(w -> BigDecimal.valueOf(w).setScale(2)).toList();
              assertEquals(Apportionment.byWeights(total, decimals), Apportionment.byWeights(total, array));
            });
  }

  @Test
  void eachShareIsWithinAPennyOfItsExactValue() {
    qt().forAll(AMOUNTS, WEIGHTS)
        .checkAssert(
            (total, weights) -> {
              List<Money> shares = Apportionment.byWeights(total, weights);
              BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
              for (int i = 0; i < shares.size(); i++) {
                BigDecimal exact =
                    BigDecimal.valueOf(total.pence())
                        .multiply(weights.get(i))
                        .divide(sum, 12, RoundingMode.HALF_EVEN);
                BigDecimal diff = BigDecimal.valueOf(shares.get(i).pence()).subtract(exact).abs();
                assertTrue(diff.compareTo(BigDecimal.ONE) < 0, "share " + i + " is " + diff + "p off");
                assertTrue(!shares.get(i).isNegative());
              }
            });
  }

  @Test
  void equalSharesSumToTheTotalAndDifferByAtMostAPenny() {
    qt().forAll(AMOUNTS, integers().between(1, 50))
        .checkAssert(
            (total, count) -> {
              List<Money> shares = Apportionment.equally(total, count);
              assertEquals(total, Money.total(shares));
              long max = shares.stream().mapToLong(Money::pence).max().orElseThrow();
              long min = shares.stream().mapToLong(Money::pence).min().orElseThrow();
              assertTrue(max - min <= 1);
              // Equal weights must give exactly the equal split, tie-break included.
              List<BigDecimal> ones = java.util.Collections.nCopies(count, BigDecimal.ONE);
              assertEquals(shares, Apportionment.byWeights(total, ones));
            });
  }

  @Test
  void annualAmountsConvertBackToTheSameWeeklyAmount() {
    qt().forAll(
            longs().between(-1_000_000_00L, 1_000_000_00L).map(Money::ofPence),
            integers().between(0, PeriodConversion.values().length - 1),
            integers().between(0, 2))
        .checkAssert(
            (weekly, conversion, mode) -> {
              PeriodConversion c = PeriodConversion.values()[conversion];
              RoundingMode rounding =
                  List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN).get(mode);
              assertEquals(weekly, c.weekly(c.annual(weekly, rounding), rounding));
            });
  }

  @Test
  void fiftyTwoWeeksIsExactAndConversionsNeverFall() {
    qt().forAll(longs().between(0, 1_000_000_00L))
        .checkAssert(
            pence -> {
              Money weekly = Money.ofPence(pence);
              Money next = Money.ofPence(pence + 1);
              assertEquals(
                  weekly.multipliedBy(52),
                  PeriodConversion.WEEKS_52.annual(weekly, RoundingMode.HALF_UP));
              for (PeriodConversion c : PeriodConversion.values()) {
                assertTrue(
                    !c.annual(next, RoundingMode.HALF_UP).isLessThan(c.annual(weekly, RoundingMode.HALF_UP)));
              }
            });
  }

  /**
   * Both conversions in every rounding mode give the exact decimal result, {@code pence * fraction}
   * rounded once, or fail as it fails (an inexact result under UNNECESSARY; an amount beyond a long);
   * the fractions are the documented weeks per year.
   */
  @Test
  void conversionsAreTheExactFractionRoundedOnce() {
    long[][] fractions = {{52, 1}, {365, 7}, {1461, 28}};
    qt().withExamples(uk.ras.Examples.or(5_000))
        .forAll(
            longs().between(-1_000_000_00L, 1_000_000_00L)
                .mix(longs().all())
                .mix(longs().between(Long.MAX_VALUE / 1461 - 50, Long.MAX_VALUE / 52 + 50))
                .mix(longs().between(-(Long.MAX_VALUE / 52) - 50, -(Long.MAX_VALUE / 1461) + 50)),
            integers().between(0, PeriodConversion.values().length - 1),
            integers().between(0, RoundingMode.values().length - 1))
        .checkAssert(
            (pence, conversion, mode) -> {
              PeriodConversion c = PeriodConversion.values()[conversion];
              long[] f = fractions[conversion];
              RoundingMode rounding = RoundingMode.values()[mode];
              Money amount = Money.ofPence(pence);
              assertSame(exact(pence, f[0], f[1], rounding), () -> c.annual(amount, rounding));
              assertSame(exact(pence, f[1], f[0], rounding), () -> c.weekly(amount, rounding));
            });
  }

  /** The exact result in pence, or the class of the exception it fails with. */
  private static Object exact(long pence, long multiplier, long divisor, RoundingMode rounding) {
    try {
      return BigDecimal.valueOf(pence)
          .multiply(BigDecimal.valueOf(multiplier))
          .divide(BigDecimal.valueOf(divisor), 0, rounding)
          .longValueExact();
    } catch (ArithmeticException e) {
      return ArithmeticException.class;
    }
  }

  private static void assertSame(Object expected, java.util.function.Supplier<Money> conversion) {
    Object actual;
    try {
      actual = conversion.get().pence();
    } catch (ArithmeticException e) {
      actual = ArithmeticException.class;
    }
    assertEquals(expected, actual);
  }
}
