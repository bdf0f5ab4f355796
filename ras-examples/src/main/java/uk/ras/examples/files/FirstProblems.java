package uk.ras.examples.files;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The first {@value #KEPT} problems of a run in full, and a count of all of them: memory stays flat however
 * many rows a file gets wrong (a million-row file with a header typo rejects every row). Not thread-safe.
 *
 * @param <T> a problem
 */
public final class FirstProblems<T> {
  /** How many problems are kept to be shown. */
  public static final int KEPT = 100;

  private final List<T> kept = new ArrayList<>();
  private long count;

  /** Counts a problem, keeping it if fewer than {@value #KEPT} are kept. */
  public void add(T problem) {
    count++;
    if (kept.size() < KEPT) {
      kept.add(problem);
    }
  }

  /**
   * Counts problems that another count left out, such as the problems of a run merged into this one after
   * that run's first {@value #KEPT} had been kept.
   *
   * @param notKept how many, not negative
   */
  public void addNotKept(long notKept) {
    if (notKept < 0) {
      throw new IllegalArgumentException("a count of problems is not negative, was " + notKept);
    }
    count += notKept;
  }

  /** The problems kept, in the order they came; never null. */
  public List<T> kept() {
    return Collections.unmodifiableList(kept);
  }

  /** Every problem counted, kept or not. */
  public long count() {
    return count;
  }

  /** How many problems were counted but not kept. */
  public long notKept() {
    return count - kept.size();
  }

  public boolean isEmpty() {
    return count == 0;
  }
}
