package uk.ras.plan;

/**
 * Whether the person giving unpaid support is willing and able to give it. The Care Act 2014 forbids
 * assuming a carer is willing (statutory guidance 10.26), so a plan must record it, and support from
 * someone not recorded {@link #WILLING_AND_ABLE} meets no need.
 */
public enum Willingness {
  /** Asked, and willing and able to give the support: it meets the needs it names. */
  WILLING_AND_ABLE,
  /** Not yet confirmed: it meets no need until it is. */
  NOT_CONFIRMED,
  /** Unwilling, or unable: it meets no need. */
  NOT_WILLING_OR_ABLE
}
