package uk.ras.allocation;

import java.time.LocalDate;
import uk.ras.RasException;

/** An assessment dated before the earliest rule set of a registry takes effect. */
public final class NoRuleSetInForceException extends RasException {
  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final LocalDate earliest;

  public NoRuleSetInForceException(LocalDate date, LocalDate earliest) {
    super("no rule set is in force on " + date + "; the earliest takes effect on " + earliest);
    this.date = date;
    this.earliest = earliest;
  }

  public LocalDate date() {
    return date;
  }

  public LocalDate earliest() {
    return earliest;
  }
}
