package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check every fuzz and hostile-input test shares: a refusal names the file and a place in it. */
public final class LocatedErrors {
  private LocatedErrors() {}

  /** Fails unless {@code e} has problems, each in {@code source}, at line and column 1 or more, with a message. */
  public static void assertEveryProblemLocated(String source, RuleFileException e) {
    assertFalse(e.problems().isEmpty());
    for (RuleFileProblem p : e.problems()) {
      assertEquals(source, p.source(), e::getMessage);
      assertTrue(p.line() >= 1 && p.column() >= 1, e::getMessage);
      assertFalse(p.message().isBlank(), e::getMessage);
    }
  }
}
