package uk.ras.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/** Build-ups and bands worked by hand, both methods. */
class BuildUpTest {
  static Money m(String pounds) {
    return Money.parse(pounds);
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** Pay £12.71; holiday 12.07%, pension 3%, employer NI 10%; overheads 20%, surplus 5%. */
  static BuildUp worked(OverheadMethod method) {
    return BuildUp.of(
        m("12.71"),
        List.of(new OnCost("holiday", d("12.07")), new OnCost("pension", d("3")), new OnCost("employer NI", d("10"))),
        d("20"),
        d("5"),
        method);
  }

  static RateCard card(RoundingMode rounding, BuildUp buildUp) {
    RateVersion v =
        RateVersion.builder()
            .inForce(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))
            .addStaff(StaffRate.builtUp("support-worker", buildUp))
            .addStaff(StaffRate.hourly("agency", m("25.00")))
            .addBand(TimeBand.multiplier("weekend", d("1.5")))
            .addBand(TimeBand.multiplier("bank-holiday", d("1.333")))
            .addBand(TimeBand.plus("evening", m("1.00")))
            .wakingNight("support-worker", Optional.of("weekend"))
            .build();
    return Rates.of("Test", rounding, PeriodConversion.WEEKS_52, List.of(v)).inForce(LocalDate.of(2026, 6, 1));
  }

  @Test
  void markupAddsOverheadsAndSurplusToTheDirectCost() {
    // On-costs: 12.71 x 0.1207 = 1.534097; 12.71 x 0.03 = 0.3813; 12.71 x 0.10 = 1.271; sum 3.186397.
    // Direct: 12.71 + 3.186397 = 15.896397 (= 12.71 x 1.2507).
    // Markup: 15.896397 x 1.25 = 19.87049625 -> £19.87 half-up.
    HourlyRate r = card(RoundingMode.HALF_UP, worked(OverheadMethod.MARKUP)).hourly("support-worker");
    assertEquals(m("19.87"), r.base());
    assertEquals(m("19.87"), r.rate());
    assertEquals(
        List.of(
            "support-worker: built up from pay by markup, rounded half-up to the penny once:",
            "  pay £12.71 an hour",
            "  + holiday 12.07% of pay = £1.534097",
            "  + pension 3% of pay = £0.3813",
            "  + employer NI 10% of pay = £1.271",
            "  = direct cost £15.896397",
            "  markup: direct x (1 + overheads 20% + surplus 5%) = £15.896397 x 1.25 = £19.87049625",
            "  = £19.87 an hour (rounded half-up)"),
        r.explanation());
  }

  @Test
  void marginMakesOverheadsAndSurplusAShareOfTheRate() {
    // Margin: 15.896397 / (1 - 0.25) = 15.896397 / 0.75 = 21.195196 exactly (x 4 = 63.585588, / 3).
    // -> £21.20 half-up; £21.19 down.
    HourlyRate r = card(RoundingMode.HALF_UP, worked(OverheadMethod.MARGIN)).hourly("support-worker");
    assertEquals(m("21.20"), r.rate());
    assertEquals(
        "  margin: direct / (1 - (overheads 20% + surplus 5%)) = £15.896397 / 0.75 = £21.195196",
        r.explanation().get(6));
    assertEquals(m("21.19"), card(RoundingMode.DOWN, worked(OverheadMethod.MARGIN)).hourly("support-worker").rate());
  }

  @Test
  void aBandAppliesToTheRoundedBaseAndIsRoundedItself() {
    // Base £21.20 (margin, above). Weekend 21.20 x 1.5 = 31.80. Bank holiday 21.20 x 1.333 = 28.2596 ->
    // £28.26 half-up (and not 21.195196 x 1.333 = 28.2537... -> £28.25: the base rounds first).
    // Evening 21.20 + 1.00 = 22.20.
    RateCard card = card(RoundingMode.HALF_UP, worked(OverheadMethod.MARGIN));
    assertEquals(m("31.80"), card.hourly("support-worker", "weekend").rate());
    HourlyRate bank = card.hourly("support-worker", "bank-holiday");
    assertEquals(m("21.20"), bank.base());
    assertEquals(m("28.26"), bank.rate());
    assertEquals("  bank-holiday: £21.20 x 1.333 = £28.2596 = £28.26 an hour (rounded half-up)", bank.explanation().get(8));
    assertEquals(m("22.20"), card.hourly("support-worker", "evening").rate());
    assertEquals(m("26.00"), card.hourly("agency", "evening").rate());
    assertEquals(List.of("agency: £25.00 an hour, as given"), card.hourly("agency").explanation());
    assertEquals(m("31.80"), card.wakingNight().orElseThrow().rate());
  }

  @Test
  void aNonTerminatingMarginIsShownCutShortAndRoundedOnce() {
    // Pay £10.00, no on-costs, overheads 20% surplus 10%: 10 / 0.7 = 14.285714... -> £14.29 half-up.
    BuildUp b = BuildUp.of(m("10.00"), List.of(), d("20"), d("10"), OverheadMethod.MARGIN);
    HourlyRate r = card(RoundingMode.HALF_UP, b).hourly("support-worker");
    assertEquals(m("14.29"), r.rate());
    assertTrue(r.explanation().get(3).endsWith("= £10.00 / 0.7 = £14.2857142857..."), r.explanation().get(3));
  }

  @Test
  void unknownNamesAreNamedWithTheKnownOnes() {
    RateCard card = card(RoundingMode.HALF_UP, worked(OverheadMethod.MARKUP));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> card.hourly("nurse"));
    assertEquals("unknown staff type \"nurse\"; expected one of support-worker, agency", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> card.hourly("agency", "night"));
    assertEquals("unknown band \"night\"; expected one of weekend, bank-holiday, evening", e.getMessage());
  }

  @Test
  void aVersionReportsEveryProblemWithItsPath() {
    RateVersion.Builder b =
        RateVersion.builder()
            .inForce(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 3, 31))
            .addStaff(StaffRate.builtUp("sw", BuildUp.of(m("12.71"), List.of(new OnCost("x", d("-1"))), d("60"), d("31"), OverheadMethod.MARGIN)))
            .addStaff(StaffRate.hourly("sw", m("-1.00")))
            .addBand(TimeBand.multiplier("weekend", d("11")))
            .sleepIn(m("-5.00"))
            .wakingNight("nurse", Optional.of("night"));
    InvalidCostingException e = assertThrows(InvalidCostingException.class, b::build);
    assertEquals(
        List.of(
            "to: 2027-03-31 is before from 2027-04-01",
            "staff[0].buildUp.onCosts[0].percent: must be from 0% to 100%, was -1%",
            "staff[0].buildUp.surplus: with the margin method overheads and surplus are shares of the rate; together they may be at most 90%, were 91%",
            "staff[1].name: duplicate staff type \"sw\" (also staff[0])",
            "staff[1].hourly: must not be negative, was -£1.00",
            "bands[0].multiplier: must be from 0 to 10, was 11",
            "sleepIn: must not be negative, was -£5.00",
            "wakingNight.staff: unknown staff type \"nurse\"; expected one of sw",
            "wakingNight.band: unknown band \"night\"; expected one of weekend"),
        e.problems().stream().map(CostingProblem::toString).toList());
  }
}
