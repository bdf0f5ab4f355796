package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The read-ahead's per-row step runs on the reading thread: its results come out in file order, and a
 * step that throws stops reading there, after the rows before it, as a reader that throws does.
 */
class ReadAheadTest {
  private static AssessmentCsv csv(int rows) throws Exception {
    StringBuilder text = new StringBuilder("person_id,pc_wash\n");
    for (int i = 1; i <= rows; i++) {
      text.append('P').append(i).append(",no_help\n");
    }
    return AssessmentCsv.open("test.csv", text.toString());
  }

  @Test
  void eachRowIsMadeReadyOnTheReadingThreadAndComesOutInFileOrder() throws Exception {
    int rows = ReadAhead.BATCH * 5 + 3;
    Thread caller = Thread.currentThread();
    List<String> seen = new ArrayList<>();
    try (AssessmentCsv file = csv(rows);
        ReadAhead<String> input =
            new ReadAhead<>(
                file,
                row -> (Thread.currentThread() == caller ? "caller:" : "") + row.row() + ":" + row.cells().get(0))) {
      for (String s = input.next(); s != null; s = input.next()) {
        seen.add(s);
      }
      assertNull(input.unreadable());
    }
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      expected.add(i + ":P" + i);
    }
    assertEquals(expected, seen);
  }

  @Test
  void aStepThatThrowsStopsReadingAfterTheRowsBeforeIt() throws Exception {
    int failAt = ReadAhead.BATCH + 10;
    IllegalStateException failure = new IllegalStateException("step failed");
    List<Long> seen = new ArrayList<>();
    try (AssessmentCsv file = csv(ReadAhead.BATCH * 3);
        ReadAhead<Long> input =
            new ReadAhead<>(
                file,
                row -> {
                  if (row.row() == failAt) {
                    throw failure;
                  }
                  return row.row();
                })) {
      IllegalStateException thrown =
          assertThrows(
              IllegalStateException.class,
              () -> {
                for (Long n = input.next(); n != null; n = input.next()) {
                  seen.add(n);
                }
              });
      assertSame(failure, thrown);
    }
    List<Long> expected = new ArrayList<>();
    for (long i = 1; i < failAt; i++) {
      expected.add(i);
    }
    assertEquals(expected, seen);
  }
}
