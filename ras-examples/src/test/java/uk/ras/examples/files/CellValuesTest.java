package uk.ras.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Amounts as Excel writes them in money cells. */
class CellValuesTest {
  private static final String NBSP = "\u00A0";
  private static final String NARROW_NBSP = "\u202F";

  @Test
  void noBreakSpacesAroundAnAmountAreSpaces() {
    assertEquals(new BigDecimal("12.50"), CellValues.pounds(NBSP + "12.50" + NBSP));
    assertEquals(new BigDecimal("12.50"), CellValues.pounds(NARROW_NBSP + " £" + NBSP + "12.50 "));
  }

  @Test
  void noBreakSpacesBetweenThousandsAreSeparators() {
    // 1 385.67 as a French Excel writes it: the same amount as 1,385.67.
    assertEquals(new BigDecimal("1385.67"), CellValues.pounds("1" + NBSP + "385.67"));
    assertEquals(new BigDecimal("1385000"), CellValues.pounds("£1" + NARROW_NBSP + "385" + NARROW_NBSP + "000"));
    assertEquals(CellValues.pounds("1,385.67"), CellValues.pounds("1" + NBSP + "385.67"));
  }

  @Test
  void noBreakSpacesOutOfPlaceOrMixedWithCommasAreRefused() {
    assertNull(CellValues.pounds("1" + NBSP + "38.5"));
    assertNull(CellValues.pounds("13" + NBSP + "85"));
    assertNull(CellValues.pounds("1" + NBSP + "385,000"));
    assertNull(CellValues.pounds("12." + NBSP + "50"));
    // An ordinary space between thousands stays refused, as before: only Excel's own separator is read.
    assertNull(CellValues.pounds("1 385.67"));
  }

  @Test
  void aNegativeAmountWithNoBreakSpacesIsStillNegative() {
    assertTrue(CellValues.isNegativeAmount("-" + NBSP + "£1" + NBSP + "385.67"));
    assertNull(CellValues.pounds("-" + NBSP + "£12.50"));
    assertFalse(CellValues.isNegativeAmount(NBSP + "12.50"));
  }

  @Test
  void stripTakesNoBreakSpacesAsWellAsWhiteSpace() {
    assertEquals("12.50", CellValues.strip(NBSP + "\t 12.50" + NARROW_NBSP));
    assertEquals("1" + NBSP + "385", CellValues.strip(" 1" + NBSP + "385 "));
    assertEquals("", CellValues.strip(NBSP + NARROW_NBSP));
  }
}
