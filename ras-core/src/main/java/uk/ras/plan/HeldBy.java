package uk.ras.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * Who holds the money of a plan item: a direct payment held by a named person (the person, or a family
 * member holding a specified amount under the family's control), an Individual Service Fund held by a
 * named provider, or a budget the council manages. Immutable and thread-safe.
 */
public final class HeldBy {
  private final Control control;
  private final String holder;

  private HeldBy(Control control, String holder) {
    this.control = control;
    this.holder = holder;
  }

  /**
   * A direct payment.
   *
   * @param holder who holds it: the person, or a family member named (for a specified amount under a
   *     family's control), such as "Ann Smith (mother)"; not null, not blank
   * @return the holding, never null
   * @throws IllegalArgumentException if {@code holder} is blank
   */
  public static HeldBy directPayment(String holder) {
    return new HeldBy(Control.DIRECT_PAYMENT, named(holder, "a direct payment's holder"));
  }

  /**
   * An Individual Service Fund.
   *
   * @param provider the provider who holds it, not null, not blank
   * @return the holding, never null
   * @throws IllegalArgumentException if {@code provider} is blank
   */
  public static HeldBy isf(String provider) {
    return new HeldBy(Control.ISF, named(provider, "an ISF's provider"));
  }

  /** {@return a budget the council manages; never null} */
  public static HeldBy council() {
    return new HeldBy(Control.COUNCIL_MANAGED, null);
  }

  private static String named(String name, String what) {
    Objects.requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must be named");
    }
    return name;
  }

  /** {@return the kind of control; never null} */
  public Control control() {
    return control;
  }

  /** {@return who holds the money: the direct payment's holder or the ISF's provider; empty for the council} */
  public Optional<String> holder() {
    return Optional.ofNullable(holder);
  }

  /** {@return how a person reads it, such as "direct payment held by Ann Smith (mother)"; never null} */
  public String describe() {
    switch (control) {
      case DIRECT_PAYMENT:
        return "direct payment held by " + holder;
      case ISF:
        return "Individual Service Fund held by " + holder;
      default:
        return "managed by the council";
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof HeldBy)) {
      return false;
    }
    HeldBy h = (HeldBy) o;
    return control == h.control && Objects.equals(holder, h.holder);
  }

  @Override
  public int hashCode() {
    return Objects.hash(control, holder);
  }

  @Override
  public String toString() {
    return "HeldBy[control=" + control + ", holder=" + (holder == null ? "" : holder) + "]";
  }
}
