package uk.ras.examples.report;

/** How a value axis writes its ticks. */
public enum AxisFormat {
  /** Pounds: {@code £250}, {@code £1,000,000}, {@code £2.50} (see {@link Numbers#poundsTick}). */
  POUNDS,
  /** Counts and plain numbers: {@code 1,250}, {@code 0.5}. */
  PLAIN;

  /**
   * A tick as this axis writes it.
   *
   * @param value the tick
   * @param step the distance between ticks
   * @return never null
   */
  public String tick(double value, double step) {
    return this == POUNDS ? Numbers.poundsTick(value) : Numbers.plainTick(value, step);
  }
}
