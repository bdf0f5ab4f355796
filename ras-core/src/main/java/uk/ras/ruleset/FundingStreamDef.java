package uk.ras.ruleset;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import uk.ras.money.Money;

/**
 * A pot of money that pays for need, declared by the rule set: its eligibility requirement, its own price
 * per point (when the rule set prices per point), whether the person may be charged for it, and its annual
 * envelope. Immutable and thread-safe.
 */
@Value.Immutable
abstract class FundingStreamDef {
  /** {@return the stream's id, unique in the rule set; never null} */
  public abstract StreamId id();

  /** {@return the stream as a person reads it, such as "Supporting People"; never null} */
  public abstract String name();

  /** {@return who may be funded by it; never null} Default: anyone. */
  @Value.Default
  public StreamEligibility eligibility() {
    return StreamEligibility.anyone();
  }

  /**
   * {@return the stream's own price per point per week, in pounds; empty for the rule set's {@code
   * pricePerPoint}} Only for rule sets priced per point.
   */
  public abstract Optional<BigDecimal> pricePerPoint();

  /**
   * {@return whether the person's assessed contribution may be taken against this stream} False for
   * streams free to the person, such as section 117 after-care (Mental Health Act 1983, s117). Default:
   * true.
   */
  @Value.Default
  public boolean chargeable() {
    return true;
  }

  /** {@return the stream's annual budget envelope, for the portfolio report; empty when none is declared} */
  public abstract Optional<Money> annualEnvelope();
}
