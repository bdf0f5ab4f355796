package uk.ras.costing;

import java.util.Locale;

/** Who pays for a cost-plan line, as in a shared setting's ISFs (see {@code docs/isf.md}). */
public enum Scope {
  /** Everyone in the plan, in equal shares: a sleep-in, the house manager. */
  CORE,
  /** The named users, in equal shares: a worker for three people's outings, a vehicle. */
  SHARED,
  /** One person: their own 1:1 hours, their own waking night; "in their personal control". */
  PERSONAL;

  /** {@return the name as written in plan files and output: core, shared or personal; never null} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
