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
  /** The rule set's id, such as "northshire-mh"; the versions of one council's rules share it. */
  public abstract String id();

  /** A name a person reads. */
  public abstract String name();

  /** The version, such as "2026.1". */
  public abstract String version();

  /** The first day these rules apply to an assessment. */
  public abstract LocalDate effectiveFrom();

  /** The currency; only "GBP" is supported. */
  @Value.Default
  public String currency() {
    return "GBP";
  }

  /** How weekly amounts become annual ones. Default: 52 weeks. */
  @Value.Default
  public PeriodConversion weeksPerYear() {
    return PeriodConversion.WEEKS_52;
  }

  /** The rounding mode of every money step. Default: {@link RoundingMode#HALF_UP}. */
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }

  public abstract List<Domain> domains();

  public abstract Optional<InformalSupport> informalSupport();

  public abstract Pricing pricing();

  /**
   * The funding streams that pay for need. Empty: the budget is not attributed to streams. When present,
   * every domain states its {@link Domain#funding()}.
   */
  public abstract List<FundingStream> streams();

  /** Pooled funds of streams, for the portfolio report. */
  public abstract List<PooledFund> pools();

  /** "id version", such as "northshire-mh 2026.1". */
  public String label() {
    return id() + " " + version();
  }
}
