package uk.ras.examples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Reads an assessments CSV on a thread of its own, a few batches of rows ahead of the caller, so that
 * parsing the next rows overlaps allocating and writing the last ones (the machines this runs on have at
 * least two cores; parsing was a third of a row's cost). Memory stays bounded: at most {@value #QUEUED}
 * batches of {@value #BATCH} rows wait. Rows come out in file order, and where reading stopped is told as
 * before: at the end of the file, or where the rest of it is not CSV (an unclosed quote, say), the rows
 * before it kept.
 *
 * <p>Each row is also made ready on the reading thread ({@code prepare}: checked and encoded, say), while
 * its cells are still in that core's cache, so that the caller receives the few objects it needs rather
 * than a row's strings made on another core.
 *
 * <p>One caller thread; {@link #close()} stops the reading thread if the caller stops early.
 *
 * @param <T> what a row is made into
 */
final class ReadAhead<T> implements AutoCloseable {
  static final int BATCH = 256;
  static final int QUEUED = 4;

  /** Where reading stopped: {@code unreadable} says why if not at the end; {@code failure} if it broke. */
  private record End(String unreadable, Throwable failure) {}

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
  private final Thread reader;
  private List<T> batch = List.of();
  private int next;
  private End end;

  /**
   * Starts reading.
   *
   * @param csv read only by the reading thread from now on
   * @param prepare applied to each row on the reading thread, in file order; never returns null; a
   *     {@code RuntimeException} it throws stops reading as one thrown by the file's reader does
   */
  ReadAhead(AssessmentCsv csv, Function<AssessmentCsv.Row, T> prepare) {
    reader = new Thread(() -> read(csv, prepare), "ras-csv-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void read(AssessmentCsv csv, Function<AssessmentCsv.Row, T> prepare) {
    List<T> rows = new ArrayList<>(BATCH);
    try {
      End stop;
      try {
        for (AssessmentCsv.Row row = csv.next(); row != null; row = csv.next()) {
          rows.add(prepare.apply(row));
          if (rows.size() == BATCH) {
            queue.put(rows);
            rows = new ArrayList<>(BATCH);
          }
        }
        stop = new End(null, null);
      } catch (IOException e) {
        stop =
            new End(
                "Unreadable after line " + csv.lastLineRead() + ": " + e.getMessage()
                    + "; the rest of the file was not read",
                null);
      } catch (RuntimeException | Error e) {
        stop = new End(null, e);
      }
      if (!rows.isEmpty()) {
        queue.put(rows);
      }
      queue.put(stop);
    } catch (InterruptedException e) {
      // The caller closed this before the end: nobody is waiting for the rest.
    }
  }

  /**
   * The next row, made ready, in file order, or null where reading stopped.
   *
   * @throws RuntimeException (or Error) as thrown by the reader, after the rows before it
   */
  @SuppressWarnings("unchecked")
  T next() throws InterruptedException {
    while (next == batch.size()) {
      if (end != null) {
        return null;
      }
      Object taken = queue.take();
      if (taken instanceof End) {
        end = (End) taken;
        if (end.failure() instanceof RuntimeException) {
          throw (RuntimeException) end.failure();
        }
        if (end.failure() instanceof Error) {
          throw (Error) end.failure();
        }
        return null;
      }
      batch = (List<T>) taken;
      next = 0;
    }
    return batch.get(next++);
  }

  /** Why reading stopped before the end of the file, or null; known once {@link #next()} returned null. */
  String unreadable() {
    return end == null ? null : end.unreadable();
  }

  @Override
  public void close() {
    reader.interrupt();
  }
}
