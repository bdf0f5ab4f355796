package uk.ras.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser check finds what it is for: each page here is broken in one way, by hand, and the check must
 * name that problem (and a clean kit page passes, in ReportKitBrowserTest).
 */
class BrowserCheckTest {
  private static final String SHELL_HEAD = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>@page{size:A4;margin:14mm}"
      + "h1,h2{break-after:avoid}</style></head><body>";

  private static final String CHART = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ras-chart\" id=\"c\" width=\"400\" height=\"200\">"
      + "<rect class=\"ras-plot\" x=\"50\" y=\"40\" width=\"300\" height=\"120\" fill=\"none\"/>"
      + "%s</svg>";

  private static List<String> problems(Path dir, String body) throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), SHELL_HEAD + body + "</body></html>");
    return BrowserCheck.check(page).problems();
  }

  @Test
  void aLegendOverThePlotIsFound(@TempDir Path dir) throws IOException {
    List<String> p = problems(dir, String.format(CHART,
        "<g class=\"ras-legend\"><text class=\"ras-label\" data-place=\"outside\" x=\"60\" y=\"60\">series</text></g>"));
    assertTrue(p.contains("chart c: the legend overlaps the plot area"), p::toString);
    assertTrue(p.contains("chart c: label \"series\" overlaps the plot area"), p::toString);
  }

  @Test
  void aLabelClippedByTheEdgeIsFound(@TempDir Path dir) throws IOException {
    List<String> p = problems(dir, String.format(CHART,
        "<text class=\"ras-label\" data-place=\"outside\" x=\"360\" y=\"30\">proposed price: £5.19/point (before contingency)</text>"));
    assertEquals(List.of("chart c: label \"proposed price: £5.19/point (before contingency)\" is clipped by the chart's edge"), p);
  }

  @Test
  void labelsOverEachOtherAndUnmarkedTextAreFound(@TempDir Path dir) throws IOException {
    List<String> p = problems(dir, String.format(CHART,
        "<text class=\"ras-label\" data-place=\"outside\" x=\"10\" y=\"190\">-300</text>"
            + "<text class=\"ras-label\" data-place=\"outside\" x=\"20\" y=\"192\">-275</text>"
            + "<text x=\"5\" y=\"20\">loose</text>"));
    assertTrue(p.contains("chart c: labels \"-300\" and \"-275\" overlap"), p::toString);
    assertTrue(p.contains("chart c: text \"loose\" is not marked as a label inside or outside the plot"), p::toString);
  }

  @Test
  void aValueLabelOverAnotherBarIsFound(@TempDir Path dir) throws IOException {
    List<String> p = problems(dir, String.format(CHART,
        "<rect class=\"ras-mark\" data-key=\"a\" x=\"60\" y=\"100\" width=\"20\" height=\"60\"/>"
            + "<rect class=\"ras-mark\" data-key=\"b\" x=\"82\" y=\"60\" width=\"20\" height=\"100\"/>"
            + "<text class=\"ras-label\" data-place=\"inside\" data-of=\"a\" x=\"62\" y=\"96\">£8,826,118.60</text>"));
    assertEquals(List.of("chart c: value label \"£8,826,118.60\" overlaps a mark it does not label"), p);
  }

  @Test
  void consoleErrorsScriptErrorsAndFetchesAreFound(@TempDir Path dir) throws IOException {
    List<String> p = problems(dir, "<p>x</p><script>console.error('bad'); undefinedFunction();</script>"
        + "<img src=\"https://example.invalid/a.png\">");
    assertTrue(p.stream().anyMatch(s -> s.startsWith("console error:") && s.contains("bad")), p::toString);
    assertTrue(p.stream().anyMatch(s -> s.startsWith("uncaught error:") && s.contains("undefinedFunction")), p::toString);
    assertTrue(p.contains("fetched (a report must be self-contained): https://example.invalid/a.png"), p::toString);
  }

  @Test
  void aHeadingLastOnAPrintedPageAndUsLetterAreFound(@TempDir Path dir) throws IOException {
    // US Letter (816 x 1056 px, no margins) and no rule keeping headings with their text: the heading ends
    // 6 px above the foot of page 1 (1026 + 24 px), its paragraph cannot follow it there.
    Path page = Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<style>@page{size:letter;margin:0}body{margin:0}h2{margin:0;font-size:20px;line-height:24px}</style></head><body>"
        + "<div style=\"height:1026px\">tall</div><h2>Stranded</h2><p>its text</p></body></html>");
    List<String> p = BrowserCheck.check(page).problems();
    assertTrue(p.contains("printed page 1 is not A4 (595 x 842 pt): Size[width=612.0, height=792.0]"), p::toString);
    assertTrue(p.stream().anyMatch(s -> s.startsWith("heading \"Stranded\" is last on printed page 1")), p::toString);
  }

  @Test
  void aPageWithPrintRulesKeepsTheHeadingWithItsText(@TempDir Path dir) throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"),
        SHELL_HEAD + "<h1>Title</h1><div style=\"height:950px\">tall</div><h2>Kept</h2><p>its text</p></body></html>");
    BrowserCheck.Findings f = BrowserCheck.check(page);
    assertEquals(List.of(), f.problems());
    assertEquals(List.of(), f.overflows());
    // The heading went over to the second page with its text.
    assertEquals(2, f.printedPages());
  }

  @Test
  void somethingWiderThanThePrintedPageIsFound(@TempDir Path dir) throws IOException {
    // A4 less 14 mm margins is 182 mm, about 688 px: a 700 px table fits the screen (1000 px) but not the
    // printed page, and a 1200 px block fits neither.
    Path page = Files.writeString(dir.resolve("page.html"), SHELL_HEAD
        + "<table style=\"width:700px\"><tr><td>seven hundred</td></tr></table>"
        + "<div style=\"width:1200px\">twelve hundred</div></body></html>");
    BrowserCheck.Findings f = BrowserCheck.check(page);
    assertTrue(f.overflows().stream().anyMatch(s -> s.startsWith("printed: table \"seven hundred\" overflows the page")),
        f.problems()::toString);
    assertTrue(f.overflows().stream().noneMatch(s -> s.startsWith("screen: table")), f.overflows()::toString);
    assertTrue(f.overflows().stream().anyMatch(s -> s.startsWith("screen: div \"twelve hundred\" overflows the page")),
        f.overflows()::toString);
  }
}
