package uk.ras.calibration;

/**
 * The client group a person's support is recorded under. Residuals and winners and losers are reported
 * per group, so that a group the points systematically over- or under-fund is visible.
 */
public enum ClientGroup {
  /** People supported because of a learning disability. */
  LEARNING_DISABILITY("learning disability"),
  /** Older people, usually 65 and over. */
  OLDER_PEOPLE("older people"),
  /** People supported because of their mental health. */
  MENTAL_HEALTH("mental health"),
  /** People supported because of a physical disability or a sensory impairment. */
  PHYSICAL_SENSORY("physical disability or sensory"),
  /** Young people moving from children's to adult services. */
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
