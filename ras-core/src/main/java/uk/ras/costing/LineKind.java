package uk.ras.costing;

import java.util.Locale;

/** What a cost-plan line measures, and so how its weekly cost is worked out from the rates. */
public enum LineKind {
  /** Hours a week of a staff type (in a band) at a staff count: {@code hours x staff x hourly rate}. */
  HOURS,
  /** Sleep-in nights a week at the flat price a night: {@code nights x price}. */
  SLEEP_IN,
  /** Waking nights a week, hourly at the waking-night rate: {@code hours a night x nights x rate}. */
  WAKING_NIGHT,
  /** Sessions a week (day opportunities) of a kind: {@code sessions x price}. */
  SESSIONS,
  /** Miles a week: {@code miles x price a mile}. */
  MILEAGE,
  /** A fixed weekly amount, such as equipment rental. */
  FIXED,
  /** A one-off cost spread over years: {@code amount / (years x weeks a year)}. */
  ONE_OFF;

  /** {@return the name as written in plan files: hours, sleep-in, waking-night, ...; never null} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
