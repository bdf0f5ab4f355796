package uk.ras.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Benchmark 5 of the performance issue, the tools of {@code benchmarks/cli-benchmark.sh}:
 *
 * <ul>
 *   <li>{@code generate ROWS FILE}: writes an assessments CSV in the CLI's format (the bundled sample's
 *       columns), every row valid, seeded, dates spread over 2025-04-01..2027-03-31 so that both bundled
 *       rule sets are used;
 *   <li>{@code read FILE}: the I/O floor: reads the file with FastCSV, the command's CSV library, and does
 *       nothing else but count rows and cells.
 * </ul>
 */
public final class CsvFiles {
  private CsvFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("generate")) {
      generate(Long.parseLong(args[1]), Path.of(args[2]));
    } else if (args.length == 2 && args[0].equals("read")) {
      long[] counts = read(Path.of(args[1]));
      System.out.printf("rows %d, cells %d%n", counts[0], counts[1]);
    } else {
      System.err.println("usage: CsvFiles generate ROWS FILE | CsvFiles read FILE");
      System.exit(2);
    }
  }

  static void generate(long rows, Path file) throws IOException {
    ScoringInputs inputs = ScoringInputs.northshire();
    List<String> questions = inputs.questionIds;
    SplittableRandom random = new SplittableRandom(ScoringInputs.SEED + rows);
    LocalDate first = LocalDate.of(2025, 4, 1);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("person_id,assessment_date," + String.join(",", questions));
      out.write('\n');
      StringBuilder line = new StringBuilder(256);
      for (long r = 0; r < rows; r++) {
        line.setLength(0);
        line.append('P').append(r + 1).append(',').append(first.plusDays(random.nextInt(730)));
        for (int q = 0; q < questions.size(); q++) {
          List<String> options = inputs.optionIds.get(q);
          line.append(',').append(options.get(random.nextInt(options.size())));
        }
        out.append(line).append('\n');
      }
    }
  }

  /** The floor: FastCSV, the command's CSV library, reading the file and counting rows and cells. */
  static long[] read(Path file) throws IOException {
    long rows = 0;
    long cells = 0;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(file)) {
      for (CsvRecord record : csv) {
        cells += record.getFieldCount();
        rows++;
      }
    }
    return new long[] {rows, cells};
  }
}
