package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/costing.md true: every {@code console} block there that runs a command other than {@code
 * --help} (those are CliDocsTest's) must be exactly what the command prints now.
 */
public class CostingDocTest {
  private static final Pattern BLOCK = Pattern.compile("```console\n\\$ \\./ras ([^\n]*)\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyCommandOutputInTheDocIsTheRealOutput() throws IOException {
    String doc = Files.readString(Path.of("../docs/costing.md"), StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(doc);
    int blocks = 0;
    while (m.find()) {
      if (m.group(1).endsWith("--help")) {
        continue;
      }
      String[] args = m.group(1).trim().split(" +");
      Cli cli = Cli.run(args);
      assertEquals(0, cli.exit, cli::toString);
      assertEquals(m.group(2), cli.out, "docs/costing.md block for: ras " + String.join(" ", Arrays.asList(args)));
      blocks++;
    }
    assertTrue(blocks >= 1, "expected the worked example's command blocks in docs/costing.md, found " + blocks);
  }
}
