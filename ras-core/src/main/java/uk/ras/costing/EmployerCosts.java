package uk.ras.costing;

import java.math.BigDecimal;
import java.util.Objects;
import uk.ras.money.Money;

/**
 * What it costs a person to employ a personal assistant through a direct payment, beyond the hourly pay,
 * as a rate version declares it for its tax year: holiday pay, employer's National Insurance above a
 * secondary threshold less the Employment Allowance where the employer claims it, a workplace pension on
 * qualifying earnings, employer's liability insurance and a payroll service. Every figure is declared:
 * nothing here has a default, since each changes by tax year and a silent default would be a wrong
 * payment. Percentages are percent ({@code 12.07}); thresholds and limits are amounts a year.
 *
 * <p>How a plan applies them (in {@code uk.ras.plan}), a year at a time, each step rounded to the penny
 * with the rates' declared mode:
 *
 * <pre>
 * weekly pay   = hours a week x hourly pay                                (rounded)
 * annual pay   = weekly pay x weeks a year                                (rounded)
 * holiday pay  = annual pay x holiday% / 100                              (rounded)
 * earnings     = annual pay + holiday pay
 * employer NI  = max(0, earnings - secondary threshold) x NI% / 100        (rounded)
 *                less the Employment Allowance where claimed, never below zero
 * pension      = max(0, min(earnings, upper limit) - lower limit) x pension% / 100   (rounded)
 * annual cost  = annual pay + holiday pay + employer NI + pension + insurance + payroll
 * weekly cost  = annual cost / weeks a year                               (rounded)
 * </pre>
 *
 * <p>Immutable and thread-safe. Built by {@link #builder()}; whether its figures are in range is
 * checked with the rest of its {@link RateVersion}.
 */
public final class EmployerCosts {
  private final BigDecimal holidayPercent;
  private final BigDecimal niPercent;
  private final Money niThreshold;
  private final Money employmentAllowance;
  private final BigDecimal pensionPercent;
  private final Money pensionLower;
  private final Money pensionUpper;
  private final Money liabilityInsurance;
  private final Money payroll;

  private EmployerCosts(Builder b) {
    this.holidayPercent = b.holidayPercent;
    this.niPercent = b.niPercent;
    this.niThreshold = b.niThreshold;
    this.employmentAllowance = b.employmentAllowance;
    this.pensionPercent = b.pensionPercent;
    this.pensionLower = b.pensionLower;
    this.pensionUpper = b.pensionUpper;
    this.liabilityInsurance = b.liabilityInsurance;
    this.payroll = b.payroll;
  }

  /** {@return a builder with nothing set; never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return holiday pay as a percentage of pay for hours worked, such as 12.07; never null} */
  public BigDecimal holidayPercent() {
    return holidayPercent;
  }

  /** {@return the employer's National Insurance rate above the secondary threshold, percent; never null} */
  public BigDecimal niPercent() {
    return niPercent;
  }

  /** {@return the secondary threshold a year, above which employer's NI is due; never null} */
  public Money niThreshold() {
    return niThreshold;
  }

  /** {@return the Employment Allowance a year, taken off employer's NI where claimed; never null} */
  public Money employmentAllowance() {
    return employmentAllowance;
  }

  /** {@return the employer's pension contribution, percent of qualifying earnings; never null} */
  public BigDecimal pensionPercent() {
    return pensionPercent;
  }

  /** {@return the lower limit of qualifying earnings a year; never null} */
  public Money pensionLower() {
    return pensionLower;
  }

  /** {@return the upper limit of qualifying earnings a year; never null} */
  public Money pensionUpper() {
    return pensionUpper;
  }

  /** {@return employer's liability insurance, a year; never null} */
  public Money liabilityInsurance() {
    return liabilityInsurance;
  }

