package uk.ras.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link CsvReader} reads every input as Jackson's CSV parser read it for {@code ras allocate} before it:
 * the same records and cells, the same lines, the same errors after the same line. Jackson, configured as
 * the command had it, is the oracle; the inputs are built from the bytes CSV and UTF-8 treat specially.
 */
class CsvReaderProperties {
  /** Pieces of input: CSV's special bytes, spaces and controls, UTF-8 good and bad, byte order marks. */
  private static final Gen<byte[]> PIECES =
      arbitrary()
          .pick(
              List.of(
                  "a", "b1", ",", ",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "  ", "\t", "\u0000", "\u007f",
                  "£", "é", "\u20ac", "\ud83d\ude00", "\ufeff", "x\"y", "\"q,\r\n\"", "P0001", "2026-04-01"))
          .map(s -> s.getBytes(UTF_8))
          .mix(arbitrary().pick(List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})), 15);

  private static final Gen<byte[]> INPUTS =
      lists().of(PIECES).ofSizeBetween(0, 40).map(CsvReaderProperties::join);

  /** Strings a caller may name as known: cells' whole texts, parts of them, and some no cell can be. */
  private static final Gen<List<String>> KNOWN =
      lists()
          .of(arbitrary().pick(List.of("a", "b1", "ab1", "P0001", "£", "é", "x\"y", "2026-04-01", "", " ", "\ud800", "low")))
          .ofSizeBetween(0, 6);

  @Test
  void readsEveryInputAsJacksonDid() {
    qt().withExamples(20_000)
        .forAll(INPUTS, integers().between(4, 70), KNOWN)
        .checkAssert(
            (bytes, bufferSize, known) ->
                assertEquals(
                    jackson(bytes),
                    ours(bytes, bufferSize, known),
                    () -> "input " + printable(bytes) + " with a buffer of " + bufferSize + ", knowing " + known));
  }

  /**
   * The end of an unquoted cell, found eight bytes at a time, is the first comma, LF or CR, as a loop over
   * every byte finds it: for any byte (the delimiters, their neighbours, 0x00, 0x01, 0x7F, 0x80 and above
   * weighted), at any start and end, so words straddle each position.
   */
  @Test
  void aCellEndsAtTheFirstDelimiterWhateverTheBytesAroundIt() {
    Gen<Byte> bytes =
        arbitrary()
            .pick(List.of((byte) ',', (byte) '\n', (byte) '\r', (byte) 0x2B, (byte) 0x2D, (byte) 0x0B, (byte) 0x0C,
                (byte) 0x0E, (byte) 0x09, (byte) 0x00, (byte) 0x01, (byte) 0x7F, (byte) 0x80, (byte) 0xAC, (byte) 0xFF))
            .mix(integers().between(-128, 127).map(Integer::byteValue), 60);
    qt().withExamples(20_000)
        .forAll(lists().of(bytes).ofSizeBetween(0, 40), integers().between(0, 40), integers().between(0, 40))
        .checkAssert(
            (list, a, b) -> {
              byte[] buffer = new byte[list.size()];
              for (int i = 0; i < buffer.length; i++) {
                buffer[i] = list.get(i);
              }
              int from = Math.min(Math.min(a, b), buffer.length);
              int to = Math.min(Math.max(a, b), buffer.length);
              int expected = from;
              while (expected < to && buffer[expected] != ',' && buffer[expected] != '\n' && buffer[expected] != '\r') {
                expected++;
              }
              assertEquals(expected, CsvReader.cellEnd(buffer, from, to), () -> printable(buffer) + " from " + from + " to " + to);
            });
  }

  /** Rows of many ordinary cells, as the command meets them, through buffers small and large. */
  @Test
  void readsRowsOfOrdinaryCellsAsJacksonDid() {
    Gen<byte[]> rows =
        lists()
            .of(lists().of(arbitrary().pick("P0001", "", "2026-04-01", "3", "low", "\"a, b\"", " x ", "é£"))
                .ofSizeBetween(1, 12)
                .map(cells -> String.join(",", cells)))
            .ofSizeBetween(0, 30)
            .map(lines -> String.join("\r\n", lines).getBytes(UTF_8));
    qt().withExamples(2_000)
        .forAll(rows, integers().between(4, 300), KNOWN)
        .checkAssert(
            (bytes, bufferSize, known) ->
                assertEquals(jackson(bytes), ours(bytes, bufferSize, known), () -> printable(bytes)));
  }

  /**
   * After each record the reader tells its longest cell and whether a cell holds U+FFFD, as a look at
   * every cell tells them: for bytes that are not UTF-8, U+FFFD itself (as a cell and as a known string),
   * quoted cells and buffers small and large.
   */
  @Test
  void eachRecordsLongestCellAndAnyReplacementCharacterAreTold() {
    Gen<byte[]> pieces =
        PIECES.mix(arbitrary().pick(List.of("\ufffd", "long cell of words", "\"a\ufffd\"")).map(t -> t.getBytes(UTF_8)), 20);
    Gen<List<String>> known = KNOWN.mix(arbitrary().pick(List.of(List.of("\ufffd"), List.of("long cell of words"))), 20);
    qt().withExamples(10_000)
        .forAll(lists().of(pieces).ofSizeBetween(0, 40).map(CsvReaderProperties::join), integers().between(4, 70), known)
        .checkAssert(
            (bytes, bufferSize, knownStrings) -> {
              try (CsvReader reader =
                  new CsvReader(new ByteArrayInputStream(bytes), knownStrings, bufferSize, CsvReader.MAX_CELL_BYTES)) {
                List<String> cells = new ArrayList<>();
                while (reader.next(cells)) {
                  int longest = cells.stream().mapToInt(String::length).max().orElse(0);
                  boolean replacement = cells.stream().anyMatch(c -> c.indexOf(CsvReader.REPLACEMENT) >= 0);
                  assertEquals(longest, reader.longestCell(), () -> printable(bytes) + " " + cells);
                  assertEquals(replacement, reader.holdsReplacement(), () -> printable(bytes) + " " + cells);
                }
              } catch (CsvReader.MalformedCsvException e) {
                // Not CSV: the records before it were checked.
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * Files longer than the first buffer, read while it doubles to the size asked for: every record and
   * line as Jackson read them, whatever cell the buffer's growing cuts.
   */
  @Test
  void readsFilesLongerThanTheFirstBufferAsJacksonDid() {
    Gen<byte[]> rows =
        lists()
            .of(lists().of(arbitrary().pick("P0001", "", "2026-04-01", "some_help", "\"a, b\"", "\"x\r\ny\"", "é£"))
                .ofSizeBetween(1, 25)
                .map(cells -> String.join(",", cells)))
            .ofSizeBetween(100, 700)
            .map(lines -> String.join("\n", lines).getBytes(UTF_8));
    qt().withExamples(150)
        .forAll(rows, integers().between(CsvReader.FIRST_BUFFER + 1, 6 * CsvReader.FIRST_BUFFER), KNOWN)
        .checkAssert(
            (bytes, bufferSize, known) ->
                assertEquals(jackson(bytes), ours(bytes, bufferSize, known), () -> bytes.length + " bytes, buffer " + bufferSize));
  }

  /** A known cell, quoted or not, is the known string itself; other cells equal to none are new strings. */
  @Test
  void aKnownCellIsTheKnownStringItself() throws IOException {
    String low = new String("low".toCharArray());
    String pound = new String("£5".toCharArray());
    byte[] bytes = "id,low,\"low\",£5,lower,lo\n".getBytes(UTF_8);
    try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), List.of(low, pound, "\ud800"))) {
      List<String> cells = new ArrayList<>();
      assertTrue(reader.next(cells));
      assertEquals(List.of("id", "low", "low", "£5", "lower", "lo"), cells);
      assertSame(low, cells.get(1));
      assertSame(low, cells.get(2));
      assertSame(pound, cells.get(3));
      assertNotSame(low, cells.get(4));
    }
  }

  @Test
  void aCellLongerThanTheLimitIsAnErrorNotAnEndlessBuffer() throws IOException {
    byte[] bytes = ("id\nP1," + "x".repeat(100) + "\n").getBytes(UTF_8);
    try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), List.of(), 8, 64)) {
      List<String> cells = new ArrayList<>();
      assertTrue(reader.next(cells));
      CsvReader.MalformedCsvException e =
          assertThrows(CsvReader.MalformedCsvException.class, () -> reader.next(cells));
      assertEquals("A value is longer than 64 bytes", e.getMessage());
    }
    byte[] quoted = ("\"" + "y".repeat(100)).getBytes(UTF_8);
    try (CsvReader reader = new CsvReader(new ByteArrayInputStream(quoted), List.of(), 8, 64)) {
      assertThrows(CsvReader.MalformedCsvException.class, () -> reader.next(new ArrayList<>()));
    }
  }

  /** What {@link CsvReader} reads: one line per record, then how reading ended. */
  private static List<String> ours(byte[] bytes, int bufferSize, List<String> known) {
    List<String> out = new ArrayList<>();
    long lastLine = 1;
    try (CsvReader reader =
        new CsvReader(new ByteArrayInputStream(bytes), known, bufferSize, CsvReader.MAX_CELL_BYTES)) {
      List<String> cells = new ArrayList<>();
      for (boolean header = true; reader.next(cells); header = false) {
        lastLine = reader.lastCellLine();
        out.add((header ? "?" : reader.recordLine()) + ".." + lastLine + " " + cells);
      }
      out.add("end");
    } catch (CsvReader.MalformedCsvException e) {
      out.add("after line " + lastLine + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** What Jackson reads, configured and driven as AssessmentCsv drove it up to commit d2af45e. */
  private static List<String> jackson(byte[] bytes) {
    List<String> out = new ArrayList<>();
    long lastLine = 1;
    try {
      PushbackReader in = new PushbackReader(new InputStreamReader(new ByteArrayInputStream(bytes), UTF_8), 1);
      int first = in.read();
      if (first != -1 && first != '\uFEFF') {
        in.unread(first);
      }
      try (MappingIterator<List<String>> it =
          new CsvMapper()
              .readerForListOf(String.class)
              .with(CsvSchema.emptySchema())
              .with(CsvParser.Feature.WRAP_AS_ARRAY)
              .with(CsvParser.Feature.SKIP_EMPTY_LINES)
              .readValues(in)) {
        // The header through the iterator, the rows token by token, as AssessmentCsv read them.
        if (it.hasNextValue()) {
          List<String> header = it.nextValue();
          lastLine = it.getParser().currentTokenLocation().getLineNr();
          out.add("?.." + lastLine + " " + header);
          JsonParser parser = it.getParser();
          while (parser.nextToken() == JsonToken.START_ARRAY) {
            List<String> cells = new ArrayList<>();
            long line = -1;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
              if (t == null) {
                throw new IllegalStateException("the file ends inside a row");
              }
              if (line < 0) {
                line = parser.currentTokenLocation().getLineNr();
              }
              cells.add(t == JsonToken.VALUE_NULL ? null : parser.getText());
            }
            lastLine = parser.currentTokenLocation().getLineNr();
            out.add((line < 0 ? lastLine : line) + ".." + lastLine + " " + cells);
          }
        }
        out.add("end");
      }
    } catch (JsonProcessingException e) {
      out.add("after line " + lastLine + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static byte[] join(List<byte[]> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pieces.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static String printable(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte b : bytes) {
      int c = b & 0xff;
      s.append(c >= 0x20 && c < 0x7f && c != '\\' ? String.valueOf((char) c) : String.format("\\x%02x", c));
    }
    return s.toString();
  }
}
