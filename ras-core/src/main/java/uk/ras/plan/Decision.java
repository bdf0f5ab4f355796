package uk.ras.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A panel's (or an authorised officer's) decision on a support plan: approved or not, by whom, on what
 * date, and why when it is not approved. Immutable and thread-safe.
 */
public final class Decision {
  private final boolean approved;
  private final String by;
  private final LocalDate on;
  private final String reason;

  private Decision(boolean approved, String by, LocalDate on, String reason) {
    Objects.requireNonNull(by, "by");
    if (by.isBlank()) {
      throw new IllegalArgumentException("a decision must say who made it");
    }
    this.approved = approved;
    this.by = by;
    this.on = Objects.requireNonNull(on, "on");
    this.reason = reason;
  }

  /**
   * The plan is approved.
   *
   * @param by who decided, such as "Northshire resource panel"; not null, not blank
   * @param on the date of the decision, not null
   * @return the decision, never null
   * @throws IllegalArgumentException if {@code by} is blank
   */
  public static Decision approved(String by, LocalDate on) {
    return new Decision(true, by, on, null);
  }

  /**
   * The plan is not approved.
   *
   * @param by who decided, not null, not blank
   * @param on the date of the decision, not null
   * @param reason why, in words the person can read; not null, not blank
   * @return the decision, never null
   * @throws IllegalArgumentException if {@code by} or {@code reason} is blank
   */
  public static Decision notApproved(String by, LocalDate on, String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a plan not approved needs a reason");
    }
    return new Decision(false, by, on, reason);
  }

  /** {@return whether the plan is approved} */
  public boolean isApproved() {
    return approved;
  }

  /** {@return who decided; never null} */
  public String by() {
    return by;
  }

  /** {@return the date of the decision; never null} */
  public LocalDate on() {
    return on;
  }

  /** {@return why the plan is not approved; empty when it is} */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Decision)) {
      return false;
    }
    Decision d = (Decision) o;
    return approved == d.approved && by.equals(d.by) && on.equals(d.on) && Objects.equals(reason, d.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(approved, by, on, reason);
  }

  @Override
  public String toString() {
    return "Decision[approved=" + approved + ", by=" + by + ", on=" + on + ", reason=" + (reason == null ? "" : reason) + "]";
  }
}
