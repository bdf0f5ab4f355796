package uk.ras.ledger;

/**
 * What happens to planned visits during a hospital stay, declared: every planned visit in the stay is
 * banked ({@link #bank()}), or those in its first days are paid to the provider, as some councils do to
 * keep a provider's staff for the person's return, and the rest banked ({@link #payProvider(int)}).
 * Immutable and thread-safe.
 */
public final class HospitalPolicy {
  /** The most days of a stay a policy may pay a provider for. */
  public static final int MAX_PAID_DAYS = 366;

  private final int paidDays;

  private HospitalPolicy(int paidDays) {
    this.paidDays = paidDays;
  }

  /** {@return the policy that banks every planned visit in a stay; never null} */
  public static HospitalPolicy bank() {
    return new HospitalPolicy(0);
  }

  /**
   * The policy that pays the provider for planned visits in the first {@code days} days of a stay (the
   * day of admission is the first) and banks the rest.
   *
   * @param days 1 to {@link #MAX_PAID_DAYS}, such as 14
   * @return the policy, never null
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public static HospitalPolicy payProvider(int days) {
    if (days < 1 || days > MAX_PAID_DAYS) {
      throw new IllegalArgumentException("paid days must be from 1 to " + MAX_PAID_DAYS + ", was " + days);
    }
    return new HospitalPolicy(days);
  }

  /** {@return the days of a stay paid to the provider; 0 when every planned visit is banked} */
  public int paidDays() {
    return paidDays;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HospitalPolicy && ((HospitalPolicy) o).paidDays == paidDays;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(paidDays);
  }

  @Override
  public String toString() {
    return "HospitalPolicy[paidDays=" + paidDays + "]";
  }
}
