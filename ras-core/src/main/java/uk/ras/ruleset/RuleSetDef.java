package uk.ras.ruleset;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.ras.money.PeriodConversion;

/**
 * A council's published resource allocation rules, in force from a date: the questionnaire, the
 * informal-support adjustment and the pricing. Building one checks only its shape; {@link
 * RuleSetValidator} checks its meaning and reports every problem at once, and compiling it into a
 * calculator refuses an invalid one. Immutable and thread-safe.
 */
@Value.Immutable
abstract class RuleSetDef {
  /**
   * {@return the rule set's id, such as "northshire-mh"; the versions of one council's rules share it;
   * never null}
   */
  public abstract String id();

  /** {@return a name a person reads; never null} */
  public abstract String name();

  /** {@return the version, such as "2026.1"; never null} */
  public abstract String version();

  /** {@return the first day these rules apply to an assessment; never null} */
  public abstract LocalDate effectiveFrom();

  /** {@return the currency; only "GBP" is supported; never null} */
  @Value.Default
  public String currency() {
    return "GBP";
  }

  /** {@return how weekly amounts become annual ones; never null} Default: 52 weeks. */
  @Value.Default
  public PeriodConversion weeksPerYear() {
    return PeriodConversion.WEEKS_52;
  }

  /** {@return the rounding mode of every money step; never null} Default: {@link RoundingMode#HALF_UP}. */
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }

  /** {@return the questionnaire's domains, in the order assessed; never null} */
  public abstract List<Domain> domains();

  /** {@return the informal-support adjustment; empty when the rule set has none} */
  public abstract Optional<InformalSupport> informalSupport();

  /** {@return how total points become a weekly amount; never null} */
  public abstract Pricing pricing();

  /**
   * {@return the funding streams that pay for need; empty when the budget is not attributed to streams}
   * When present, every domain states its {@link Domain#funding()}.
   */
  public abstract List<FundingStream> streams();

  /** {@return the pooled funds of streams, for the portfolio report; empty when none are declared} */
  public abstract List<PooledFund> pools();

  /**
   * {@return the streams that pay for after-care under section 117 of the Mental Health Act 1983; empty
   * when the rule set has none} Such a stream funds only people whose assessment records the
   * entitlement, whatever their FACS band or Care Act eligibility, and it is free to the person: it
   * declares no eligibility of its own and is not chargeable. The domains' funding says which need it
   * carries, as for any stream.
   */
  public abstract List<StreamId> section117Streams();

  /** {@return "id version", such as "northshire-mh 2026.1"; never null} */
  public String label() {
    return id() + " " + version();
  }
}
