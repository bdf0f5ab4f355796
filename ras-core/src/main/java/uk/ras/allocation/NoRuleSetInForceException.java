package uk.ras.allocation;

import java.time.LocalDate;
import uk.ras.RasException;

/** An assessment dated before the earliest rule set of a registry takes effect. */
public final class NoRuleSetInForceException extends RasException {
  private static final long serialVersionUID = 1L;

  /** The assessment's date. */
  private final LocalDate date;

  /** The earliest effective date of the registry's rule sets. */
  private final LocalDate earliest;

  /**
   * Creates the exception.
   *
   * @param date the assessment's date, not null
   * @param earliest the earliest effective date of the registry's rule sets, not null; after {@code date}
   */
  public NoRuleSetInForceException(LocalDate date, LocalDate earliest) {
    super("no rule set is in force on " + date + "; the earliest takes effect on " + earliest);
    this.date = date;
    this.earliest = earliest;
  }

  /** {@return the assessment's date, for which no rule set is in force; never null} */
  public LocalDate date() {
    return date;
  }

  /** {@return the earliest effective date of the registry's rule sets; never null} */
  public LocalDate earliest() {
    return earliest;
  }
}
