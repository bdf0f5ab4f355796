package uk.ras.benchmarks.dmn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uk.ras.benchmarks.Northshire;

class DmnModelWriterTest {
  /**
   * The peers run the committed model (jDMN compiles it at build time), so it must be the bundled rule
   * set as the writer writes it today. Regenerate with the command in {@link DmnModelWriter#main}.
   */
  @Test
  void committedModelIsTheBundledRuleSetAsWrittenToday() {
    assertEquals(
        DmnModelWriter.write(Northshire.rules(), Northshire.DMN_MODEL_NAME),
        Northshire.dmn(),
        "benchmarks/src/main/resources" + Northshire.DMN + " is stale: regenerate it with DmnModelWriter");
  }
}
