package uk.ras.assessment;

/**
 * The ten outcomes of the national eligibility criteria for adults with care and support needs: The Care
 * and Support (Eligibility Criteria) Regulations 2015 (SI 2015/313), regulation 2(2).
 */
public enum CareActOutcome {
  /** (a) managing and maintaining nutrition. */
  NUTRITION,
  /** (b) maintaining personal hygiene. */
  PERSONAL_HYGIENE,
  /** (c) managing toilet needs. */
  TOILET_NEEDS,
  /** (d) being appropriately clothed. */
  BEING_APPROPRIATELY_CLOTHED,
  /** (e) being able to make use of the adult's home safely. */
  USING_THE_HOME_SAFELY,
  /** (f) maintaining a habitable home environment. */
  HABITABLE_HOME,
  /** (g) developing and maintaining family or other personal relationships. */
  RELATIONSHIPS,
  /** (h) accessing and engaging in work, training, education or volunteering. */
  WORK_TRAINING_EDUCATION_VOLUNTEERING,
  /** (i) making use of necessary facilities or services in the local community including public transport, and recreational facilities or services. */
  COMMUNITY_FACILITIES_AND_TRANSPORT,
  /** (j) carrying out any caring responsibilities the adult has for a child. */
  CARING_FOR_A_CHILD
}
