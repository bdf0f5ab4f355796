package uk.ras.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rows over FastCSV's limits are given to be rejected, and the reading goes on after them. */
class TableReaderTest {
  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aRowOverTheCharacterLimitIsGivenToRejectAndTheNextIsRead() throws IOException {
    // Row 1 (line 2): five cells of 14,000,000 characters, 70,000,000 in all, over the 67,108,864 read
    // (64 M). The file is made as it is read, so that the test holds no copy of it.
    List<InputStream> parts = new ArrayList<>();
    parts.add(bytes("a,b,c,d,e\n"));
    byte[] million = "x".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
    for (int cell = 0; cell < 5; cell++) {
      for (int m = 0; m < 14; m++) {
        parts.add(new ByteArrayInputStream(million));
      }
      parts.add(bytes(cell < 4 ? "," : "\n"));
    }
    parts.add(bytes("1,2,3,4,5\n"));

    try (TableReader table = TableReader.csv("big.csv", new SequenceInputStream(Collections.enumeration(parts)))) {
      TableReader.Row big = table.next();
      assertEquals(1, big.row());
      assertEquals(2, big.line());
      assertEquals(Optional.of("the row has 70,000,000 characters; at most 67,108,864 are read"), big.unread());
      // The cells kept: four of 14,000,000 (56,000,000); a fifth would pass the limit.
      assertEquals(4, big.cells().size());

      TableReader.Row next = table.next();
      assertEquals(new TableReader.Row(2, 3, List.of("1", "2", "3", "4", "5")), next);
      assertNull(table.next());
    }
  }

  @Test
  void aRowOverTheCellLimitKeepsTheFirstCellsAndTheLineCountGoesOn() throws IOException {
    // Row 1 (line 2): "P1" and 20,000 commas, 20,001 cells; the first 16,384 kept.
    String text = "a,b\nP1" + ",".repeat(20_000) + "\nP2,x\n";
    try (TableReader table = TableReader.csv("wide.csv", bytes(text))) {
      TableReader.Row wide = table.next();
      assertEquals(Optional.of("the row has 20,001 cells; at most 16,384 are read"), wide.unread());
      assertEquals(16_384, wide.cells().size());
      assertEquals("P1", wide.cells().get(0));
      assertEquals(new TableReader.Row(2, 3, List.of("P2", "x")), table.next());
    }
  }
}
