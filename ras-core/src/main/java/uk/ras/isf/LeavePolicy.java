package uk.ras.isf;

import java.util.Locale;

/** What happens to a leaver's share of the core and shared costs. */
public enum LeavePolicy {
  /**
   * The default. Core costs are re-apportioned over the remaining people and each shared line over its
   * remaining users; a line with nobody left to carry it is unallocated.
   */
  RESPLIT,
  /** The remaining people's shares stay exactly as they were; the commissioner funds the empty place. */
  HOLD_VACANCY;

  /**
   * {@return the name as written on the command line and in output: {@code resplit} or {@code hold-vacancy};
   * never null}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
