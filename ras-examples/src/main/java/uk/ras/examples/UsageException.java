package uk.ras.examples;

/** A mistake in how the command was called: an unknown option, a missing value or file. Exit code 2. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, in one line */
  public UsageException(String message) {
    super(message);
  }
}
