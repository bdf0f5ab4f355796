package uk.ras.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import uk.ras.examples.Ras;
import uk.ras.examples.files.AssessmentCsv;
import uk.ras.examples.files.RuleFiles;

/**
 * The command line's two throughput ceilings (issue 18), measured plainly:
 *
 * <ol>
 *   <li>{@code ras allocate} of 1,000,000 rows within 4x of reading the same file with FastCSV alone
 *       ({@link CsvFiles#read}), both in this JVM, after one warm-up run of each;
 *   <li>a council-sized file of 20,000 rows end to end (a fresh {@code java -jar} of the CLI jar, JVM start
 *       included) within 2.5x of {@code ras allocate} on the bundled 250-row sample.
 * </ol>
 *
 * <p>Run (after {@code mvn -B -q -pl benchmarks -am package -DskipTests}):
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar uk.ras.benchmarks.CliThroughput [RUNS]
 * </pre>
 *
 * <p>Prints the median seconds of RUNS runs (default 5) of each program and the two ratios; for the first
 * ceiling also the least CPU time of this thread (where the read and the command both run) in a run of
 * each, which other work on a shared machine moves far less than the wall time; then where the command's
 * time goes ({@link #breakdown}). Files are made under
 * {@code benchmarks/target/cli-bench} once and never committed.
 */
public final class CliThroughput {
  private CliThroughput() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path work = Path.of("benchmarks", "target", "cli-bench");
    Files.createDirectories(work);
    Path million = file(work, 1_000_000);
    Path council = file(work, 20_000);

    double[] read = new double[runs];
    double[] allocate = new double[runs];
    double[] readCpu = new double[runs];
    double[] allocateCpu = new double[runs];
    time(() -> CsvFiles.read(million));
    time(() -> allocate(million));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < runs; r++) {
      long cpu = threads.getCurrentThreadCpuTime();
      read[r] = time(() -> CsvFiles.read(million));
      readCpu[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      cpu = threads.getCurrentThreadCpuTime();
      allocate[r] = time(() -> allocate(million));
      allocateCpu[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    }
    System.out.printf("1,000,000 rows: FastCSV read %.2f s, ras allocate %.2f s: %.2fx (ceiling 4x)%n",
        median(read), median(allocate), median(allocate) / median(read));
    System.out.printf("  least CPU time: FastCSV read %.2f s, ras allocate %.2f s: %.2fx%n",
        least(readCpu), least(allocateCpu), least(allocateCpu) / least(readCpu));
    breakdown(work, million, runs, least(readCpu), least(allocateCpu));

    Path jar = cliJar();
    double[] sample = new double[runs];
    double[] twenty = new double[runs];
    for (int r = 0; r < runs; r++) {
      sample[r] = process(jar, "allocate", "--out", "/dev/null");
      twenty[r] = process(jar, "allocate", "--assessments", council.toString(), "--out", "/dev/null");
    }
    System.out.printf("End to end: 250-row sample %.2f s, 20,000 rows %.2f s: %.2fx (ceiling 2.5x)%n",
        median(sample), median(twenty), median(twenty) / median(sample));
  }

  /**
   * Where the command's time goes, in parts that can each be run alone, least thread CPU time of RUNS
   * runs each: the command's reader of the assessments (with the option ids it is given as known cells),
   * and FastCSV writing the rows the command writes, made in advance: the budgets file the command wrote
   * is read and written again by FastCSV, less reading it alone. What is left of the command is the
   * checking, allocating and making of text between the two.
   */
  private static void breakdown(Path work, Path million, int runs, double read, double allocate) throws Exception {
    Path budgets = work.resolve("budgets-1000000.csv");
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Ras.run(new String[] {"allocate", "--assessments", million.toString(), "--out", budgets.toString()}, quiet, quiet);
    Set<String> optionIds = AssessmentCsv.optionIds(RuleFiles.bundled());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] reader = new double[runs];
    double[] budgetsRead = new double[runs];
    double[] budgetsCopy = new double[runs];
    for (int r = -1; r < runs; r++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long rows = readAssessments(million, optionIds);
      double readerCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      cpu = threads.getCurrentThreadCpuTime();
      long cells = CsvFiles.read(budgets)[1];
      double budgetsReadCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      cpu = threads.getCurrentThreadCpuTime();
      long copied = copy(budgets);
      double budgetsCopyCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      if (rows != 1_000_000 || copied != cells) {
        throw new IllegalStateException("read " + rows + " rows, copied " + copied + " of " + cells + " cells");
      }
      if (r >= 0) {
        reader[r] = readerCpu;
        budgetsRead[r] = budgetsReadCpu;
        budgetsCopy[r] = budgetsCopyCpu;
      }
    }
    double write = least(budgetsCopy) - least(budgetsRead);
    double rest = allocate - least(reader) - write;
    System.out.printf("  where it goes, least CPU time of each part alone, as a multiple of the FastCSV read:%n");
    System.out.printf("    the command's reader of the assessments   %.2f s  %.2fx%n", least(reader), least(reader) / read);
    System.out.printf("    FastCSV writing the budgets, made before  %.2f s  %.2fx (copying them %.2f s less reading them %.2f s)%n",
        write, write / read, least(budgetsCopy), least(budgetsRead));
    System.out.printf("    the rest: checking, allocating, making text %.2f s  %.2fx%n", rest, rest / read);
  }

  /** Reads the assessments as the command does, with the option ids as known cells; returns the rows. */
  private static long readAssessments(Path file, Set<String> optionIds) throws Exception {
    long rows = 0;
    try (AssessmentCsv csv = AssessmentCsv.open(file, null, optionIds)) {
      while (csv.next() != null) {
        rows++;
      }
    }
    return rows;
  }

  /** FastCSV alone: reads a CSV and writes every record again, to nowhere; returns the cells written. */
  private static long copy(Path file) throws IOException {
    long cells = 0;
    try (CsvReader<CsvRecord> in = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(file);
        CsvWriter out = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(OutputStream.nullOutputStream(), StandardCharsets.UTF_8)) {
      for (CsvRecord record : in) {
        out.writeRecord(record.getFields());
        cells += record.getFieldCount();
      }
    }
    return cells;
  }

  private interface Step {
    void run() throws Exception;
  }

  private static double time(Step step) throws Exception {
    long start = System.nanoTime();
    step.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static void allocate(Path file) {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    int exit = Ras.run(new String[] {"allocate", "--assessments", file.toString(), "--out", "/dev/null"}, quiet, quiet);
    if (exit != 0) {
      throw new IllegalStateException("ras allocate exited " + exit);
    }
  }

  private static double process(Path jar, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
    command.addAll(Arrays.asList(args));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(command + " exited " + p.exitValue());
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static Path file(Path work, long rows) throws IOException {
    Path file = work.resolve("assessments-" + rows + ".csv");
    if (!Files.exists(file)) {
      CsvFiles.generate(rows, file);
    }
    return file;
  }

  private static Path cliJar() throws IOException {
    try (var files = Files.list(Path.of("ras-examples", "target"))) {
      return files.filter(f -> f.getFileName().toString().endsWith("-cli.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("build the CLI jar first: mvn -B -q -pl benchmarks -am package -DskipTests"));
    }
  }

  private static double least(double[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
