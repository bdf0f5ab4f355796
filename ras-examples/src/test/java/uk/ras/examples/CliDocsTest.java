package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the options shown in docs/cli.md, docs/calibration.md, docs/costing.md and docs/plans.md true: each {@code console} block there
 * that runs {@code ./ras ... --help} must be exactly that command's help now, and docs/cli.md must show
 * the help of every command (docs/isf.md's blocks are IsfDocsTest's).
 */
class CliDocsTest {
  private static final Pattern BLOCK =
      Pattern.compile("```console\n\\$ \\./ras ([^\n]*--help)\n(.*?)```", Pattern.DOTALL);

  private static List<String> checkHelpBlocks(String doc) throws IOException {
    String text = Files.readString(Path.of("../docs", doc), StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(text);
    List<String> shown = new ArrayList<>();
    while (m.find()) {
      String[] args = m.group(1).trim().split(" +");
      Cli cli = Cli.run(args);
      assertEquals(0, cli.exit, cli::toString);
      assertEquals(cli.out, m.group(2), "docs/" + doc + " block for: ras " + m.group(1)
          + " (regenerate it by running the command)");
      shown.add(m.group(1));
    }
    return shown;
  }

  @Test
  void theHelpShownInTheDocsIsTheRealHelp() throws IOException {
    List<String> cli = checkHelpBlocks("cli.md");
    assertEquals(List.of("--help", "allocate --help", "portfolio --help", "sample --help", "isf --help", "ledger --help",
        "ledger init --help", "ledger record --help", "ledger import --help", "ledger statement --help",
        "ledger reconcile --help", "ledger reviews --help"), cli);
    assertEquals(List.of("calibrate --help"), checkHelpBlocks("calibration.md"));
    assertEquals(List.of("cost --help", "compare --help"), checkHelpBlocks("costing.md"));
    assertEquals(List.of("plan check --help"), checkHelpBlocks("plans.md"));
    List<String> isf = checkHelpBlocks("isf.md");
    assertTrue(isf.containsAll(List.of("isf split --help", "isf leave --help", "isf join --help",
        "isf portfolio --help")), isf::toString);
  }
}
