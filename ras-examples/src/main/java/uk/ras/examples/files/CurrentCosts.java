package uk.ras.examples.files;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.ras.calibration.ClientGroup;
import uk.ras.examples.UsageException;
import uk.ras.examples.files.CellValues;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.TableReader;
import uk.ras.money.Money;

/**
 * Reads a current-costs CSV: {@code person_id}, {@code current_weekly} (pounds, such as 182.50) and an
 * optional {@code client_group} (learning_disability, older_people, mental_health, physical_sensory,
 * transition, or blank), from a CSV file or a workbook ({@link TableReader}). Bad rows are reported by
 * row number and skipped.
 */
public final class CurrentCosts {
  static final String PERSON_ID = "person_id";
  static final String CURRENT_WEEKLY = "current_weekly";
  static final String CLIENT_GROUP = "client_group";

  public record Cost(Money weekly, ClientGroup group) {}

  public final Map<String, Cost> byPerson = new LinkedHashMap<>();
  public final List<String> problems = new ArrayList<>();

  private CurrentCosts() {}

  /**
   * Reads a current-costs table (CSV or workbook, see {@link TableReader}); closes it.
   *
   * @throws UsageException if the header lacks person_id or current_weekly
   * @throws IOException if the file cannot be read or is not CSV
   */
  public static CurrentCosts read(TableReader table) throws IOException, UsageException {
    CurrentCosts costs = new CurrentCosts();
    String source = table.source();
    try (table) {
      List<String> header = table.header();
      if (header == null) {
        throw new UsageException(source + ": the file is empty; expected a header person_id,current_weekly[,client_group]");
      }
      int person = header.indexOf(PERSON_ID);
      int weekly = header.indexOf(CURRENT_WEEKLY);
      int group = header.indexOf(CLIENT_GROUP);
      if (person < 0 || weekly < 0) {
        throw new UsageException(source + ":1: the header needs person_id and current_weekly columns, found "
            + header.stream().map(Cells::forMessage).toList());
      }
      for (TableReader.Row r = table.next(); r != null; r = table.next()) {
        List<String> cells = r.cells();
        String where = source + " row " + r.row() + " (line " + r.line() + ")";
        if (r.unread().isPresent()) {
          costs.problem(where + ": " + r.unread().get());
          continue;
        }
        if (cells.size() != header.size()) {
          costs.problem(where + ": " + cells.size() + " values but the header has " + header.size() + " columns");
          continue;
        }
        String id = cells.get(person).strip();
        if (id.isEmpty()) {
          costs.problem(where + ": person_id is blank");
          continue;
        }
        String text = CellValues.strip(cells.get(weekly));
        if (CellValues.isNegativeAmount(text)) {
          costs.problem(where + ", person " + id + ", column current_weekly: '" + text + "' is negative");
          continue;
        }
        BigDecimal pounds = CellValues.pounds(text);
        if (pounds == null || pounds.stripTrailingZeros().scale() > 2) {
          costs.problem(where + ", person " + id + ", column current_weekly: '" + text
              + "' is not an amount in pounds such as 182.50 or £1,385.67");
          continue;
        }
        Money amount = Money.ofPounds(pounds);
        ClientGroup g = ClientGroup.NOT_STATED;
        if (group >= 0 && !cells.get(group).isBlank()) {
          g = group(cells.get(group));
          if (g == null) {
            costs.problem(where + ", person " + id + ", column client_group: '" + cells.get(group).strip()
                + "' is not a client group; expected one of " + codes());
            continue;
          }
        }
        if (costs.byPerson.put(id, new Cost(amount, g)) != null) {
          costs.problem(where + ": person " + id + " appears more than once; the last row is used");
        }
      }
    }
    return costs;
  }

  private void problem(String text) {
    problems.add(Cells.escapeControls(text));
  }

  /** The CSV code of a group, such as "learning_disability"; blank for NOT_STATED. */
  public static String code(ClientGroup group) {
    return group == ClientGroup.NOT_STATED ? "" : group.name().toLowerCase(Locale.ROOT);
  }

  public static ClientGroup group(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (ClientGroup g : ClientGroup.values()) {
      if (g != ClientGroup.NOT_STATED && (code(g).equals(t) || g.label().replace(' ', '_').equals(t))) {
        return g;
      }
    }
    return null;
  }

  public static String codes() {
    List<String> codes = new ArrayList<>();
    for (ClientGroup g : ClientGroup.values()) {
      if (g != ClientGroup.NOT_STATED) {
        codes.add(code(g));
      }
    }
    return String.join(", ", codes);
  }
}
