package uk.ras.ruleset;

import java.math.RoundingMode;
import java.util.List;
import org.immutables.value.Value;

/**
 * The informal-support adjustment: one question whose answer says what share of the person's need is
 * met by family and friends. For each domain it applies to:
 *
 * <pre>adjustedPoints = round(cappedPoints * (1 - share), rounding)</pre>
 *
 * <p>An unanswered informal-support question (when not required) means a share of 0. Eligibility, which
 * must ignore what carers do, is never computed from adjusted points. Immutable and thread-safe.
 */
@Value.Immutable
abstract class InformalSupportDef {
  /** {@return the question's id, answered in assessments like any other question; never null} */
  public abstract QuestionId question();

  /** {@return the question as asked, such as "How much do family and friends help?"; never null} */
  public abstract String text();

  /**
   * {@return whether an assessment must answer it} Default: not required (unanswered means no informal
   * support).
   */
  @Value.Default
  public boolean required() {
    return false;
  }

  /**
   * {@return the answers allowed, each with the share of need it says is met, in the order shown;
   * never null}
   */
  public abstract List<InformalSupportOption> options();

  /** {@return the domains whose points it reduces; empty means every domain} */
  public abstract List<DomainId> appliesTo();

  /**
   * {@return how adjusted points are rounded to a whole number; never null} Default: {@link
   * RoundingMode#HALF_UP}.
   */
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }
}
