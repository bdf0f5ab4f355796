package uk.ras.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The "did you mean" distance and the format sniffing, case by case: written to kill the mutants PIT
 * found surviving there (the rule-file tests reach them only with typical inputs).
 */
class SuggestionsAndFormatsTest {
  @Test
  void distanceCountsInsertionsDeletionsSubstitutionsAndAdjacentSwaps() {
    assertEquals(0, Suggestions.distance("amount", "amount"));
    assertEquals(1, Suggestions.distance("amount", "ammount"), "one insertion");
    assertEquals(1, Suggestions.distance("amount", "amont"), "one deletion");
    assertEquals(1, Suggestions.distance("amount", "amoant"), "one substitution");
    assertEquals(1, Suggestions.distance("amount", "amuont"), "one swap of adjacent letters");
    assertEquals(2, Suggestions.distance("amount", "mauont"), "two swaps");
    assertEquals(3, Suggestions.distance("abc", "xyz"));
    assertEquals(3, Suggestions.distance("", "abc"));
    assertEquals(3, Suggestions.distance("abc", ""));
    assertEquals(3, Suggestions.distance("a", "abcd"), "three apart in length is still measured");
    assertEquals(Integer.MAX_VALUE, Suggestions.distance("a", "abcde"), "more than three apart is not");
    assertEquals(Integer.MAX_VALUE, Suggestions.distance("abcde", "a"));
    assertEquals(2, Suggestions.distance("ab", "ba") + Suggestions.distance("x", "y"));
  }

  @Test
  void closestSuggestsOnlyWithinTheAllowedDistance() {
    List<String> known = List.of("questions", "question", "options", "id");
    assertEquals(Optional.of("questions"), Suggestions.closest("questons", known));
    assertEquals(Optional.of("questions"), Suggestions.closest("QUESTIONS", known), "case is ignored");
    assertEquals(Optional.of("options"), Suggestions.closest("optoins", known));
    // Short names allow one edit: 'ib' is one from 'id'; 'xy' is two.
    assertEquals(Optional.of("id"), Suggestions.closest("ib", known));
    assertEquals(Optional.empty(), Suggestions.closest("xy", known));
    // Eight letters allow two edits, never three.
    assertEquals(Optional.of("questions"), Suggestions.closest("qestiuns", known));
    assertEquals(Optional.empty(), Suggestions.closest("qxstxoxs", known));
    assertEquals(Optional.empty(), Suggestions.closest("anything", List.of()));
    // Of two candidates the nearer wins, the first on a tie.
    assertEquals(Optional.of("abcd"), Suggestions.closest("abcx", List.of("axcy", "abcd")));
    assertEquals(Optional.of("abcd"), Suggestions.closest("abcz", List.of("abcd", "abce")));
  }

  @Test
  void theExtensionChoosesTheFormatAndOtherwiseTheFirstCharacter() {
    assertTrue(Formats.isJson("a.json", "x: 1"));
    assertTrue(Formats.isJson("A.JSON", "x: 1"));
    assertFalse(Formats.isJson("a.yaml", "{\"x\": 1}"));
    assertFalse(Formats.isJson("a.yml", "[1]"));
    assertFalse(Formats.isJson("A.YML", "{}"));
    assertTrue(Formats.isJson("upload", "  \n {\"x\": 1}"));
    assertTrue(Formats.isJson("upload", "[1]"));
    assertFalse(Formats.isJson("upload", "x: {}"));
    assertFalse(Formats.isJson("upload.txt", ""));
  }
}
