package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.assessment.Assessment;
import uk.ras.money.Money;
import uk.ras.rules.RuleSetReader;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.RuleSet;

/**
 * The code sample of the README, compiled and run here. The README must contain the block between the
 * readme-sample markers below, exactly (after removing common indentation), in a java fence between
 * {@code <!-- readme-sample:start -->} and {@code <!-- readme-sample:end -->}.
 */
class ReadmeSampleTest {
  private static final Path THIS_FILE =
      Path.of("src/test/java/uk/ras/examples/ReadmeSampleTest.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void readmeSample() throws IOException {
    // readme-sample:start
    RuleSet rules = RuleSetReader.create()
        .read(Path.of("src/main/resources/uk/ras/examples/northshire-mh-2026.yaml"));
    Calculator calculator = Calculator.compile(rules); // compile once, allocate many times

    Assessment.Builder answers = Assessment.builder("P0042").date(LocalDate.of(2026, 6, 1));
    for (Domain domain : rules.domains()) {
      for (Question question : domain.questions()) {
        answers.answer(question.id().value(), "no_help");
      }
    }
    answers.answer("pc_wash", "some_help")          // 3 points
        .answer("dl_medication", "all_tasks")       // 5 points
        .answer("hs_tenancy", "some_help")          // 2 points
        .answer("wb_mental", "all_tasks")           // 4 points
        .answer("informal_support", "a_little");    // family meet a quarter of practical need

    Budget budget = calculator.allocate(answers.build());
    System.out.println(budget.weekly() + " a week, " + budget.annual() + " a year");
    System.out.println(budget.explanation().orElseThrow().toText());
    // readme-sample:end

    // Worked out by hand from northshire-mh-2026.yaml. Informal support (25%) applies to personal
    // care, daily living and housing but not wellbeing, each rounded HALF_UP:
    // personal care 3 x 0.75 = 2.25 -> 2; daily living 5 x 0.75 = 3.75 -> 4; housing 2 x 0.75 = 1.5
    // -> 2; wellbeing 4. Total 12 points.
    // Who pays: the assessment records no eligibility facts, so adult social care (FACS substantial
    // or above, or Care Act eligible) pays nothing. Personal care is social care only: its 2 points
    // are unfunded. Daily living (4) and social care's half of wellbeing (2) fall back to Supporting
    // People, which also pays housing (2) and its own half of wellbeing (2): 10 points x £4.85 =
    // £48.50; less 5% contingency (£2.425, HALF_UP £2.43) = £46.07, above the £45.00 floor and within
    // the £420.00 ceiling; a year is 52 weeks: £2,395.64, all Supporting People.
    assertEquals(12, budget.totalPoints());
    assertEquals(0, new java.math.BigDecimal("2").compareTo(budget.unfundedPoints()));
    assertEquals(Money.parse("46.07"), budget.weekly());
    assertEquals(Money.parse("2395.64"), budget.annual());
    assertEquals(Money.zero(), budget.streams().get(0).weekly());
    assertEquals(Money.parse("46.07"), budget.streams().get(1).weekly());
    assertEquals(java.util.Set.of(uk.ras.pricing.BudgetFlag.UNFUNDED_NEED), budget.flags());
    assertEquals("northshire-mh 2026.1", budget.ruleSetLabel());
  }

  /** The sample's lines, common indentation removed. */
  static List<String> sampleLines() throws IOException {
    List<String> lines = Files.readAllLines(THIS_FILE, StandardCharsets.UTF_8);
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
          + " It must contain this block (the code of ReadmeSampleTest.readmeSample):\n\n" + expected);
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
        "README.md's sample differs from ReadmeSampleTest.readmeSample; the README block must be:\n\n"
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
