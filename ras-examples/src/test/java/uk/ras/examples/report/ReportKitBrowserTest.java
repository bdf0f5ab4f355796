package uk.ras.examples.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.money.Money;

/**
 * A page with every chart type of the kit, drawn from awkward data (long names and amounts, negative values,
 * a hostile id, a tall histogram), is clean in Chromium: no label clipped or over another, legends off the
 * plot, A4 pages with every heading beside its text. The layouts the calibration, portfolio and comparison
 * reports will need are here too, so that they can move onto the kit.
 */
class ReportKitBrowserTest {
  static final String HOSTILE = "<script>alert(\"x\")</script> & 'q'\u0007";

  static Page everyChart() {
    Random random = new Random(20270401);
    ScatterChart.Builder scatter = ScatterChart.builder("points-vs-cost", "Points against current weekly cost")
        .axes("total points", AxisFormat.PLAIN, "current weekly cost", AxisFormat.POUNDS)
        .description("Each mark is a person; the lines are the fitted models.");
    for (String group : new String[] {"learning disability", "older people", "mental health", "physical and sensory"}) {
      double[] x = new double[200];
      double[] y = new double[200];
      for (int i = 0; i < x.length; i++) {
        x[i] = random.nextInt(120);
        y[i] = Math.max(0, 5.2 * x[i] + random.nextGaussian() * 80);
      }
      scatter.series(group, x, y);
    }
    scatter.line("fitted through the origin: £5.21/point", 0, 5.21)
        .line("fitted with an intercept: £38.40 + £4.80/point", 38.4, 4.8)
        .line("proposed price: £5.19/point (before contingency)", 0, 5.19);

    BarChart envelope = BarChart.builder("envelope", "Envelope and forecast spend, a year")
        .axis("£ a year", AxisFormat.POUNDS)
        .category("current rules", new double[] {8_911_204.10}, new String[] {Numbers.money(Money.parse("8911204.10"))})
        .category("proposed rules", new double[] {8_826_118.60}, new String[] {Numbers.money(Money.parse("8826118.60"))})
        .reference("envelope", 9_300_000, Numbers.money(Money.parse("9300000")))
        .reference("available after 5% contingency", 8_835_000, Numbers.money(Money.parse("8835000")))
        .description("Forecast spend under each rule set against the envelope and the money available.")
        .build();

    BarChart residuals = BarChart.builder("residuals", "Mean residual by client group")
        .axis("£ a week", AxisFormat.POUNDS)
        .series("winners", "losers")
        .category("learning disability", new double[] {-20660.89, 312.5}, new String[] {"-£20,660.89", "£312.50"})
        .category(HOSTILE, new double[] {1500, -40}, new String[] {"£1,500.00", "-£40.00"})
        .category("older people", new double[] {0, 0}, new String[] {"£0.00", "£0.00"})
        .build();

    StackedBarChart isf = StackedBarChart.builder("isf", "Each person's ISF, before and after C leaves")
        .axis("£ a week", AxisFormat.POUNDS)
        .parts("core", "shared", "personal")
        .row("A", "before", new double[] {257.51, 189.94, 120}, new String[] {"£257.51", "£189.94", "£120.00"}, "£567.45")
        .row("A", "after", new double[] {309.01, 276.15, 120}, new String[] {"£309.01", "£276.15", "£120.00"}, "£705.16")
        .row(HOSTILE, "before", new double[] {257.50, 0, 88.25}, new String[] {"£257.50", "£0.00", "£88.25"}, "£345.75")
        .row("vacancy", "", new double[] {257.51, 189.93, 0}, new String[] {"£257.51", "£189.93", "£0.00"}, "£447.44")
        .build();

    long[] changes = new long[1000];
    for (int i = 0; i < changes.length; i++) {
      changes[i] = Math.round(random.nextGaussian() * 6000);
    }
    long min = java.util.Arrays.stream(changes).min().getAsLong();
    long max = java.util.Arrays.stream(changes).max().getAsLong();
    Bins bins = Bins.covering(min, max, 24, 100);
    Histogram histogram = Histogram.builder("changes", "Distribution of weekly changes", bins, bins.count(changes))
        .values("change a week", pence -> Numbers.poundsTick(pence / 100.0))
        .counts("people", 0)
        .description("How many people gain or lose each amount a week.")
        .build();

    return Page.titled("Every chart of the report kit")
        .note("Drawn from made-up data by ReportKitBrowserTest.")
        .heading("Fit", "fit")
        .figure(scatter.build(), "Points against cost.")
        .heading("Envelope", "envelope-section")
        .table(Table.of("Figure", "Amount").row("Envelope", Numbers.money(Money.parse("9300000"))).total("Total", "£1.00"))
        .figure(envelope, "The envelope against forecast spend.")
        .heading("Groups " + HOSTILE, "groups")
        .figure(residuals, "Winners and losers.")
        .heading("ISF", "isf-section")
        .figure(isf, "ISFs.")
        .heading("Changes", "changes-section")
        .figure(histogram, "Changes.");
  }

  @Test
  void everyChartTypeIsCleanInChromium(@TempDir Path dir) throws IOException {
    String html = everyChart().html();
    assertFalse(html.contains("<script>alert"), "the hostile name is escaped");
    assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;\\u0007"), "escaped");
    Path page = Files.writeString(dir.resolve("kit.html"), html);
    BrowserCheck.assertClean(page, 5);
  }
}
