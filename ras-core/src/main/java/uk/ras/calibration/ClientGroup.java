package uk.ras.calibration;

/**
 * The client group a person's support is recorded under. Residuals and winners and losers are reported
 * per group, so that a group the points systematically over- or under-fund is visible.
 */
public enum ClientGroup {
  LEARNING_DISABILITY("learning disability"),
  OLDER_PEOPLE("older people"),
  MENTAL_HEALTH("mental health"),
  PHYSICAL_SENSORY("physical disability or sensory"),
  TRANSITION("transition"),
  /** No client group was given for the person. */
  NOT_STATED("not stated");

  private final String label;

  ClientGroup(String label) {
    this.label = label;
  }

  /** {@return the group as a person reads it, such as "learning disability"; never null} */
  public String label() {
    return label;
  }
}
