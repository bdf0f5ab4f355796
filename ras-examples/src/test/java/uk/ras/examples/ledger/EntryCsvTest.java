package uk.ras.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ras.ledger.EntryKind;

/** The columns {@link EntryCsv#missing} says each kind needs are exactly those {@link EntryCsv#entry} cannot do without. */
class EntryCsvTest {
  /** A value each column reads, for any kind that uses it. */
  private static final Map<String, String> VALUES = Map.ofEntries(
      Map.entry("to", "2026-12-20"), Map.entry("day", "Monday"), Map.entry("start", "10:00"), Map.entry("end", "11:00"),
      Map.entry("provider", "Riverside Support"), Map.entry("staff", "support-worker"), Map.entry("cancelled_by", "person"),
      Map.entry("notified", "2026-12-01 09:00"), Map.entry("minutes", "30"), Map.entry("miles", "10"),
      Map.entry("amount", "20.00"), Map.entry("reverses", "v1"), Map.entry("review", "care-plan"), Map.entry("note", "a kettle"));

  private static Map<String, String> bare(EntryKind kind) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("id", "e1");
    cells.put("person", "P01");
    cells.put("kind", EntryCsv.kindName(kind));
    cells.put("date", "2026-12-02");
    return cells;
  }

  @Test
  void everyKindReadsWithItsNeededColumnsAloneAndNotWithoutAnyOne() {
    for (EntryKind kind : EntryCsv.kinds()) {
      Map<String, String> cells = bare(kind);
      List<String> needs = EntryCsv.missing(new TableCells(cells));
      needs.forEach(c -> cells.put(c, VALUES.get(c)));
      assertEquals(List.of(), EntryCsv.missing(new TableCells(cells)), kind::toString);
      EntryCsv.entry(new TableCells(cells));
      for (String column : needs) {
        Map<String, String> without = new LinkedHashMap<>(cells);
        without.remove(column);
        assertEquals(List.of(column), EntryCsv.missing(new TableCells(without)), kind + " " + column);
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> EntryCsv.entry(new TableCells(without)), kind + " " + column);
        assertEquals("column " + column + " is empty", e.getMessage(), kind::toString);
      }
    }
  }

  @Test
  void personAndDateComeFirst() {
    Map<String, String> cells = new LinkedHashMap<>(Map.of("kind", "visit"));
    assertEquals(List.of("person", "date", "start", "end", "provider", "staff"), EntryCsv.missing(new TableCells(cells)));
  }
}
