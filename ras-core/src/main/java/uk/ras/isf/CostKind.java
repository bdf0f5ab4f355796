package uk.ras.isf;

import java.util.Locale;

/** How a cost line is shared. */
public enum CostKind {
  /** Shared equally by everyone in the setting (a sleep-in night worker, the house manager). */
  CORE,
  /** Shared equally by the people listed as using it (a vehicle, a worker for some people's outings). */
  SHARED;

  /** {@return the name as written in setting files and output: {@code core} or {@code shared}; never null} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
