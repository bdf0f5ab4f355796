package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The walk-through in docs/funding.md is the real output of {@code ras portfolio --scenario block-contract}. */
class FundingDocTest {
  @Test
  void theWalkThroughShowsTheRealOutput() throws IOException {
    String doc = Files.readString(Path.of("../docs/funding.md"));
    String start = "<!-- block-contract:start -->\n```\n";
    int from = doc.indexOf(start) + start.length();
    String shown = doc.substring(from, doc.indexOf("```\n<!-- block-contract:end -->", from));

    Cli cli = Cli.run("portfolio", "--scenario", "block-contract");

    assertEquals(0, cli.exit, cli::toString);
    assertEquals(cli.out, shown, "docs/funding.md's block-contract block differs from the real output");
  }
}
