package uk.ras.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event, on a date, that makes a review due at once.
 *
 * @param date when it happened, not null
 * @param kind what happened, not null
 */
public record ReviewTrigger(LocalDate date, TriggerKind kind) {
  /**
   * Checks the trigger.
   *
   * @param date not null
   * @param kind not null
   * @throws NullPointerException if either is null
   */
  public ReviewTrigger {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
  }
}
