package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  private static final Set<String> VALUED = Set.of("--rules", "--out");
  private static final Set<String> FLAGS = Set.of("--quiet");

  private static String mistake(String... args) {
    return assertThrows(UsageException.class, () -> CommandLine.parse(args, VALUED, FLAGS)).getMessage();
  }

  @Test
  void readsValuesInBothSpellingsFlagsAndRepeats() throws UsageException {
    CommandLine line = CommandLine.parse(new String[] {"--rules", "a.yaml", "--rules=b.yaml", "--quiet", "--out=x.csv"}, VALUED, FLAGS);
    assertEquals(List.of("a.yaml", "b.yaml"), line.all("--rules"));
    assertEquals(Optional.of("x.csv"), line.one("--out"));
    assertTrue(line.has("--quiet"));
    assertFalse(line.isEmpty());
    assertEquals(List.of(), CommandLine.parse(new String[0], VALUED, FLAGS).all("--rules"));
    assertTrue(CommandLine.parse(new String[0], VALUED, FLAGS).isEmpty());
  }

  @Test
  void mistakesAreNamedInTheSameWordsForEveryCommand() throws UsageException {
    assertEquals("unknown option '--rulez'", mistake("--rulez", "a"));
    assertEquals("unexpected argument 'a.yaml'", mistake("a.yaml"));
    assertEquals("option --out needs a value", mistake("--out"));
    assertEquals("option --out needs a value", mistake("--out=  "));
    assertEquals("unknown option '--quiet=yes'", mistake("--quiet=yes"));
    CommandLine twice = CommandLine.parse(new String[] {"--out", "a", "--out", "b"}, VALUED, FLAGS);
    assertEquals(
        "option --out given twice", assertThrows(UsageException.class, () -> twice.one("--out")).getMessage());
  }
}
