package uk.ras.examples.report;

/**
 * A chart of the report kit: an inline SVG element, self-contained (no script, font or file fetched), that
 * the browser check can read. Every chart marks its parts with classes:
 *
 * <ul>
 *   <li>{@code svg.ras-chart}, with the chart's id;
 *   <li>{@code .ras-plot}: the plot area, an invisible rectangle;
 *   <li>{@code .ras-legend}: the legend, always outside the plot area;
 *   <li>{@code text.ras-label}: every text, with {@code data-place="outside"} (titles, ticks, axis titles,
 *       legend: never over the plot area) or {@code data-place="inside"} (a value label in the plot area,
 *       with {@code data-of} naming the mark it labels: it may touch that mark and no other);
 *   <li>{@code .ras-mark}: a drawn datum (a bar or a segment), with its {@code data-key}.
 * </ul>
 *
 * <p>Why SVG written here rather than a charting library: the reports are files opened offline, often
 * printed, and checked in a headless browser; the JavaScript libraries (Vega, Chart.js, D3) need a script
 * in the page and draw after load, and the Java ones (JFreeChart, XChart) draw raster images or SVG we cannot
 * mark for the layout checks. Four chart types in a few hundred lines, with the layout arithmetic tested as
 * properties, are less to keep than a dependency and its updates.
 */
public interface Chart {
  /** {@return the chart's id, unique in its page; never null} */
  String id();

  /** {@return the chart as an {@code <svg>} element; never null} */
  String toSvg();
}
