package uk.ras.ledger;

/** An event that makes a review of a care plan due at once. */
public enum TriggerKind {
  /** The person's needs changed. */
  CHANGE_OF_NEEDS,
  /** The person was in hospital. */
  HOSPITAL_STAY,
  /** The budget is projected to overspend. */
  OVERSPEND
}
