package uk.ras.examples.report;

import java.util.Objects;

/**
 * What every chart's builder collects before its own data: the chart's id and title, and the sentence a
 * screen reader reads. One thread.
 *
 * @param <B> the chart's own builder, returned so that calls chain
 */
abstract class ChartBuilder<B extends ChartBuilder<B>> {
  final String id;
  final String title;
  String description = "";

  ChartBuilder(String id, String title) {
    this.id = Objects.requireNonNull(id);
    this.title = Objects.requireNonNull(title);
  }

  /**
   * What the chart shows, in a sentence a screen reader reads.
   *
   * @param text not null
   * @return this
   */
  public B description(String text) {
    this.description = Objects.requireNonNull(text);
    return self();
  }

  abstract B self();

  /**
   * A builder whose chart has one value axis, along the bars.
   *
   * @param <B> the chart's own builder
   */
  abstract static class OneAxis<B extends OneAxis<B>> extends ChartBuilder<B> {
    String axisTitle = "";
    AxisFormat format = AxisFormat.PLAIN;

    OneAxis(String id, String title) {
      super(id, title);
    }

    /**
     * The value axis.
     *
     * @param title what the values are, with their unit
     * @param format how ticks are written
     * @return this
     */
    public B axis(String title, AxisFormat format) {
      this.axisTitle = Objects.requireNonNull(title);
      this.format = Objects.requireNonNull(format);
      return self();
    }
  }
}
