package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.ras.examples.commands.RasTest.HEADER;
import static uk.ras.examples.commands.RasTest.answers;
import static uk.ras.examples.commands.RasTest.readCsv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.examples.files.OutputFile;

/** Output that never loses data, and file errors said plainly (docs/cli.md, "Output files"). */
class OutputSafetyTest {
  @TempDir Path dir;

  private static final String FACTS = ",contribution";

  private Path input(String text) throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, text);
    return in;
  }

  /** Writes {@code rows} good rows to {@code file}. */
  private static void rows(Path file, long rows, String person) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      String answers = answers();
      for (long r = 1; r <= rows; r++) {
        w.write(person + r + ",2026-05-01," + answers + "\n");
      }
    }
  }

  private static Process java(String heap, String... args) throws IOException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap,
                "-cp",
                System.getProperty("java.class.path"),
                Ras.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  @Test
  void aRunKilledMidWriteLeavesThePreviousFileIntact() throws Exception {
    Path out = dir.resolve("out.csv");
    Files.writeString(out, "the previous budgets\n");
    Path in = dir.resolve("big.csv");
    rows(in, 400_000, "P");

    Process run = java("-Xmx256m", "allocate", "--assessments", in.toString(), "--out", out.toString());
    // Wait until the run is writing rows to its temporary file, then kill it.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    boolean writing = false;
    while (!writing && run.isAlive() && System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.list(dir)) {
        writing = files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp") && f.toFile().length() > 100_000);
      }
      Thread.sleep(20);
    }
    run.destroyForcibly().waitFor();

    assertTrue(writing, "the run never wrote to a temporary file");
    assertEquals("the previous budgets\n", Files.readString(out));

    // The killed run's temporary file is deleted by the next run writing the same file; a file of the
    // user's that only looks alike is not.
    Files.writeString(dir.resolve(".out.csv.notes.tmp"), "mine\n");
    Path small = input(HEADER + "\nP1,2026-05-01," + answers() + "\n");
    assertEquals(0, Cli.run("allocate", "--assessments", small.toString(), "--out", out.toString()).exit);
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of(".out.csv.notes.tmp", "big.csv", "in.csv", "out.csv"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aFullDiskIsNamedWithTheFile() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "/dev/full (Linux) fails every write with 'No space left on device'");

    Cli run = Cli.run("allocate", "--out", full.toString());

    assertEquals(2, run.exit, run::toString);
    assertTrue(run.err.contains("ras: cannot write /dev/full: the disk is full"), run::toString);
  }

  @Test
  void aSecondRunWritingTheSameFileIsRefused() throws Exception {
    Path in = input(HEADER + "\nP1,2026-05-01," + answers() + "\n");
    Path out = dir.resolve("out.csv");
    Files.writeString(out, "kept\n");
    try (OutputFile first = OutputFile.open(out)) {
      Cli second = Cli.run("allocate", "--assessments", in.toString(), "--out", out.toString());

      assertEquals(2, second.exit, second::toString);
      assertTrue(second.err.contains(out + " is being written by another run of ras"), second::toString);
    }
    assertEquals("kept\n", Files.readString(out));
    // Once the first run is over, the file can be written again and no lock file is left.
    assertEquals(0, Cli.run("allocate", "--assessments", in.toString(), "--out", out.toString()).exit);
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("in.csv", "out.csv"), files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void anOutputThatIsTheInputIsRefusedBeforeAnythingIsRead() throws Exception {
    String text = HEADER + "\nP1,2026-05-01," + answers() + "\n";
    Path in = input(text);
    Files.createSymbolicLink(dir.resolve("link.csv"), in);

    for (String out : List.of(in.toString(), dir.resolve(".").resolve("in.csv").toString(), dir.resolve("link.csv").toString())) {
      Cli cli = Cli.run("allocate", "--assessments", in.toString(), "--out", out);
      assertEquals(2, cli.exit, cli::toString);
      assertTrue(cli.err.contains("is the input"), cli::toString);
      Cli portfolio = Cli.run("portfolio", "--assessments", in.toString(), "--out", out);
      assertEquals(2, portfolio.exit, portfolio::toString);
    }
    assertEquals(text, Files.readString(in));
  }

  @Test
  void aContributionOfAnySizeOrFormRejectsOnlyItsRowAndTheSummaryPrints() throws Exception {
    Path in =
        input(HEADER + FACTS + "\nP1,2026-05-01," + answers() + ",1e400\nP2,2026-05-01," + answers() + ",1e20\n"
            + "P3,2026-05-01," + answers() + ",99999999999999999999999\nP4,2026-05-01," + answers() + ",12.50\n");
    Path out = dir.resolve("out.csv");

    Cli cli = Cli.run("allocate", "--assessments", in.toString(), "--out", out.toString());

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("Rejected:           3"), cli::toString);
    assertTrue(cli.out.contains("row 1 (line 2), person P1, column contribution: '1e400' is not an amount in pounds"), cli::toString);
    assertTrue(cli.out.contains("Totals over the allocated rows"), cli::toString);
    assertFalse(cli.err.contains("Exception"), cli::toString);
    assertEquals(List.of("P4"), readCsv(out).stream().skip(1).map(r -> r.get(0)).toList());

    Cli portfolio = Cli.run("portfolio", "--assessments", in.toString());
    assertEquals(1, portfolio.exit, portfolio::toString);
    assertTrue(portfolio.out.contains("Rows read: 4; in the portfolio: 1; rejected: 3"), portfolio::toString);
  }

  @Test
  void aMillionRejectedRowsKeepMemoryFlat() throws Exception {
    // A header typo (pc_wash written pc_wsah) rejects every row; only the first problems are kept.
    Path in = dir.resolve("typo.csv");
    try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      w.write("person_id,pc_wsah\n");
      for (int r = 1; r <= 1_000_000; r++) {
        w.write("P" + r + ",x\n");
      }
    }
    Process run = java("-Xmx64m", "allocate", "--assessments", in.toString(), "--out", dir.resolve("out.csv").toString());
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(run.waitFor(60, TimeUnit.SECONDS));

    assertEquals(1, run.exitValue(), output);
    assertTrue(output.contains("Rejected:           1,000,000"), output);
    assertTrue(output.contains("more problems, not shown (the first 100 are)"), output);
    assertFalse(output.contains("OutOfMemoryError"), output);
  }

  @Test
  void controlCharactersAreShownEscapedInTheReportAndTheCsv() throws Exception {
    Path in = input(HEADER + "\nP\u001B[31m1\u0007,2026-05-01," + answers() + "\nQ\u0000\u007F2,2026-13-01," + answers() + "\n");
    Path out = dir.resolve("out.csv");

    Cli cli = Cli.run("allocate", "--assessments", in.toString(), "--out", out.toString());

    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.out.contains("person Q\\u0000\\u007F2, column assessment_date"), cli::toString);
    assertFalse(cli.out.chars().anyMatch(c -> c == 0x1B || c == 0 || c == 7 || c == 0x7F), cli::toString);
    String csv = Files.readString(out);
    assertTrue(csv.contains("P\\u001B[31m1\\u0007,2026-05-01"), csv);
    assertFalse(csv.chars().anyMatch(c -> c == 0x1B || c == 0 || c == 7), csv);
  }

  @Test
  void filesThatCannotBeReadAreNamedPlainly() throws Exception {
    Path missing = dir.resolve("missing.csv");
    assertUsage("assessments file not found: " + missing, missing);
    assertUsage("assessments file is a directory, not a file: " + dir, dir);
    assertUsage("assessments file is not a regular file (a FIFO, socket or device such as /dev/zero): /dev/zero", Path.of("/dev/zero"));
    Path fifo = dir.resolve("fifo");
    boolean made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    if (made) {
      assertUsage("assessments file is not a regular file (a FIFO, socket or device such as /dev/zero): " + fifo, fifo);
    }
  }

  @Test
  void anUnreadableFileIsNamedPlainly() throws Exception {
    // Root can read any file, so there is no unreadable file to give it: skipped when run as root.
    assumeFalse("root".equals(System.getProperty("user.name")), "running as root, which can read anything");
    Path in = input(HEADER + "\n");
    Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("-w-------"));
    assumeTrue(!Files.isReadable(in));
    assertUsage("assessments file is not readable (permission denied): " + in, in);
  }

  @Test
  void ruleFilesThatCannotBeReadAreNamedPlainly() {
    Cli allocate = Cli.run("allocate", "--rules", dir.toString());
    assertEquals(2, allocate.exit, allocate::toString);
    assertTrue(allocate.err.startsWith("ras: rule file is a directory, not a file: " + dir + "\n"), allocate::toString);

    Cli calibrate = Cli.run("calibrate", "--rules", "/dev/zero", "--out", dir.resolve("cal").toString());
    assertEquals(2, calibrate.exit, calibrate::toString);
    assertTrue(calibrate.err.startsWith(
        "ras: rule file is not a regular file (a FIFO, socket or device such as /dev/zero): /dev/zero\n"), calibrate::toString);
    assertFalse(Files.exists(dir.resolve("cal")), "nothing written");
  }

  @Test
  void anOutputFolderThatIsAFileIsRefusedBeforeAnyWork() throws IOException {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "mine\n");
    Path budgets = dir.resolve("budgets.csv");

    Cli allocate = Cli.run("allocate", "--report", notes.toString(), "--out", budgets.toString());
    Cli calibrate = Cli.run("calibrate", "--out", notes.toString());

    assertEquals(2, allocate.exit, allocate::toString);
    assertTrue(allocate.err.startsWith(
        "ras: Invalid value for option '--report': '" + notes + "' is a file, not a folder; give a folder (made if need be)\n"
            + "see 'ras allocate --help'"), allocate::toString);
    assertEquals("", allocate.out, "nothing allocated");
    assertFalse(Files.exists(budgets), "no budgets written");
    assertEquals(2, calibrate.exit, calibrate::toString);
    assertTrue(calibrate.err.startsWith("ras: Invalid value for option '--out': '" + notes + "' is a file, not a folder"),
        calibrate::toString);
    assertEquals("mine\n", Files.readString(notes));
  }

  @Test
  void aLinkedOutputIsWrittenThroughAndTheLinkKept() throws Exception {
    Path in = input(HEADER + "\nP1,2026-05-01," + answers() + "\n");
    Path real = dir.resolve("real.csv");
    Files.writeString(real, "the previous budgets\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);

    // Another run writing the file, under its own name, is seen through the link.
    try (OutputFile other = OutputFile.open(real)) {
      Cli refused = Cli.run("allocate", "--assessments", in.toString(), "--out", link.toString());
      assertEquals(2, refused.exit, refused::toString);
      assertTrue(refused.err.contains(link + " is being written by another run of ras"), refused::toString);
    }
    Cli cli = Cli.run("allocate", "--assessments", in.toString(), "--out", link.toString());

    assertEquals(0, cli.exit, cli::toString);
    assertTrue(Files.isSymbolicLink(link), "the link is kept");
    assertEquals("P1", readCsv(real).get(1).get(0));
  }

  @Test
  void calibrationsFilesAreReplacedAllTogetherOrNotAtAll() throws Exception {
    Path out = dir.resolve("cal");
    assertEquals(0, Cli.run("calibrate", "--out", out.toString()).exit);
    Map<String, String> before = contents(out);
    assertEquals(List.of("calibrated-northshire-mh-2026.2.yaml", "people.csv", "report.html"), List.copyOf(before.keySet()));

    // Another run holds people.csv, which this run writes after the rules: the rules must not be replaced.
    try (OutputFile other = OutputFile.open(out.resolve("people.csv"))) {
      Cli cli = Cli.run("calibrate", "--out", out.toString(), "--protect", "20%");
      assertEquals(2, cli.exit, cli::toString);
      assertTrue(cli.err.contains("people.csv is being written by another run of ras"), cli::toString);
    }
    assertEquals(before, contents(out));

    // Unhindered, the same run replaces every file: a 20% limit on falls changes the rules and the people.
    assertEquals(0, Cli.run("calibrate", "--out", out.toString(), "--protect", "20%").exit);
    Map<String, String> after = contents(out);
    assertEquals(before.keySet(), after.keySet());
    for (String name : before.keySet()) {
      assertFalse(before.get(name).equals(after.get(name)), name + " was not replaced");
    }
  }

  /** The folder's files by name, sorted, with their text; hidden files (locks, temporary files) included. */
  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path f : list.toList()) {
        files.put(f.getFileName().toString(), Files.readString(f));
      }
    }
    return files;
  }

  private static void assertUsage(String message, Path assessments) {
    Cli cli = Cli.run("allocate", "--assessments", assessments.toString());
    assertEquals(2, cli.exit, cli::toString);
    assertTrue(cli.err.contains(message), cli::toString);
    assertFalse(cli.err.contains("Exception"), cli::toString);
  }
}
