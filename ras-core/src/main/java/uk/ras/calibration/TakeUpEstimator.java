package uk.ras.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/** Take-up by client group with a percentile-bootstrap interval; see {@link GroupTakeUp}. Not API. */
final class TakeUpEstimator {
  private TakeUpEstimator() {}

  /**
   * Every client group of the sample, in the enum's order: the given share where there is one, otherwise
   * estimated (which needs the sample's budgets).
   */
  static Map<ClientGroup, GroupTakeUp> byGroup(
      CostSample sample, PeriodConversion weeks, RoundingMode rounding, Map<ClientGroup, BigDecimal> given,
      BigDecimal givenForAll, int resamples, long seed) {
    Map<ClientGroup, List<Integer>> members = new EnumMap<>(ClientGroup.class);
    for (int i = 0; i < sample.count(); i++) {
      members.computeIfAbsent(sample.people().get(i).group(), g -> new ArrayList<>()).add(i);
    }
    List<Money> indicative = sample.indicativeByPerson();
    // One generator for every group, in the enum's order: the same sample and seed give the same figures.
    RandomGenerator random = new Well19937c(seed);
    Map<ClientGroup, GroupTakeUp> result = new EnumMap<>(ClientGroup.class);
    for (Map.Entry<ClientGroup, List<Integer>> e : members.entrySet()) {
      List<Integer> who = e.getValue();
      long[] current = new long[who.size()];
      long[] allocated = new long[who.size()];
      long currentSum = 0;
      long allocatedSum = 0;
      for (int k = 0; k < who.size(); k++) {
        current[k] = weeks.annual(sample.people().get(who.get(k)).currentWeekly(), rounding).pence();
        allocated[k] = indicative == null ? 0 : indicative.get(who.get(k)).pence();
        currentSum = Math.addExact(currentSum, current[k]);
        allocatedSum = Math.addExact(allocatedSum, allocated[k]);
      }
      Money indicativeSum = indicative == null ? null : Money.ofPence(allocatedSum);
      BigDecimal share = given.getOrDefault(e.getKey(), givenForAll);
      if (share != null) {
        result.put(e.getKey(), new GroupTakeUp(e.getKey(), who.size(), Money.ofPence(currentSum), indicativeSum,
            share, null, null));
        continue;
      }
      if (indicative == null) {
        throw new IllegalStateException("take-up of " + e.getKey().label() + " cannot be estimated: the sample was not"
            + " built from budgets (CostAccumulator.add(Budget, ...)); give it with takeUp(share)");
      }
      double[] shares = new double[resamples];
      for (int b = 0; b < resamples; b++) {
        long c = 0;
        long a = 0;
        for (int k = 0; k < who.size(); k++) {
          int pick = random.nextInt(who.size());
          c += current[pick];
          a += allocated[pick];
        }
        shares[b] = a == 0 ? 1 : Math.min(1, (double) c / a);
      }
      Arrays.sort(shares);
      BigDecimal lower = BigDecimal.valueOf(shares[(int) Math.floor(0.025 * (resamples - 1))]).setScale(4, RoundingMode.HALF_UP);
      BigDecimal upper = BigDecimal.valueOf(shares[(int) Math.ceil(0.975 * (resamples - 1))]).setScale(4, RoundingMode.HALF_UP);
      result.put(e.getKey(), new GroupTakeUp(e.getKey(), who.size(), Money.ofPence(currentSum), indicativeSum,
          Calibration.estimatedTakeUp(Money.ofPence(currentSum), indicativeSum), lower, upper));
    }
    return result;
  }
}
