package uk.ras.ledger;

/** What a ledger entry records; each kind's fields are listed on its factory in {@link Entry}. */
public enum EntryKind {
  /** A weekly pattern of planned support: a day, a start and an end, a provider and a staff type. */
  PLANNED,
  /** A visit delivered: a date, a start and an end, a provider and a staff type. */
  VISIT,
  /** A planned visit cancelled: by whom, and when the provider was told. */
  CANCELLATION,
  /** Planned minutes not used, banked by agreement for later. */
  BANKED,
  /** Banked minutes used later. */
  BANKED_USED,
  /** A stay in hospital: planned visits in it are banked, or paid to the provider, by declared policy. */
  HOSPITAL_STAY,
  /** Miles driven for the person and charged to their budget. */
  MILEAGE,
  /** A one-off purchase from the budget. */
  ONE_OFF,
  /** Money paid into the person's direct-payment account. */
  DIRECT_PAYMENT_RECEIPT,
  /** Money paid out of the person's direct-payment account. */
  DIRECT_PAYMENT_SPEND,
  /** A provider's invoice that has been reconciled against the ledger. */
  INVOICE,
  /** A review held: of the care plan, or of the direct payment. */
  REVIEW,
  /** The person's needs changed: a care-plan review falls due at once. */
  NEEDS_CHANGED,
  /** A correction: the entry it names is treated as never recorded. */
  REVERSAL
}
