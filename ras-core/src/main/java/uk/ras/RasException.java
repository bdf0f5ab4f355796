package uk.ras;

/**
 * The root of every domain failure this library reports. Caller mistakes (a null argument, a negative
 * count) are plain JDK exceptions instead; a {@code RasException} means the <em>input</em> (a rule set,
 * an assessment) cannot be used, and its subtypes carry the context as fields.
 */
public abstract class RasException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected RasException(String message) {
    super(message);
  }

  protected RasException(String message, Throwable cause) {
    super(message, cause);
  }
}
