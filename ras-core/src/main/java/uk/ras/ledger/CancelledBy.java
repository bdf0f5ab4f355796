package uk.ras.ledger;

/** Who cancelled a planned visit. */
public enum CancelledBy {
  /** The person (or someone for them): charged when the provider was told inside its notice period. */
  PERSON,
  /** The provider: never charged to the person's budget. */
  PROVIDER
}
