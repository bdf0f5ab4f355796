package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.examples.commands.RasTest.HEADER;
import static uk.ras.examples.commands.RasTest.answers;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file too big for Java's heap is said in one line, naming the file and how to give Java more memory
 * (exit 2, as for a file that cannot be used), never with a stack trace. Each case runs the command in a
 * JVM of its own with a 32 MB heap.
 */
class LowMemoryTest {
  @TempDir Path dir;

  /** The command in a JVM whose heap may grow to 32 MB: its exit code and everything it wrote. */
  private static String[] ras(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
        "-cp", System.getProperty("java.class.path"), Ras.class.getName()));
    command.addAll(List.of(args));
    Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(run.waitFor(60, TimeUnit.SECONDS), output);
    return new String[] {Integer.toString(run.exitValue()), output};
  }

  private static void assertSaidPlainly(String[] run, String reading) {
    String output = run[1];
    assertEquals("2", run[0], output);
    assertTrue(output.contains("ras: Java ran out of memory reading " + reading + " (its heap may grow to "), output);
    // 32 MB is below 1 GB: the suggestion is 1 GB.
    assertTrue(output.contains("): give it more with RAS_JAVA_OPTS, such as RAS_JAVA_OPTS=-Xmx1024m (docs/cli.md)"), output);
    assertFalse(output.contains("Exception"), output);
    assertFalse(output.contains("\tat "), output);
  }

  @Test
  void aCsvCellTooBigForTheHeapIsSaidPlainly() throws Exception {
    Path in = dir.resolve("in.csv");
    try (Writer w = Files.newBufferedWriter(in)) {
      w.write(HEADER + "\nP1,2026-05-01," + answers() + "\nP2,2026-05-01,");
      // 20 M characters in one cell: FastCSV's buffer for it would double from 16 MB to 32 MB.
      String chunk = "x".repeat(1 << 20);
      for (int i = 0; i < 20; i++) {
        w.write(chunk);
      }
      w.write("\n");
    }

    String[] run = ras("allocate", "--assessments", in.toString(), "--out", dir.resolve("out.csv").toString());

    assertSaidPlainly(run, in + " after line 2");
  }

  /**
   * A shared-strings part of one string of 30 M characters, about 30 KB compressed: fastexcel builds it
   * whole. Made for each test, not held in a constant for the rest of the test run.
   */
  private static String hugeSharedString() {
    return "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\""
        + " uniqueCount=\"1\"><si><t>" + "x".repeat(30_000_000) + "</t></si></sst>";
  }

  @Test
  void aSharedStringTooBigForTheHeapIsSaidPlainly() throws Exception {
    Path in = MinimalWorkbook.write(dir.resolve("in.xlsx"),
        sheet -> sheet.replace("<row r=\"2\">", "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c>"),
        hugeSharedString(), HEADER, ",2026-05-01," + answers());

    String[] run = ras("allocate", "--assessments", in.toString(), "--out", dir.resolve("out.csv").toString());

    assertSaidPlainly(run, in + " after line 1");
  }

  @Test
  void aHeaderTooBigForTheHeapIsSaidPlainly() throws Exception {
    // The header's first cell is the huge shared string: the reading fails before any line is read.
    Path in = MinimalWorkbook.write(dir.resolve("in.xlsx"),
        sheet -> sheet.replace("<row r=\"1\">", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"),
        hugeSharedString(), HEADER.substring(HEADER.indexOf(',')), "P1,2026-05-01," + answers());

    String[] run = ras("allocate", "--assessments", in.toString(), "--out", dir.resolve("out.csv").toString());

    assertSaidPlainly(run, in.toString());
  }
}
