package uk.ras.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When the next review falls due, why, and where it stands on the date asked: data a case-management
 * system can show. Made by {@link ReviewRules}. Immutable and thread-safe.
 */
public final class ReviewDue {
  private final String review;
  private final LocalDate dueOn;
  private final String reason;
  private final ReviewStatus status;

  ReviewDue(String review, LocalDate dueOn, String reason, ReviewStatus status) {
    this.review = review;
    this.dueOn = dueOn;
    this.reason = reason;
    this.status = status;
  }

  /** {@return which review, such as "care plan review (mental health)"; never null} */
  public String review() {
    return review;
  }

  /** {@return the date it falls due; never null} */
  public LocalDate dueOn() {
    return dueOn;
  }

  /** {@return why it falls due then, citing the rule; never null} */
  public String reason() {
    return reason;
  }

  /** {@return where it stands on the date asked; never null} */
  public ReviewStatus status() {
    return status;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReviewDue)) {
      return false;
    }
    ReviewDue r = (ReviewDue) o;
    return review.equals(r.review) && dueOn.equals(r.dueOn) && reason.equals(r.reason) && status == r.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(review, dueOn, reason, status);
  }

  @Override
  public String toString() {
    return "ReviewDue[review=" + review + ", dueOn=" + dueOn + ", reason=" + reason + ", status=" + status + "]";
  }
}
