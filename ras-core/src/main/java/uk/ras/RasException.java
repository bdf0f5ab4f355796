package uk.ras;

/**
 * The root of every domain failure this library reports. Caller mistakes (a null argument, a negative
 * count) are plain JDK exceptions instead; a {@code RasException} means the <em>input</em> (a rule set,
 * an assessment) cannot be used, and its subtypes carry the context as fields.
 */
public abstract class RasException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what cannot be used and why, not null
   */
  protected RasException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the failure that caused it.
   *
   * @param message what cannot be used and why, not null
   * @param cause the underlying failure, such as a parse error; may be null when there is none
   */
  protected RasException(String message, Throwable cause) {
    super(message, cause);
  }
}
