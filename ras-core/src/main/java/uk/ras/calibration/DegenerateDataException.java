package uk.ras.calibration;

import java.util.Objects;
import uk.ras.RasException;

/**
 * The data cannot support the fit asked for. A calibration never reports a NaN or an infinite figure:
 * it throws this instead, with the {@link Reason}, the model and the number of people as fields.
 */
public final class DegenerateDataException extends RasException {
  private static final long serialVersionUID = 1L;

  /** Why the data cannot be fitted. */
  public enum Reason {
    /** Fewer people than the model needs: more than one per coefficient, and at least three. */
    TOO_FEW_PEOPLE,
    /**
     * The points do not vary (everyone has the same total), or every total is zero: the slope is not
     * determined. For {@link FitModel#THROUGH_ORIGIN} only all-zero totals are degenerate.
     */
    ZERO_VARIANCE,
    /**
     * For {@link FitModel#BY_DOMAIN}: a domain's points are a linear combination of other domains'
     * (including a domain in which nobody has points), so its weight is not determined.
     */
    COLLINEAR_DOMAINS,
    /** Cross-validation asked for fewer than 2 folds or more folds than people. */
    TOO_FEW_FOR_FOLDS
  }

  /** Why the data cannot be fitted. */
  private final Reason reason;

  /** The model that could not be fitted. */
  private final FitModel model;

  /** How many people the data had. */
  private final int people;

  /**
   * Creates the exception.
   *
   * @param reason why the data cannot be fitted, not null
   * @param model the model asked for, not null
   * @param people how many people the data had, 0 or more
   * @param message the problem in words, with its figures; not null
   */
  public DegenerateDataException(Reason reason, FitModel model, int people, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.model = Objects.requireNonNull(model, "model");
    this.people = people;
  }

  /** {@return why the data cannot be fitted; never null} */
  public Reason reason() {
    return reason;
  }

  /** {@return the model that could not be fitted; never null} */
  public FitModel model() {
    return model;
  }

  /** {@return how many people the data had} */
  public int people() {
    return people;
  }
}
