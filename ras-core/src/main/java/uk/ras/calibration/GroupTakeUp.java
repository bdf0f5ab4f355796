package uk.ras.calibration;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;

/**
 * The take-up of one client group: the share of what the current rules allocate that the group's people
 * actually spend, as given or estimated from the sample, with its uncertainty.
 *
 * <pre>
 * share = min(1, Σ annual(currentWeekly) / Σ indicative annual budget), rounded down to 4 decimals
 *         (1 when the indicative sum is zero or the share rounds down to zero)
 * </pre>
 *
 * <p>The interval is a percentile bootstrap: the group's people are resampled with replacement, the share
 * worked out again (unrounded, capped at 1, 1 when nothing is allocated), {@code B} times; with the
 * resampled shares sorted, the interval's ends are those at positions {@code floor(0.025 × (B − 1))} and
 * {@code ceil(0.975 × (B − 1))}, counting from 0 (a 95% interval), each rounded half up to 4 decimals. The resampling draws from Apache Commons
 * Math's {@code Well19937c} seeded as the calibration says ({@link Calibration#takeUpBootstrap(int,
 * long)}), so the same sample and seed give the same interval.
 *
 * <p>Made only by the engine. Immutable and thread-safe.
 */
public final class GroupTakeUp {
  private final ClientGroup group;
  private final int people;
  private final Money currentAnnual;
  private final Money indicativeAnnual;
  private final BigDecimal share;
  private final BigDecimal lower;
  private final BigDecimal upper;

  GroupTakeUp(
      ClientGroup group, int people, Money currentAnnual, Money indicativeAnnual, BigDecimal share,
      BigDecimal lower, BigDecimal upper) {
    this.group = Objects.requireNonNull(group, "group");
    this.people = people;
    this.currentAnnual = Objects.requireNonNull(currentAnnual, "currentAnnual");
    this.indicativeAnnual = indicativeAnnual;
    this.share = Objects.requireNonNull(share, "share");
    this.lower = lower;
    this.upper = upper;
  }

  /** {@return the client group; never null} */
  public ClientGroup group() {
    return group;
  }

  /** {@return how many of the sample's people are in the group} */
  public int people() {
    return people;
  }

  /** {@return the group's current packages a year, each annualised by the rules; never null} */
  public Money currentAnnual() {
    return currentAnnual;
  }

  /** {@return what the current rules allocate the group a year; empty when the sample has no budgets} */
  public Optional<Money> indicativeAnnual() {
    return Optional.ofNullable(indicativeAnnual);
  }

  /** {@return the take-up used for the group's forecast, more than 0 and at most 1; never null} */
  public BigDecimal share() {
    return share;
  }

  /** {@return whether {@link #share()} was estimated from the sample, not given} */
  public boolean estimated() {
    return lower != null;
  }

  /** {@return the bootstrap interval's lower end, to 4 decimals; empty when the share was given} */
  public Optional<BigDecimal> lower() {
    return Optional.ofNullable(lower);
  }

  /** {@return the bootstrap interval's upper end, to 4 decimals; empty when the share was given} */
  public Optional<BigDecimal> upper() {
    return Optional.ofNullable(upper);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GroupTakeUp)) {
      return false;
    }
    GroupTakeUp other = (GroupTakeUp) o;
    return group == other.group && people == other.people && currentAnnual.equals(other.currentAnnual)
        && Objects.equals(indicativeAnnual, other.indicativeAnnual) && share.equals(other.share)
        && Objects.equals(lower, other.lower) && Objects.equals(upper, other.upper);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, people, currentAnnual, indicativeAnnual, share, lower, upper);
  }

  @Override
  public String toString() {
    return "GroupTakeUp[group=" + group + ", people=" + people + ", currentAnnual=" + currentAnnual
        + ", indicativeAnnual=" + indicativeAnnual + ", share=" + share + ", lower=" + lower + ", upper=" + upper
        + "]";
  }
}
