package uk.ras.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.ras.pricing.PriceSchedule;
import uk.ras.money.Money;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.RuleSet;

/**
 * Prices a caseload's totals under a pricing with the engine's own {@link PriceSchedule}, so that a
 * forecast and the calculator can never disagree about a person's amount. Not API.
 */
final class Forecast {
  private final int[] countByTotal;

  Forecast(List<PersonCost> people) {
    int max = 0;
    for (PersonCost p : people) {
      max = Math.max(max, p.totalPoints());
    }
    countByTotal = new int[max + 1];
    for (PersonCost p : people) {
      countByTotal[p.totalPoints()]++;
    }
  }

  /** The schedule of a rule set with this pricing, up to the highest total in the caseload. */
  PriceSchedule schedule(RuleSet rules, Pricing pricing) {
    return PriceSchedule.compile(pricing, rules.rounding(), rules.weeksPerYear(), countByTotal.length - 1);
  }

  /** Everyone's annual amount under the pricing, summed exactly. */
  Money annualTotal(RuleSet rules, Pricing pricing) {
    PriceSchedule schedule = schedule(rules, pricing);
    long pence = 0;
    for (int t = 0; t < countByTotal.length; t++) {
      if (countByTotal[t] > 0) {
        pence = Math.addExact(pence, Math.multiplyExact(schedule.annual(t).pence(), (long) countByTotal[t]));
      }
    }
    return Money.ofPence(pence);
  }

  /**
   * The forecast spend: {@code takeUp × annualTotal}, rounded up to the penny so that a forecast is
   * never below the exact product.
   */
  Money forecast(RuleSet rules, Pricing pricing, BigDecimal takeUp) {
    return annualTotal(rules, pricing).multipliedBy(takeUp, RoundingMode.CEILING);
  }
}
