package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.examples.commands.AllocateCommand;
import uk.ras.examples.commands.CalibrateCommand;
import uk.ras.examples.commands.CompareCommand;
import uk.ras.examples.commands.IsfCommand;
import uk.ras.examples.commands.PortfolioCommand;
import uk.ras.examples.scenarios.BlockContractScenario;

/**
 * The pictures in docs/pictures are the charts the commands draw now from the bundled data: each is cut from
 * the command's --report page and must equal the committed file. After a change to the charts or the data,
 * regenerate them with
 *
 * <pre>
 * mvn -B -o -q test -pl ras-core,ras-rules,ras-examples -Dtest=DocsPicturesTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dras.writePictures=true
 * </pre>
 */
class DocsPicturesTest {
  private static final Path PICTURES = Path.of("../docs/pictures");
  private static final String REGENERATE = "regenerate: mvn -B -o -q test -pl ras-core,ras-rules,ras-examples "
      + "-Dtest=DocsPicturesTest -Dsurefire.failIfNoSpecifiedTests=false -Dras.writePictures=true";

  @TempDir Path dir;

  /** A picture: its file, the doc showing it, the chart's id, the page and the command writing it. */
  private record Picture(String file, String doc, String chart, String page, String... command) {}

  /** Where a command writes its report: {@code --out DIR} in place of OUT, else {@code --report DIR} at the end. */
  private static final String OUT = "{out}";

  private static final List<Picture> ALL = List.of(
      new Picture("isf-split.svg", "isf.md", "isf-split", IsfCommand.SPLIT_REPORT, "isf", "split"),
      new Picture("isf-leave-c.svg", "isf.md", "isf-leave", IsfCommand.LEAVE_REPORT, "isf", "leave", "--person", "C"),
      new Picture("allocate-2025.svg", "cli.md", "budgets-0", AllocateCommand.REPORT_HTML, "allocate"),
      new Picture("allocate-2026.svg", "cli.md", "budgets-1", AllocateCommand.REPORT_HTML, "allocate"),
      new Picture("portfolio-block-contract-streams.svg", "funding.md", "streams-0", PortfolioCommand.REPORT_HTML,
          "portfolio", "--scenario", BlockContractScenario.NAME),
      new Picture("portfolio-block-contract-pool.svg", "funding.md", "pool-0-0", PortfolioCommand.REPORT_HTML,
          "portfolio", "--scenario", BlockContractScenario.NAME),
      new Picture("compare-rowan-house.svg", "costing.md", "compare-people", CompareCommand.HTML,
          "compare", "--date", "2026-06-01", OUT),
      new Picture("compare-rowan-house-points.svg", "costing.md", "compare-points", CompareCommand.HTML,
          "compare", "--date", "2026-06-01", OUT),
      calibration("points-vs-cost"),
      calibration("residuals-by-group"),
      calibration("envelope-chart"),
      calibration("change-distribution"),
      calibration("winners-losers"),
      calibration("transition-cost"));

  /** A chart of {@code ras calibrate}'s report of the pilot council, which writes it with its other files to --out. */
  private static Picture calibration(String chart) {
    return new Picture("calibration-" + chart + ".svg", "calibration.md", chart, CalibrateCommand.REPORT_HTML,
        "calibrate", OUT);
  }


  @Test
  void everyPictureInTheDocsIsCurrent() throws IOException {
    boolean write = Boolean.getBoolean("ras.writePictures");
    List<String> stale = new ArrayList<>();
    // One run per command: the calibration's six charts come from one report.
    Map<List<String>, Path> pages = new HashMap<>();
    for (Picture p : ALL) {
      Path page = pages.get(List.of(p.command()));
      if (page == null) {
        Path out = Files.createTempDirectory(dir, "report");
        List<String> args = new ArrayList<>();
        for (String arg : p.command()) {
          if (arg.equals(OUT)) {
            args.addAll(List.of("--out", out.toString()));
          } else {
            args.add(arg);
          }
        }
        if (!List.of(p.command()).contains(OUT)) {
          args.addAll(List.of("--report", out.toString()));
        }
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertEquals(0, cli.exit, cli::toString);
        page = out.resolve(p.page());
        pages.put(List.of(p.command()), page);
      }
      String svg = chart(Files.readString(page), p.chart());
      Path file = PICTURES.resolve(p.file());
      if (write) {
        Files.createDirectories(PICTURES);
        Files.writeString(file, svg, StandardCharsets.UTF_8);
      } else if (!Files.exists(file) || !Files.readString(file).equals(svg)) {
        stale.add("docs/pictures/" + p.file());
      }
      String doc = Files.readString(Path.of("../docs", p.doc()));
      assertTrue(doc.contains("(pictures/" + p.file() + ")"), "docs/" + p.doc() + " shows pictures/" + p.file());
    }
    assertTrue(stale.isEmpty(), () -> "not what the code draws now: " + stale + "; " + REGENERATE);
  }

  /** The chart's svg element, as a file of its own. */
  static String chart(String html, String id) {
    Matcher m = Pattern.compile("(?s)<svg [^>]*\\bid=\"" + Pattern.quote(id) + "\".*?</svg>").matcher(html);
    assertTrue(m.find(), "no chart " + id);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + m.group() + "\n";
  }
}
