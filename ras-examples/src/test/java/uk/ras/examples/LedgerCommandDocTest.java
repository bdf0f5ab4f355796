package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/ledger.md's worked run of {@code ras ledger} true: the commands between its {@code
 * ledger-run} markers are run in order, bare, on a fresh {@code target/ledger-floating-support}, and each
 * block must show exactly what the command prints. {@code -Dras.writeLedgerRun=true} rewrites the blocks
 * from the commands' output.
 */
class LedgerCommandDocTest {
  private static final Path DOC = Path.of("../docs/ledger.md");
  private static final String START = "<!-- ledger-run:start -->\n";
  private static final String END = "<!-- ledger-run:end -->";
  private static final Pattern COMMAND = Pattern.compile("^\\$ \\./ras (ledger [^\n]*)$", Pattern.MULTILINE);

  /** The commands of the worked run, when the doc has none yet. */
  private static final List<String> FIRST = List.of(
      "ledger statement --person P01 --month 2026-11", "ledger reconcile", "ledger reconcile");

  @Test
  void theWorkedRunShowsWhatTheCommandsPrint() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int from = doc.indexOf(START) + START.length();
    int to = doc.indexOf(END);
    String shown = doc.substring(from, to);
    List<String> commands = new ArrayList<>();
    Matcher m = COMMAND.matcher(shown);
    while (m.find()) {
      commands.add(m.group(1));
    }
    if (commands.isEmpty()) {
      commands.addAll(FIRST);
    }
    deleteTree(Path.of("target", "ledger-floating-support"));
    StringBuilder actual = new StringBuilder();
    for (String command : commands) {
      Cli cli = Cli.run(command.split(" "));
      assertEquals(0, cli.exit, cli::toString);
      assertEquals("", cli.err, cli::toString);
      actual.append("```console\n$ ./ras ").append(command).append('\n').append(cli.out).append("```\n\n");
    }
    String expected = actual.toString().stripTrailing() + "\n";
    if (Boolean.getBoolean("ras.writeLedgerRun")) {
      Files.writeString(DOC, doc.substring(0, from) + expected + doc.substring(to), StandardCharsets.UTF_8);
    }
    assertFalse(commands.isEmpty());
    assertEquals(expected, shown, "docs/ledger.md's worked run (regenerate with -Dras.writeLedgerRun=true)");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
