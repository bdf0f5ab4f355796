package uk.ras.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CellsTest {
  @Test
  void aNameOfSixtyCharactersIsQuotedWhole() {
    String sixty = "a".repeat(60);
    assertEquals(sixty, Cells.forMessage(sixty));
    assertEquals("pc_wsh", Cells.forMessage("pc_wsh"));
  }

  @Test
  void aLongerNameIsQuotedByItsFirstSixtyCharactersAndItsLength() {
    assertEquals("a".repeat(60) + "\u2026 (61 characters)", Cells.forMessage("a".repeat(61)));
    // 10 * 1024 * 1024 = 10,485,760.
    assertEquals("q" + "x".repeat(59) + "\u2026 (10,485,760 characters)",
        Cells.forMessage("q" + "x".repeat(10 * 1024 * 1024 - 1)));
  }

  @Test
  void controlCharactersAreEscapedWithinTheSixty() {
    // The ESC is one of the sixty; escaped, it takes six.
    assertEquals("\\u001B" + "b".repeat(59) + "\u2026 (70 characters)", Cells.forMessage("\u001B" + "b".repeat(69)));
  }

  @Test
  void theCutNeverSplitsASurrogatePair() {
    // U+1F600 is two chars, the 60th and 61st: the whole pair goes, and 59 characters are shown.
    String text = "c".repeat(59) + "\uD83D\uDE00" + "d";
    assertEquals("c".repeat(59) + "\u2026 (62 characters)", Cells.forMessage(text));
  }
}
