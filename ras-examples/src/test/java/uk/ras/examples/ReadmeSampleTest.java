package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The code sample of the README: {@link AllocateOne}, run from the repository root as a reader would run
 * it. The README must contain the lines of {@code AllocateOne.java} between the readme-sample markers,
 * exactly (after removing common indentation), in a java fence between {@code <!-- readme-sample:start
 * -->} and {@code <!-- readme-sample:end -->}.
 */
class ReadmeSampleTest {
  private static final Path SAMPLE_FILE =
      Path.of("src/test/java/uk/ras/examples/AllocateOne.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void readmeSample() throws IOException, InterruptedException {
    // Surefire runs this module's tests in ras-examples; the sample names its rule file from the
    // repository root, where the README's reader runs it. So it runs in a JVM of its own started there.
    Path root = Path.of("..").toAbsolutePath().normalize();
    assertTrue(Files.isRegularFile(root.resolve("ras-examples/pom.xml")), "not the repository: " + root);
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classPath,
                AllocateOne.class.getName())
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the sample did not finish");
    assertEquals(0, process.exitValue(), output);

    // Worked out by hand from northshire-mh-2026.yaml. Informal support (25%) applies to personal
    // care, daily living and housing but not wellbeing, each rounded HALF_UP:
    // personal care 3 x 0.75 = 2.25 -> 2; daily living 5 x 0.75 = 3.75 -> 4; housing 2 x 0.75 = 1.5
    // -> 2; wellbeing 4. Total 12 points.
    // Who pays: the person is Care Act eligible (two outcomes, an illness, a significant impact), so
    // adult social care pays personal care (2), daily living (4) and its half of wellbeing (2): 8
    // points x £4.85 = £38.80. Supporting People pays housing (2) and its half of wellbeing (2): 4
    // points x £4.85 = £19.40. Nothing is unfunded. (Without the eligibility facts social care would
    // pay nothing: personal care's 2 points would go unfunded and the budget fall to £46.07.)
    // Contingency, 5% of each stream, HALF_UP: £1.94 and £0.97, £2.91 in all: £36.86 + £18.43 = £55.29
    // a week, above the £45.00 floor and within the £420.00 ceiling. A year is 52 weeks:
    // £36.86 x 52 = £1,916.72 and £18.43 x 52 = £958.36, £2,875.08 in all.
    List<String> lines = output.lines().collect(Collectors.toList());
    assertEquals("£55.29 a week, £2,875.08 a year", lines.get(0), output);
    assertEquals("Budget for P0042 under northshire-mh 2026.1 (in force from 2026-04-01)", lines.get(1));
    for (String expected :
        List.of(
            "  Total: 12 points",
            "Funding streams (Care Act eligible)",
            "  Adult social care: 8 points at £4.85 per point = £38.80",
            "  Supporting People: 4 points at £4.85 per point = £19.40",
            "  less contingency of 5% of each stream held back for exceptions: -£2.91 = £55.29",
            "Weekly budget: £55.29",
            "Annual budget: £55.29 x 52 weeks = £2,875.08",
            "  Adult social care: £36.86 a week, £1,916.72 a year",
            "  Supporting People: £18.43 a week, £958.36 a year")) {
      assertTrue(lines.contains(expected), () -> "no line \"" + expected + "\" in:\n" + output);
    }
    assertTrue(output.lines().noneMatch(line -> line.contains("unfunded")), output);
  }

  /** The sample's lines, common indentation removed. */
  static List<String> sampleLines() throws IOException {
    List<String> lines = Files.readAllLines(SAMPLE_FILE, StandardCharsets.UTF_8);
    int start = indexOfTrimmed(lines, "// readme-sample:start", 0);
    int end = indexOfTrimmed(lines, "// readme-sample:end", start);
    return dedent(lines.subList(start + 1, end));
  }

  @Test
  void readmeContainsTheSample() throws IOException {
    List<String> sample = sampleLines();
    String expected =
        "<!-- readme-sample:start -->\n```java\n"
            + String.join("\n", sample)
            + "\n```\n<!-- readme-sample:end -->";
    if (!Files.exists(README)) {
      fail("README.md is missing at the repository root. It must contain this block:\n\n" + expected);
    }
    List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
    int start = indexOfTrimmed(readme, "<!-- readme-sample:start -->", 0);
    int end = start < 0 ? -1 : indexOfTrimmed(readme, "<!-- readme-sample:end -->", start);
    if (start < 0 || end < 0) {
      fail("README.md has no <!-- readme-sample:start --> ... <!-- readme-sample:end --> block."
          + " It must contain this block (the sample of AllocateOne.java):\n\n" + expected);
    }
    List<String> block = readme.subList(start + 1, end);
    int fenceOpen = indexOfTrimmed(block, "```java", 0);
    int fenceClose = fenceOpen < 0 ? -1 : indexOfTrimmed(block, "```", fenceOpen + 1);
    if (fenceOpen < 0 || fenceClose < 0) {
      fail("the README's readme-sample block has no ```java fence. It must be:\n\n" + expected);
    }
    assertEquals(
        String.join("\n", sample),
        String.join("\n", dedent(block.subList(fenceOpen + 1, fenceClose))),
        "README.md's sample differs from AllocateOne.java; the README block must be:\n\n"
            + expected);
  }

  private static int indexOfTrimmed(List<String> lines, String text, int from) {
    for (int i = Math.max(0, from); i < lines.size(); i++) {
      if (lines.get(i).strip().equals(text)) {
        return i;
      }
    }
    return -1;
  }

  static List<String> dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
        .collect(Collectors.toList());
  }

  @Test
  void dedentRemovesOnlyTheCommonIndentation() {
    assertEquals(List.of("a", "  b", "", "c"), dedent(Arrays.asList("    a", "      b", "  ", "    c")));
  }
}
