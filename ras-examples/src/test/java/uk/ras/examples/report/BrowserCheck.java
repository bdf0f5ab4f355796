package uk.ras.examples.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders an HTML report in headless Chromium and lists what is wrong with it, as a reader would see it:
 *
 * <ul>
 *   <li>a console error, an uncaught script error, or anything fetched from the network (a report is
 *       self-contained);
 *   <li>in each chart ({@link Chart}'s classes): a label or the legend clipped by the chart's edge, the legend
 *       or a label of the axes over the plot area, a value label over a mark it does not label, or two labels
 *       over each other; measured in the real layout (bounding boxes), with the fonts installed;
 *   <li>anything sticking out past the edge of the page, in the screen layout (1000 px wide) and in the
 *       print layout (the width of an A4 page less the margins of the page's own {@code @page} rule): listed
 *       apart ({@link Findings#overflows}), and a failure only where the test asks for it (the letters do;
 *       the calibration report's yearly table is wider than the page, to be fixed before it is asked there);
 *   <li>printed to PDF (as by {@code --print-to-pdf}, with the page's own page size): a page that is not A4,
 *       or a heading whose next block starts on a later page (the heading is last on its page); the count
 *       of printed pages and the smallest printed type are in the findings.
 * </ul>
 *
 * <p>Without Chromium ({@code /usr/bin/chromium}, or the system property {@code ras.chromium}) the checks
 * are skipped, unless the environment variable {@code CI} is set (and not "false"): in CI a missing browser
 * is a failure. The printed PDF is kept beside the page (NAME.pdf) to look at.
 */
public final class BrowserCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double A4_WIDTH = 595.28;
  private static final double A4_HEIGHT = 841.89;
  /** An A4 page's width in CSS pixels (210 mm at 96 px an inch). */
  private static final double A4_WIDTH_PX = 210 / 25.4 * 96;

  private BrowserCheck() {}

  /**
   * What the check found: the charts in the page, the pages it printed on, its problems (none when clean),
   * what sticks out past the page (none when it fits), and the smallest printed type, in points, of text
   * and of headings (0 where the page has none).
   */
  public record Findings(
      int charts, int printedPages, List<String> problems, List<String> overflows, double smallestPrintedText,
      double smallestPrintedHeading) {}

  /**
   * Fails the test with every problem of the page or anything over the edge of the page (on screen or
   * printed on A4), or skips it where there is no browser and no CI.
   *
   * @param html the report
   * @param expectedCharts how many charts the page must hold, at least
   * @return the findings, clean
   */
  public static Findings assertClean(Path html, int expectedCharts) {
    Findings f = check(html);
    assertTrue(f.problems().isEmpty(), () -> html.getFileName() + " in Chromium:\n  " + String.join("\n  ", f.problems()));
    assertTrue(f.overflows().isEmpty(), () -> html.getFileName() + " in Chromium:\n  " + String.join("\n  ", f.overflows()));
    assertTrue(f.charts() >= expectedCharts, html.getFileName() + ": " + f.charts() + " charts, expected " + expectedCharts);
    return f;
  }

  /**
   * Fails the test with every problem of the page, anything over the edge of the page, or if it printed on
   * another number of pages; skips it where there is no browser and no CI.
   *
   * @param html the page
   * @param expectedCharts how many charts the page must hold, at least
   * @param expectedPages how many A4 pages it must print on
   * @return the findings, clean
   */
  public static Findings assertClean(Path html, int expectedCharts, int expectedPages) {
    Findings f = assertClean(html, expectedCharts);
    assertTrue(f.printedPages() == expectedPages,
        html.getFileName() + ": printed on " + f.printedPages() + " pages, expected " + expectedPages);
    return f;
  }

  /** The browser, or a skipped (or, under CI, failed) test. */
  static Path chromium() {
    Path chromium = Path.of(System.getProperty("ras.chromium", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      String ci = System.getenv("CI");
      if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
        fail("CI=" + ci + " and no Chromium at " + chromium + ": the report checks must run in CI (.ci/run installs it)");
      }
      assumeTrue(false, "no Chromium at " + chromium + " (and CI not set): browser check skipped");
    }
    return chromium;
  }

  /**
   * Renders the page and lists its problems.
   *
   * @param html the report
   * @return never null
   */
  public static Findings check(Path html) {
    Path chromium = chromium();
    try {
      DevTools browser = DevTools.browser(chromium);
      List<String> problems = Collections.synchronizedList(new ArrayList<>());
      String page = html.toAbsolutePath().toUri().toString();
      try (DevTools.Tab tab = browser.open()) {
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        tab.onEvent(m -> {
          JsonNode p = m.path("params");
          switch (m.path("method").asText()) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Runtime.exceptionThrown" -> problems.add("uncaught error: " + p.path("exceptionDetails").path("exception")
                .path("description").asText(p.path("exceptionDetails").path("text").asText()));
            case "Runtime.consoleAPICalled" -> {
              String type = p.path("type").asText();
              if (type.equals("error") || type.equals("assert")) {
                problems.add("console " + type + ": " + p.path("args").toString());
              }
            }
            case "Log.entryAdded" -> {
              if (p.path("entry").path("level").asText().equals("error")) {
                problems.add("console error: " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
              }
            }
            case "Network.requestWillBeSent" -> {
              String url = p.path("request").path("url").asText();
              if (!url.equals(page) && !url.startsWith("data:") && !url.startsWith("about:")) {
                problems.add("fetched (a report must be self-contained): " + url);
              }
            }
            default -> { }
          }
        });
        tab.send("Page.enable");
        tab.send("Runtime.enable");
        tab.send("Log.enable");
        tab.send("Network.enable");
        tab.send("Emulation.setDeviceMetricsOverride", "width", 1000, "height", 1400, "deviceScaleFactor", 1, "mobile", false);
        tab.send("Page.navigate", "url", page);
        loaded.get(60, TimeUnit.SECONDS);
        JsonNode charts = JSON.readTree(evaluate(tab, script("chart-check.js")));
        charts.path("problems").forEach(p -> problems.add(p.asText()));
        List<String> overflows = new ArrayList<>();
        JsonNode type = printLayout(tab, overflows);
        JsonNode pairs = JSON.readTree(evaluate(tab, script("mark-headings.js")));
        JsonNode printed = tab.send("Page.printToPDF", "preferCSSPageSize", true, "printBackground", true,
            "displayHeaderFooter", false);
        byte[] pdf = Base64.getDecoder().decode(printed.path("data").asText());
        Files.write(html.resolveSibling(html.getFileName() + ".pdf"), pdf);
        PrintedPdf printedPdf = new PrintedPdf(pdf);
        problems.addAll(printProblems(printedPdf, pairs));
        return new Findings(charts.path("charts").asInt(), printedPdf.pages.size(), List.copyOf(problems),
            List.copyOf(overflows), type.path("text").asDouble(), type.path("headings").asDouble());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(html + " did not load in Chromium in 60 s", e);
    }
  }

  /**
   * Adds what sticks out past the page to {@code problems}: in the screen layout as loaded, then in the print
   * layout at the width the printed text has (A4 less the page's own margins); and returns the smallest
   * printed type ({@code printed-type.js}). The screen layout is put back after.
   */
  private static JsonNode printLayout(DevTools.Tab tab, List<String> problems) throws IOException {
    String check = script("overflow-check.js");
    JSON.readTree(evaluate(tab, "(" + check + ")('screen')")).forEach(p -> problems.add(p.asText()));
    JsonNode margins = JSON.readTree(evaluate(tab, script("page-margins.js")));
    int width = (int) Math.floor(A4_WIDTH_PX - margins.path("left").asDouble() - margins.path("right").asDouble());
    tab.send("Emulation.setEmulatedMedia", "media", "print");
    tab.send("Emulation.setDeviceMetricsOverride", "width", width, "height", 1400, "deviceScaleFactor", 1, "mobile", false);
    JSON.readTree(evaluate(tab, "(" + check + ")('printed')")).forEach(p -> problems.add(p.asText()));
    JsonNode type = JSON.readTree(evaluate(tab, script("printed-type.js")));
    tab.send("Emulation.setEmulatedMedia", "media", "");
    tab.send("Emulation.setDeviceMetricsOverride", "width", 1000, "height", 1400, "deviceScaleFactor", 1, "mobile", false);
    return type;
  }

  static List<String> printProblems(PrintedPdf pdf, JsonNode pairs) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < pdf.pages.size(); i++) {
      PrintedPdf.Size s = pdf.pages.get(i);
      if (s == null || Math.abs(s.width() - A4_WIDTH) > 2 || Math.abs(s.height() - A4_HEIGHT) > 2) {
        problems.add("printed page " + (i + 1) + " is not A4 (595 x 842 pt): " + s);
      }
    }
    for (JsonNode pair : pairs) {
      PrintedPdf.Place heading = pdf.destinations.get(pair.get(0).asText());
      PrintedPdf.Place next = pdf.destinations.get(pair.get(1).asText());
      if (heading == null || next == null) {
        problems.add("heading \"" + pair.get(2).asText() + "\" or what follows it is missing from the printed PDF");
      } else if (next.page() != heading.page()) {
        problems.add("heading \"" + pair.get(2).asText() + "\" is last on printed page " + (heading.page() + 1)
            + "; what follows it starts on page " + (next.page() + 1));
      }
    }
    return problems;
  }

  private static String evaluate(DevTools.Tab tab, String expression) throws IOException {
    JsonNode r = tab.send("Runtime.evaluate", "expression", expression, "awaitPromise", true, "returnByValue", true);
    if (r.has("exceptionDetails")) {
      throw new IOException("check script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value").asText();
  }

  private static String script(String name) throws IOException {
    try (InputStream in = BrowserCheck.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
