package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PilotCouncilTest {
  @Test
  void theCommittedScenarioFilesAreWhatTheGeneratorWrites() throws IOException {
    List<String> generated = PilotCouncil.generate();
    assertEquals(generated.get(0), RuleFiles.resource(PilotCouncil.ASSESSMENTS),
        "regenerate with: java -cp ras-examples/target/ras-examples-*-cli.jar uk.ras.examples.PilotCouncil "
            + "ras-examples/src/main/resources/uk/ras/examples/pilot-council");
    assertEquals(generated.get(1), RuleFiles.resource(PilotCouncil.COSTS));
  }
}
