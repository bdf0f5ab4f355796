package uk.ras.costing;

import static uk.ras.ValueContract.check;
import static uk.ras.ValueContract.sameTwice;
import static uk.ras.costing.BuildUpTest.m;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The costing results compare as values: made twice from the same input they are equal, with equal hash
 * codes and text; unequal when any one field differs; written as {@code Name[field=value, ...]}.
 */
class ResultContractTest {
  @Test
  void anHourlyRateMadeTwiceIsEqual() {
    sameTwice(
        BuildUpTest.card(RoundingMode.HALF_UP, BuildUpTest.worked(OverheadMethod.MARGIN)).hourly("support-worker", "weekend"),
        BuildUpTest.card(RoundingMode.HALF_UP, BuildUpTest.worked(OverheadMethod.MARGIN)).hourly("support-worker", "weekend"));
  }

  @Test
  void anHourlyRateIsAValue() {
    check(
        new HourlyRate("sw", Optional.of("weekend"), m("20.00"), m("30.00"), List.of("a")),
        new HourlyRate("sw", Optional.of("weekend"), m("20.00"), m("30.00"), List.of("a")),
        "HourlyRate[staffType=sw, band=weekend, base=£20.00, rate=£30.00, explanation=[a]]",
        new HourlyRate("nurse", Optional.of("weekend"), m("20.00"), m("30.00"), List.of("a")),
        new HourlyRate("sw", Optional.empty(), m("20.00"), m("30.00"), List.of("a")),
        new HourlyRate("sw", Optional.of("weekend"), m("20.01"), m("30.00"), List.of("a")),
        new HourlyRate("sw", Optional.of("weekend"), m("20.00"), m("30.01"), List.of("a")),
        new HourlyRate("sw", Optional.of("weekend"), m("20.00"), m("30.00"), List.of("b")));
  }
}
