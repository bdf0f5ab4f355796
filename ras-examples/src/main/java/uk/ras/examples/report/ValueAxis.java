package uk.ras.examples.report;

/**
 * A value axis laid out along a length of the chart: the most ticks (at most ten) whose labels fit
 * between their neighbours with room to spare.
 */
final class ValueAxis {
  final Ticks ticks;
  final AxisFormat format;
  private final double from;
  private final double to;

  private ValueAxis(Ticks ticks, AxisFormat format, double from, double to) {
    this.ticks = ticks;
    this.format = format;
    this.from = from;
    this.to = to;
  }

  /**
   * An axis from pixel {@code from} to {@code to} covering {@code [min, max]}. Along x, labels need their
   * width and a gap; along y, a line height.
   */
  static ValueAxis along(double min, double max, double from, double to, AxisFormat format, boolean horizontal,
      boolean whole) {
    double length = Math.abs(to - from);
    for (int n = 10; n > 1; n--) {
      Ticks t = Ticks.covering(min, max, whole ? (int) Math.max(1, Math.min(n, Math.ceil(max - min))) : n);
      double space = length / t.intervals();
      double need = horizontal ? widest(t, format) + 14 : 22;
      if (space >= need) {
        return new ValueAxis(t, format, from, to);
      }
    }
    return new ValueAxis(Ticks.covering(min, max, 1), format, from, to);
  }

  static double widest(Ticks t, AxisFormat format) {
    double w = 0;
    for (int i = 0; i <= t.intervals(); i++) {
      w = Math.max(w, Markup.width(format.tick(t.at(i), t.step()), Canvas.TICK_SIZE));
    }
    return w;
  }

  double widest() {
    return widest(ticks, format);
  }

  /** The pixel of a value. */
  double at(double v) {
    return from + (to - from) * (v - ticks.first()) / (ticks.last() - ticks.first());
  }

  String label(int i) {
    return format.tick(ticks.at(i), ticks.step());
  }
}
