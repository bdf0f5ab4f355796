package uk.ras.costing;

import java.time.LocalDate;
import java.util.List;
import uk.ras.RasException;

/** No version of a council's rates is in force on the date a plan is costed. */
public final class NoRatesInForceException extends RasException {
  private static final long serialVersionUID = 1L;

  /** The rates' name. */
  private final String rates;

  /** The date asked for. */
  private final LocalDate date;

  NoRatesInForceException(String rates, LocalDate date, List<String> covered) {
    super(
        "no rates of \""
            + rates
            + "\" are in force on "
            + date
            + "; the versions cover "
            + String.join(", ", covered));
    this.rates = rates;
    this.date = date;
  }

  /** {@return the rates' name; never null} */
  public String rates() {
    return rates;
  }

  /** {@return the date no version covers; never null} */
  public LocalDate date() {
    return date;
  }
}
