package uk.ras.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.Assessment;

/** The worked example of docs/concepts.md is the code's real output. */
class DocsTest {
  @Test
  void conceptsWorkedExampleIsTheRealExplanation() throws IOException {
    String doc = Files.readString(Path.of("../docs/concepts.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("<!-- concepts-explanation:start -->");
    int end = doc.indexOf("<!-- concepts-explanation:end -->");
    assertTrue(start >= 0 && end > start, "docs/concepts.md lost its explanation markers");
    String block = doc.substring(start, end);
    String shown = block.substring(block.indexOf("```text\n") + 8, block.lastIndexOf("```"));

    Calculator calculator = Calculator.compile(Testshire.rules());
    Budget budget =
        calculator.allocate(
            Assessment.builder("P1")
                .answer("pc_wash", "all")
                .answer("pc_dress", "all")
                .answer("sf_home", "some")
                .answer("informal", "half")
                .build());
    assertEquals(budget.explanation().orElseThrow().toText(), shown);
  }
}
