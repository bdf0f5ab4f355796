package uk.ras.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Money cells as spreadsheets write them read as the amount they show, whatever the grouping separator
 * and padding; an amount that mixes separators is never read as some other amount; and a quoted name is
 * bounded, never cut inside a character.
 */
class CellValuesProperties {
  /** The separators an amount's thousands may be grouped by: a comma, a no-break space, a narrow one. */
  private static final String[] SEPARATORS = {",", "\u00A0", "\u202F"};

  /** What may pad a cell: nothing, a space, a tab, a no-break space, a narrow one. */
  private static final String[] PADDING = {"", " ", "\t", "\u00A0", "\u202F"};

  /** The pounds of {@code pence}, grouped by threes with the separators given in turn (the last repeated). */
  private static String grouped(long pence, String... separators) {
    String whole = Long.toString(pence / 100);
    StringBuilder s = new StringBuilder();
    int groups = 0;
    for (int end = whole.length(); end > 0; end -= 3) {
      String group = whole.substring(Math.max(0, end - 3), end);
      s.insert(0, end - 3 > 0 ? separators[Math.min(groups, separators.length - 1)] + group : group);
      groups++;
    }
    return s + String.format(".%02d", pence % 100);
  }

  @Test
  void anAmountGroupedByOneSeparatorAndPaddedReadsAsItsPence() {
    qt().withExamples(2_000)
        .forAll(
            longs().between(0, 99_999_999_999_999L), // up to 12 whole digits: £999,999,999,999.99
            integers().between(0, SEPARATORS.length - 1),
            integers().between(0, PADDING.length * PADDING.length - 1), // the padding before and after
            integers().between(0, 1))
        .checkAssert(
            (pence, separator, padding, pound) -> {
              String cell = PADDING[padding / PADDING.length] + (pound == 1 ? "£" : "")
                  + grouped(pence, SEPARATORS[separator]) + PADDING[padding % PADDING.length];
              assertEquals(BigDecimal.valueOf(pence, 2), CellValues.pounds(cell), cell);
              assertFalse(CellValues.isNegativeAmount(cell), cell);
            });
  }

  @Test
  void anAmountMixingACommaWithANoBreakSpaceIsRefused() {
    qt().withExamples(1_000)
        .forAll(longs().between(100_000_000L, 99_999_999_999_999L), integers().between(1, 2)) // at least 3 groups
        .checkAssert(
            (pence, noBreak) -> {
              String comma = grouped(pence, ",", SEPARATORS[noBreak]);
              String space = grouped(pence, SEPARATORS[noBreak], ",");
              assertNull(CellValues.pounds(comma), comma);
              assertNull(CellValues.pounds(space), space);
            });
  }

  @Test
  void aQuotedNameIsItsTextWhenShortAndABoundedPrefixWhenLong() {
    qt().withExamples(2_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(
            text -> {
              String shown = Cells.forMessage(text);
              if (text.length() <= Cells.SHOWN_LENGTH) {
                assertEquals(Cells.escapeControls(text), shown);
                return;
              }
              String suffix = String.format("\u2026 (%,d characters)", text.length());
              assertTrue(shown.endsWith(suffix), shown);
              String prefix = shown.substring(0, shown.length() - suffix.length());
              // The prefix is the escaped start of the text: 60 characters, or 59 where the 60th would
              // be the first half of a surrogate pair.
              int kept = Character.isHighSurrogate(text.charAt(Cells.SHOWN_LENGTH - 1)) ? Cells.SHOWN_LENGTH - 1 : Cells.SHOWN_LENGTH;
              assertEquals(Cells.escapeControls(text.substring(0, kept)), prefix);
              assertFalse(Character.isHighSurrogate(text.charAt(kept - 1)) && Character.isLowSurrogate(text.charAt(kept)),
                  "never half a character");
            });
  }
}
