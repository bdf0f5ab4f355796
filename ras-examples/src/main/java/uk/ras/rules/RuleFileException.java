package uk.ras.rules;

import uk.ras.RasException;

/**
 * TEMPORARY stand-in for the ras-rules module's exception, so that ras-examples compiles and runs
 * before ras-rules lands. Delete this package from ras-examples when it does.
 */
public final class RuleFileException extends RasException {
  private static final long serialVersionUID = 1L;

  public RuleFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
