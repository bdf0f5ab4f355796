package uk.ras.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Splits an amount into whole-penny shares that always add up exactly to the whole.
 *
 * <p>The method is <em>largest remainder</em> (Hamilton's method): each share's exact value {@code
 * total * weight / sumOfWeights} is first rounded down to the penny; the pennies left over (fewer than
 * the number of shares) then go one each to the shares with the largest remainders. <b>Tie-break:</b>
 * between equal remainders the share listed earlier wins. So every share is within one penny of its
 * exact value, equal weights get shares that differ by at most a penny, and the result depends only on
 * the weights and their order.
 *
 * <p>This class has no state; it is thread-safe.
 */
public final class Apportionment {
  private Apportionment() {}

  /**
   * Splits {@code total} into {@code count} equal shares, the odd pennies going to the earliest.
   *
   * @param total not null, not negative
   * @param count at least 1
   * @return {@code count} shares summing to {@code total}, never null
   * @throws IllegalArgumentException if {@code total} is negative or {@code count} is below 1
   */
  public static List<Money> equally(Money total, int count) {
    Objects.requireNonNull(total, "total");
    requireNotNegative(total);
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    long base = total.pence() / count;
    long leftOver = total.pence() % count;
    Money[] shares = new Money[count];
    for (int i = 0; i < count; i++) {
      shares[i] = Money.ofPence(base + (i < leftOver ? 1 : 0));
    }
    return List.of(shares);
  }

  /**
   * Splits each of several amounts into {@code count} equal shares, the odd pennies of each going to the
   * next shares in turn, continuing from where the previous amount's stopped (the first amount's start
   * with the first share). Every amount's shares add up to it and differ by at most a penny; and since
   * the odd pennies go round in turn, share {@code i} of all the amounts together is exactly share
   * {@code i} of {@link #equally} of their sum: equal shares of a total that is shown item by item.
   *
   * <p>This is how a shared setting's core costs are split among its residents, line by line (an ISF,
   * or a costed rota), so that the two always agree to the penny.
   *
   * @param amounts not null, no nulls, none negative; may be empty
   * @param count at least 1
   * @return for each amount, in order, its {@code count} shares; never null
   * @throws IllegalArgumentException if an amount is negative or {@code count} is below 1
   */
  public static List<List<Money>> equallyInTurn(List<Money> amounts, int count) {
    Objects.requireNonNull(amounts, "amounts");
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    List<List<Money>> result = new ArrayList<>(amounts.size());
    int next = 0;
    for (Money amount : amounts) {
      Objects.requireNonNull(amount, "amounts[" + result.size() + "]");
      requireNotNegative(amount);
      long base = amount.pence() / count;
      int leftOver = (int) (amount.pence() % count);
      Money[] shares = new Money[count];
      for (int i = 0; i < count; i++) {
        // Share i is (count + i - next) mod count places after the first to get an odd penny.
        shares[i] = Money.ofPence(base + (Math.floorMod(i - next, count) < leftOver ? 1 : 0));
      }
      next = (next + leftOver) % count;
      result.add(List.of(shares));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Splits {@code total} in proportion to {@code weights}.
   *
   * @param total not null, not negative
   * @param weights not null, not empty, no nulls, none negative, summing to more than zero
   * @return one share per weight, in the same order, summing to {@code total}; never null
   * @throws IllegalArgumentException if a precondition on {@code total} or {@code weights} fails
   */
  public static List<Money> byWeights(Money total, List<BigDecimal> weights) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(weights, "weights");
    requireNotNegative(total);
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("weights must not be empty");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal w = Objects.requireNonNull(weights.get(i), "weights[" + i + "]");
      if (w.signum() < 0) {
        throw new IllegalArgumentException("weights[" + i + "] is negative: " + w.toPlainString());
      }
      sum = sum.add(w);
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    long[] whole = wholeWeights(weights, total.pence());
    if (whole != null) {
      return byWholeWeights(total.pence(), whole);
    }
    // Scale every weight to an integer so that the floors and remainders below are exact.
    int scale = 0;
    for (BigDecimal w : weights) {
      scale = Math.max(scale, w.stripTrailingZeros().scale());
    }
    BigInteger denominator = sum.movePointRight(scale).toBigIntegerExact();
    BigInteger totalPence = BigInteger.valueOf(total.pence());

    int n = weights.size();
    long[] shares = new long[n];
    BigInteger[] remainders = new BigInteger[n];
    long allocated = 0;
    for (int i = 0; i < n; i++) {
      BigInteger numerator = totalPence.multiply(weights.get(i).movePointRight(scale).toBigIntegerExact());
      BigInteger[] qr = numerator.divideAndRemainder(denominator);
      shares[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      allocated += shares[i];
    }
    long leftOver = total.pence() - allocated;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Largest remainder first; the earlier share wins a tie (Arrays.sort on objects is stable).
    Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
    for (int k = 0; k < leftOver; k++) {
      shares[order[k]]++;
    }
    List<Money> result = new ArrayList<>(n);
    for (long s : shares) {
      result.add(Money.ofPence(s));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Splits {@code total} in proportion to whole-number {@code weights}: exactly what {@link
   * #byWeights(Money, List)} gives for the same weights as decimals. Funding streams share every budget's
   * annual amount and contribution by their weekly pence this way, without making a decimal of each.
   *
   * @param total not null, not negative
   * @param weights not null, not empty, none negative, summing to more than zero; not changed
   * @return one share per weight, in the same order, summing to {@code total}; never null
   * @throws IllegalArgumentException if a precondition on {@code total} or {@code weights} fails
   */
  public static List<Money> byWeights(Money total, long[] weights) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(weights, "weights");
    requireNotNegative(total);
    if (weights.length == 0) {
      throw new IllegalArgumentException("weights must not be empty");
    }
    boolean fits = true;
    long sum = 0;
    for (int i = 0; i < weights.length; i++) {
      long w = weights[i];
      if (w < 0) {
        throw new IllegalArgumentException("weights[" + i + "] is negative: " + w);
      }
      sum += w;
      fits &= sum >= 0 && Math.multiplyHigh(total.pence(), w) == 0 && total.pence() * w >= 0;
    }
    if (fits && sum == 0) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    if (fits) {
      return byWholeWeights(total.pence(), weights);
    }
    // Too large for longs: the decimal path, exact for any size.
    List<BigDecimal> decimals = new ArrayList<>(weights.length);
    for (long w : weights) {
      decimals.add(BigDecimal.valueOf(w));
    }
    return byWeights(total, decimals);
  }

  /**
   * The weights as longs when each is a whole number and {@code total * weight} and the weights' sum fit
   * a long; null otherwise. Funding streams share an annual amount by their weekly pence, once for every
   * budget, and this spares that the {@code BigInteger} arithmetic below (about half of a budget's
   * attribution to streams, measured with JFR on {@code ras allocate}). The shares are the same either
   * way: MoneyProperties holds the two to each other.
   */
  private static long[] wholeWeights(List<BigDecimal> weights, long total) {
    long[] whole = new long[weights.size()];
    long sum = 0;
    for (int i = 0; i < whole.length; i++) {
      BigDecimal w = weights.get(i);
      if (w.scale() != 0 || w.precision() > 18) {
        return null;
      }
      whole[i] = w.longValue();
      if (Math.multiplyHigh(total, whole[i]) != 0 || total * whole[i] < 0) {
        return null;
      }
      sum += whole[i];
      if (sum < 0) {
        return null;
      }
    }
    return whole;
  }

  /** {@link #byWeights} for whole-number weights whose products fit a long: the same steps in longs. */
  private static List<Money> byWholeWeights(long total, long[] weights) {
    long sum = 0;
    for (long w : weights) {
      sum += w;
    }
    int n = weights.length;
    long[] shares = new long[n];
    long[] remainders = new long[n];
    long allocated = 0;
    for (int i = 0; i < n; i++) {
      long product = total * weights[i];
      shares[i] = product / sum;
      remainders[i] = product % sum;
      allocated += shares[i];
    }
    // The pennies left over (fewer than n) go to the largest remainders; the earlier share wins a tie.
    boolean[] given = new boolean[n];
    for (long left = total - allocated; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (!given[i] && (best < 0 || remainders[i] > remainders[best])) {
          best = i;
        }
      }
      given[best] = true;
      shares[best]++;
    }
    Money[] result = new Money[n];
    for (int i = 0; i < n; i++) {
      result[i] = Money.ofPence(shares[i]);
    }
    return List.of(result);
  }

  private static void requireNotNegative(Money total) {
    if (total.isNegative()) {
      throw new IllegalArgumentException("cannot apportion a negative amount: " + total);
    }
  }
}