  /** {@return a payroll service, a year; never null} */
  public Money payroll() {
    return payroll;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EmployerCosts)) {
      return false;
    }
    EmployerCosts e = (EmployerCosts) o;
    return holidayPercent.compareTo(e.holidayPercent) == 0
        && niPercent.compareTo(e.niPercent) == 0
        && niThreshold.equals(e.niThreshold)
        && employmentAllowance.equals(e.employmentAllowance)
        && pensionPercent.compareTo(e.pensionPercent) == 0
        && pensionLower.equals(e.pensionLower)
        && pensionUpper.equals(e.pensionUpper)
        && liabilityInsurance.equals(e.liabilityInsurance)
        && payroll.equals(e.payroll);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        holidayPercent.stripTrailingZeros(),
        niPercent.stripTrailingZeros(),
        niThreshold,
        employmentAllowance,
        pensionPercent.stripTrailingZeros(),
        pensionLower,
        pensionUpper,
        liabilityInsurance,
        payroll);
  }

  @Override
  public String toString() {
    return "EmployerCosts[holidayPercent="
        + Text.plain(holidayPercent)
        + ", niPercent="
        + Text.plain(niPercent)
        + ", niThreshold="
        + niThreshold
        + ", employmentAllowance="
        + employmentAllowance
        + ", pensionPercent="
        + Text.plain(pensionPercent)
        + ", pensionLower="
        + pensionLower
        + ", pensionUpper="
        + pensionUpper
        + ", liabilityInsurance="
        + liabilityInsurance
        + ", payroll="
        + payroll
        + "]";
  }

  /** Collects the figures; every one is required. Not thread-safe; the value it builds is. */
  public static final class Builder {
    private BigDecimal holidayPercent;
    private BigDecimal niPercent;
    private Money niThreshold;
    private Money employmentAllowance;
    private BigDecimal pensionPercent;
    private Money pensionLower;
    private Money pensionUpper;
    private Money liabilityInsurance;
    private Money payroll;

    private Builder() {}

    /**
     * Sets holiday pay.
     *
     * @param percent of pay for hours worked, such as 12.07 for 5.6 weeks; not null
     * @return this builder, never null
     */
    public Builder holiday(BigDecimal percent) {
      this.holidayPercent = Objects.requireNonNull(percent, "percent");
      return this;
    }

    /**
     * Sets employer's National Insurance.
     *
     * @param percent the rate above the threshold, such as 15; not null
     * @param threshold the secondary threshold a year, such as £5,000.00; not null
     * @param allowance the Employment Allowance a year (zero if none), such as £10,500.00; not null
     * @return this builder, never null
     */
    public Builder nationalInsurance(BigDecimal percent, Money threshold, Money allowance) {
      this.niPercent = Objects.requireNonNull(percent, "percent");
      this.niThreshold = Objects.requireNonNull(threshold, "threshold");
      this.employmentAllowance = Objects.requireNonNull(allowance, "allowance");
      return this;
    }

    /**
     * Sets the workplace pension.
     *
     * @param percent the employer's contribution, such as 3; not null
     * @param lower the lower limit of qualifying earnings a year, such as £6,240.00; not null
     * @param upper the upper limit of qualifying earnings a year, such as £50,270.00; not null
     * @return this builder, never null
     */
    public Builder pension(BigDecimal percent, Money lower, Money upper) {
      this.pensionPercent = Objects.requireNonNull(percent, "percent");
      this.pensionLower = Objects.requireNonNull(lower, "lower");
      this.pensionUpper = Objects.requireNonNull(upper, "upper");
      return this;
    }

    /**
     * Sets employer's liability insurance.
     *
     * @param perYear not null
     * @return this builder, never null
     */
    public Builder liabilityInsurance(Money perYear) {
      this.liabilityInsurance = Objects.requireNonNull(perYear, "perYear");
      return this;
    }

    /**
     * Sets a payroll service.
     *
     * @param perYear not null
     * @return this builder, never null
     */
    public Builder payroll(Money perYear) {
      this.payroll = Objects.requireNonNull(perYear, "perYear");
      return this;
    }

    /**
     * Returns the employer costs.
     *
     * @return the costs, never null
     * @throws IllegalStateException if a figure was not set, naming it (there are no defaults)
     */
    public EmployerCosts build() {
      require(holidayPercent, "holiday");
      require(niPercent, "nationalInsurance");
      require(pensionPercent, "pension");
      require(liabilityInsurance, "liabilityInsurance");
      require(payroll, "payroll");
      return new EmployerCosts(this);
    }

    private static void require(Object value, String name) {
      if (value == null) {
        throw new IllegalStateException("employer costs need " + name + ": every figure is declared, none has a default");
      }
    }
  }
}
