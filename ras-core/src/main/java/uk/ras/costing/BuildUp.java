package uk.ras.costing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ras.money.Money;

/**
 * An hourly rate built up from pay: the pay, its on-costs as percentages of pay, then overheads and
 * surplus added by a declared {@link OverheadMethod}. Immutable and thread-safe.
 *
 * <pre>
 * direct = pay x (1 + (sum of on-cost percentages) / 100)                exact
 * k      = (overheads% + surplus%) / 100
 * rate   = direct x (1 + k)        (markup)                               exact
 *        = direct / (1 - k)        (margin)                               exact quotient
 * hourly = rate rounded to the penny, once, with the rate file's rounding mode
 * </pre>
 *
 * <p>Nothing is rounded before the last step: the on-cost amounts in the explanation are shown exactly
 * (fractions of a penny included), so that the explanation and the figure agree to the penny.
 *
 * <p>Whether the amounts and percentages are in range, and (for margin) whether overheads and surplus
 * leave enough of the rate, is checked with every other problem when the rate version is built ({@link
 * RateVersion.Builder#build()}).
 */
public final class BuildUp {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Money pay;
  private final List<OnCost> onCosts;
  private final BigDecimal overheads;
  private final BigDecimal surplus;
  private final OverheadMethod method;

  private BuildUp(
      Money pay, List<OnCost> onCosts, BigDecimal overheads, BigDecimal surplus, OverheadMethod method) {
    this.pay = Objects.requireNonNull(pay, "pay");
    this.onCosts = List.copyOf(onCosts);
    this.overheads = Objects.requireNonNull(overheads, "overheads");
    this.surplus = Objects.requireNonNull(surplus, "surplus");
    this.method = Objects.requireNonNull(method, "method");
  }

  /**
   * A build-up.
   *
   * @param pay the hourly pay, such as the National Living Wage, not null
   * @param onCosts the on-costs as percentages of pay, not null, no nulls; may be empty
   * @param overheads overheads in percentage points, not null
   * @param surplus surplus (profit) in percentage points, not null
   * @param method how overheads and surplus are added, not null
   * @return the build-up, never null
   */
  public static BuildUp of(
      Money pay, List<OnCost> onCosts, BigDecimal overheads, BigDecimal surplus, OverheadMethod method) {
    return new BuildUp(pay, Objects.requireNonNull(onCosts, "onCosts"), overheads, surplus, method);
  }

  /** {@return the hourly pay; never null} */
  public Money pay() {
    return pay;
  }

  /** {@return the on-costs, in the order given; never null} */
  public List<OnCost> onCosts() {
    return onCosts;
  }

  /** {@return overheads in percentage points; never null} */
  public BigDecimal overheads() {
    return overheads;
  }

  /** {@return surplus in percentage points; never null} */
  public BigDecimal surplus() {
    return surplus;
  }

  /** {@return how overheads and surplus are added; never null} */
  public OverheadMethod method() {
    return method;
  }

  /** The direct cost of an hour, exactly: pay plus every on-cost. */
  BigDecimal direct() {
    BigDecimal sum = BigDecimal.ZERO;
    for (OnCost c : onCosts) {
      sum = sum.add(c.percent());
    }
    return pay.pounds().multiply(BigDecimal.ONE.add(sum.divide(HUNDRED)));
  }

  /** {@code k = (overheads + surplus) / 100}, exactly. */
  private BigDecimal k() {
    return overheads.add(surplus).divide(HUNDRED);
  }

  /** The rate before rounding, to {@code context}'s precision (markup's is exact in any precision). */
  BigDecimal unrounded(MathContext context) {
    BigDecimal direct = direct();
    return method == OverheadMethod.MARKUP
        ? direct.multiply(BigDecimal.ONE.add(k()))
        : direct.divide(BigDecimal.ONE.subtract(k()), context);
  }

  /** The hourly rate: the exact rate rounded to the penny once, with {@code rounding}. */
  Money hourly(RoundingMode rounding) {
    BigDecimal direct = direct();
    BigDecimal pounds =
        method == OverheadMethod.MARKUP
            ? direct.multiply(BigDecimal.ONE.add(k())).setScale(2, rounding)
            // BigDecimal.divide to a scale rounds the exact quotient: one rounding, as for markup.
            : direct.divide(BigDecimal.ONE.subtract(k()), 2, rounding);
    return Money.ofPounds(pounds);
  }

  /** The build-up line by line, ending with the rounded hourly rate. */
  List<String> explanation(String staffType, RoundingMode rounding) {
    List<String> out = new ArrayList<>();
    out.add(
        staffType
            + ": built up from pay by "
            + method.label()
            + ", rounded "
            + Text.mode(rounding)
            + " to the penny once:");
    out.add("  pay " + Text.pounds(pay.pounds()) + " an hour");
    for (OnCost c : onCosts) {
      out.add(
          "  + "
              + c.name()
              + " "
              + Text.percent(c.percent())
              + " of pay = "
              + Text.pounds(pay.pounds().multiply(c.percent()).divide(HUNDRED)));
    }
    BigDecimal direct = direct();
    out.add("  = direct cost " + Text.pounds(direct));
    String parts = "overheads " + Text.percent(overheads) + " + surplus " + Text.percent(surplus);
    if (method == OverheadMethod.MARKUP) {
      BigDecimal factor = BigDecimal.ONE.add(k());
      out.add(
          "  markup: direct x (1 + "
              + parts
              + ") = "
              + Text.pounds(direct)
              + " x "
              + Text.plain(factor)
              + " = "
              + Text.pounds(direct.multiply(factor)));
    } else {
      BigDecimal divisor = BigDecimal.ONE.subtract(k());
      out.add(
          "  margin: direct / (1 - ("
              + parts
              + ")) = "
              + Text.pounds(direct)
              + " / "
              + Text.plain(divisor)
              + " = "
              + Text.quotient(direct, divisor));
    }
    out.add("  = " + hourly(rounding) + " an hour (rounded " + Text.mode(rounding) + ")");
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BuildUp)) {
      return false;
    }
    BuildUp b = (BuildUp) o;
    return pay.equals(b.pay)
        && onCosts.equals(b.onCosts)
        && overheads.equals(b.overheads)
        && surplus.equals(b.surplus)
        && method == b.method;
  }

  @Override
  public int hashCode() {
    return Objects.hash(pay, onCosts, overheads, surplus, method);
  }

  @Override
  public String toString() {
    return "BuildUp[pay="
        + pay
        + ", onCosts="
        + onCosts
        + ", overheads="
        + Text.percent(overheads)
        + ", surplus="
        + Text.percent(surplus)
        + ", method="
        + method.label()
        + "]";
  }
}
