package uk.ras.examples.ledger;

/** The ledger database cannot be opened, read or written; the message says which and why. */
final class LedgerStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LedgerStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  LedgerStoreException(String message) {
    super(message);
  }
}
