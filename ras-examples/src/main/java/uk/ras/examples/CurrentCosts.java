package uk.ras.examples;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.ras.calibration.ClientGroup;
import uk.ras.money.Money;

/**
 * Reads a current-costs CSV: {@code person_id}, {@code current_weekly} (pounds, such as 182.50) and an
 * optional {@code client_group} (learning_disability, older_people, mental_health, physical_sensory,
 * transition, or blank). Bad rows are reported by row number and skipped.
 */
final class CurrentCosts {
  static final String PERSON_ID = "person_id";
  static final String CURRENT_WEEKLY = "current_weekly";
  static final String CLIENT_GROUP = "client_group";

  record Cost(Money weekly, ClientGroup group) {}

  final Map<String, Cost> byPerson = new LinkedHashMap<>();
  final List<String> problems = new ArrayList<>();

  private CurrentCosts() {}

  static CurrentCosts read(String source, Reader reader) throws IOException, UsageException {
    CurrentCosts costs = new CurrentCosts();
    try (MappingIterator<List<String>> it = new CsvMapper()
        .readerForListOf(String.class)
        .with(CsvSchema.emptySchema())
        .with(CsvParser.Feature.WRAP_AS_ARRAY)
        .with(CsvParser.Feature.SKIP_EMPTY_LINES)
        .readValues(reader)) {
      if (!it.hasNextValue()) {
        throw new UsageException(source + ": the file is empty; expected a header person_id,current_weekly[,client_group]");
      }
      List<String> header = it.nextValue().stream().map(h -> h == null ? "" : h.strip().replace("\uFEFF", "")).toList();
      int person = header.indexOf(PERSON_ID);
      int weekly = header.indexOf(CURRENT_WEEKLY);
      int group = header.indexOf(CLIENT_GROUP);
      if (person < 0 || weekly < 0) {
        throw new UsageException(source + ":1: the header needs person_id and current_weekly columns, found " + header);
      }
      long row = 0;
      while (it.hasNextValue()) {
        List<String> cells = it.nextValue();
        row++;
        String where = source + " row " + row;
        if (cells.size() != header.size()) {
          costs.problems.add(where + ": " + cells.size() + " values but the header has " + header.size() + " columns");
          continue;
        }
        String id = cells.get(person).strip();
        if (id.isEmpty()) {
          costs.problems.add(where + ": person_id is blank");
          continue;
        }
        Money amount;
        try {
          amount = Money.parse(cells.get(weekly));
        } catch (NumberFormatException | ArithmeticException e) {
          costs.problems.add(where + ", person " + id + ", column current_weekly: '" + cells.get(weekly).strip()
              + "' is not an amount in pounds such as 182.50");
          continue;
        }
        if (amount.isNegative()) {
          costs.problems.add(where + ", person " + id + ", column current_weekly: " + amount + " is negative");
          continue;
        }
        ClientGroup g = ClientGroup.NOT_STATED;
        if (group >= 0 && !cells.get(group).isBlank()) {
          g = group(cells.get(group));
          if (g == null) {
            costs.problems.add(where + ", person " + id + ", column client_group: '" + cells.get(group).strip()
                + "' is not a client group; expected one of " + codes());
            continue;
          }
        }
        if (costs.byPerson.put(id, new Cost(amount, g)) != null) {
          costs.problems.add(where + ": person " + id + " appears more than once; the last row is used");
        }
      }
    }
    return costs;
  }

  /** The CSV code of a group, such as "learning_disability"; blank for NOT_STATED. */
  static String code(ClientGroup group) {
    return group == ClientGroup.NOT_STATED ? "" : group.name().toLowerCase(Locale.ROOT);
  }

  static ClientGroup group(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (ClientGroup g : ClientGroup.values()) {
      if (g != ClientGroup.NOT_STATED && (code(g).equals(t) || g.label().replace(' ', '_').equals(t))) {
        return g;
      }
    }
    return null;
  }

  static String codes() {
    List<String> codes = new ArrayList<>();
    for (ClientGroup g : ClientGroup.values()) {
      if (g != ClientGroup.NOT_STATED) {
        codes.add(code(g));
      }
    }
    return String.join(", ", codes);
  }
}
