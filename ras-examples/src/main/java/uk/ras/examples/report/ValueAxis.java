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

  /**
   * A horizontal axis from pixel {@code left} to {@code right} or less: its last tick's label is centred on
   * the axis's end, so the end comes in until that label's right half is inside the chart.
   */
  static ValueAxis horizontalInside(double min, double max, double left, double right, AxisFormat format) {
    ValueAxis axis = along(min, max, left, right, format, true, false);
    double half = Markup.width(axis.label(axis.ticks.intervals()), Canvas.TICK_SIZE) / 2;
    if (right + half > Canvas.WIDTH - Canvas.PAD) {
      return along(min, max, left, Canvas.WIDTH - Canvas.PAD - half, format, true, false);
    }
    return axis;
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

  /** The pixel where the axis ends. */
  double end() {
    return to;
  }

  /** The pixel of a value. */
  double at(double v) {
    return from + (to - from) * (v - ticks.first()) / (ticks.last() - ticks.first());
  }

  String label(int i) {
    return format.tick(ticks.at(i), ticks.step());
  }
}
