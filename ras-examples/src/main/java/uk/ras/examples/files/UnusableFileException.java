package uk.ras.examples.files;

/**
 * A file that cannot be used as asked, said in plain words with its name: not found, a directory, not a
 * regular file, not readable, being written by another run, the same file as an input.
 */
public final class UnusableFileException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnusableFileException(String message) {
    super(message);
  }
}
