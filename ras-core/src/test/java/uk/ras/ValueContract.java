package uk.ras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * The value contract of a result type (what a record would give): equal to an equal copy, with an equal
 * hash code and an equal {@code toString}; unequal to a copy differing in any one field, and to null and
 * other types; and a {@code toString} in the record format {@code Name[a=1, b=2]}.
 */
public final class ValueContract {
  private ValueContract() {}

  /**
   * Checks {@code value} against an equal copy made separately and against one variant per field.
   *
   * @param value the value to check
   * @param copy a separately made value with the same fields
   * @param toString the expected {@code toString} of both, worked by hand
   * @param variants one value per field, each differing from {@code value} in that field alone; each
   *     must also differ in hash code (chosen so, to tell a constant hash code apart)
   */
  @SafeVarargs
  public static <T> void check(T value, T copy, String toString, T... variants) {
    assertNotSame(value, copy);
    assertEquals(value, value);
    assertEquals(value, copy);
    assertEquals(copy, value);
    assertEquals(value.hashCode(), copy.hashCode());
    assertEquals(toString, value.toString());
    assertEquals(toString, copy.toString());
    assertFalse(value.equals(null));
    assertFalse(value.equals(toString));
    assertTrue(toString.startsWith(value.getClass().getSimpleName() + "["), toString);
    assertEquals(fieldNames(toString).size(), variants.length, "one variant per field of " + toString);
    for (T v : List.of(variants)) {
      assertNotEquals(value, v, v::toString);
      assertNotEquals(v, value, v::toString);
      assertNotEquals(value.hashCode(), v.hashCode(), v::toString);
      assertNotEquals(toString, v.toString());
    }
  }

  /**
   * Checks that two results made by the engine from the same input are equal, in both directions, with
   * equal hash codes and equal {@code toString}s.
   *
   * @param first the first result
   * @param second the second, made separately
   */
  public static void sameTwice(Object first, Object second) {
    assertNotSame(first, second);
    assertEquals(first, second);
    assertEquals(second, first);
    assertEquals(first.hashCode(), second.hashCode());
    assertEquals(first.toString(), second.toString());
  }

  /** The top-level field names of a record-format string, {@code Name[a=1, b=Inner[c=2]]} giving a, b. */
  private static List<String> fieldNames(String s) {
    List<String> names = new java.util.ArrayList<>();
    int depth = 0;
    int start = s.indexOf('[') + 1;
    int nameStart = start;
    for (int i = start; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '[' || c == '{' || c == '(') {
        depth++;
      } else if (c == ']' || c == '}' || c == ')') {
        depth--;
      } else if (depth == 0 && c == '=' && nameStart >= 0) {
        names.add(s.substring(nameStart, i));
        nameStart = -1;
      } else if (depth == 0 && c == ',' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
        nameStart = i + 2;
      }
    }
    return names;
  }
}
