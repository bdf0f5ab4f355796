package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.ras.examples.commands.PlanCommand;

/**
 * Keeps docs/plans.md true: every {@code console} block there that runs a command other than {@code
 * --help} (those are CliDocsTest's) must be exactly what the command prints now, and every bundled
 * scenario is shown.
 */
class PlansDocTest {
  private static final Pattern BLOCK = Pattern.compile("```console\n\\$ \\./ras ([^\n]*)\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyCommandOutputInTheDocIsTheRealOutput() throws IOException {
    String doc = Files.readString(Path.of("../docs/plans.md"), StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(doc);
    List<String> run = new ArrayList<>();
    while (m.find()) {
      if (m.group(1).endsWith("--help")) {
        continue;
      }
      String[] args = m.group(1).trim().split(" +");
      Cli cli = Cli.run(args);
      assertEquals(0, cli.exit, cli::toString);
      assertEquals(m.group(2), cli.out, "docs/plans.md block for: ras " + String.join(" ", Arrays.asList(args)));
      run.add(m.group(1));
    }
    List<String> expected = new ArrayList<>();
    PlanCommand.SCENARIOS.forEach(s -> expected.add("plan check --scenario " + s + " --format text"));
    assertEquals(expected, run);
  }
}
