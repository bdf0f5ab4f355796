package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.ras.allocation.Calculator;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.Eligibility;
import uk.ras.money.Money;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.RuleSet;

/**
 * docs/funding.md's section 117 example: its rules read as written, and the explanation it shows is the
 * real output of allocating the assessment it describes.
 */
class Section117DocTest {
  private static final Path DOC = Path.of("../docs/funding.md");

  private static String block(String doc, String name, String fence) {
    String start = "<!-- " + name + ":start -->\n" + fence + "\n";
    int from = doc.indexOf(start);
    if (from < 0) {
      throw new AssertionError("docs/funding.md has no block " + name);
    }
    from += start.length();
    return doc.substring(from, doc.indexOf("```\n<!-- " + name + ":end -->", from));
  }

  private static Assessment.Builder person(String id) {
    // Some support looking after the home (4 points), support with everything in managing mental health
    // (6 points), FACS substantial, a contribution of £30.00 a week.
    return Assessment.builder(id)
        .answer("dl_home", "some_help")
        .answer("wb_mental", "all_tasks")
        .contribution(Money.ofPence(30_00));
  }

  @Test
  void theSection117ExampleShowsTheRealExplanation() throws IOException {
    String doc = Files.readString(DOC);
    RuleSet rules = RuleSetReader.create().read("after-care.yaml", block(doc, "section-117-rules", "```yaml"));
    Calculator calculator = Calculator.compile(rules);
    Eligibility substantial = Eligibility.of(FacsBand.SUBSTANTIAL, null);

    String entitled =
        calculator
            .allocate(person("A1").eligibility(substantial.withSection117Entitlement(true)).build())
            .explanation()
            .orElseThrow()
            .toText();
    String notEntitled =
        calculator.allocate(person("A2").eligibility(substantial).build()).explanation().orElseThrow().toText();

    assertEquals(block(doc, "section-117-explanation", "```"), entitled, "docs/funding.md differs from the output");
    String line = block(doc, "section-117-not-entitled", "```");
    assertEquals(true, notEntitled.endsWith("\n" + line), () -> "docs/funding.md: " + line + "\nbut:\n" + notEntitled);
  }
}
