package uk.ras.examples.files;

import java.util.Arrays;
import java.util.Collection;

/**
 * A few texts, each found from the characters of a cell without making a string of them. The strings
 * given are interned, and their hashes worked out, once: a reader that gives its cells as these, such as
 * the assessments reader giving option ids, has them matched by identity by a {@code ColumnEncoder}.
 * Immutable.
 */
final class KnownCells {
  /** Open addressing by {@link #place}, at most a quarter full; null for an empty place. */
  private final String[] table;
  /** The characters of each text in {@link #table}, compared with a cell's as arrays. */
  private final char[][] chars;
  private final int longest;

  KnownCells(Collection<String> texts) {
    int places = Integer.highestOneBit(Math.max(1, texts.size()) * 4 - 1) * 2;
    String[] table = new String[places];
    char[][] chars = new char[places][];
    int longest = -1;
    for (String text : texts) {
      String known = text.intern();
      known.hashCode(); // worked out once, and kept by the string, for the encoder that matches it
      char[] characters = known.toCharArray();
      int i = place(characters, 0, characters.length, places - 1);
      while (table[i] != null && !table[i].equals(known)) {
        i = (i + 1) & (places - 1);
      }
      table[i] = known;
      chars[i] = characters;
      longest = Math.max(longest, known.length());
    }
    this.table = table;
    this.chars = chars;
    this.longest = longest;
  }

  /** The known text that is {@code buf[offset..offset+length)}, or null. */
  String find(char[] buf, int offset, int length) {
    if (length > longest) {
      return null;
    }
    int mask = table.length - 1;
    for (int i = place(buf, offset, length, mask); ; i = (i + 1) & mask) {
      char[] known = chars[i];
      if (known == null) {
        return null;
      }
      if (Arrays.equals(known, 0, known.length, buf, offset, offset + length)) {
        return table[i];
      }
    }
  }

  /**
   * A text's first place: from its length and three of its characters, not all of them (the whole text
   * is compared there); ids of one length mostly differ at the start, the middle or the end.
   */
  private static int place(char[] text, int offset, int length, int mask) {
    if (length == 0) {
      return 0;
    }
    int hash = length * 0x9E3779B1 + text[offset] * 31 * 31 + text[offset + length / 2] * 31 + text[offset + length - 1];
    return (hash ^ (hash >>> 15)) * 0x2C1B3C6D >>> 7 & mask;
  }
}
