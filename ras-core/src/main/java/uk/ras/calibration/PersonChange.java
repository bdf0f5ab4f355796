package uk.ras.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;

/**
 * One person's indicative weekly budget under proposed rules against their current weekly cost. Made only by the engine.
 */
public final class PersonChange {
  private final PersonCost person;
  private final Money proposedWeekly;

  PersonChange(PersonCost person, Money proposedWeekly) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(proposedWeekly, "proposedWeekly");
    this.person = person;
    this.proposedWeekly = proposedWeekly;
  }

  /** {@return the person; never null} */
  public PersonCost person() {
    return person;
  }

  /** {@return the indicative weekly budget under the proposed rules; never null} */
  public Money proposedWeekly() {
    return proposedWeekly;
  }

  /** {@return the current weekly cost; never null} */
  public Money currentWeekly() {
    return person.currentWeekly();
  }

  /** {@return {@code proposed − current}: positive for a winner, negative for a loser; never null} */
  public Money change() {
    return proposedWeekly.minus(person.currentWeekly());
  }

  /**
   * {@return the change as a percentage of the current cost, to 1 decimal place (HALF_UP); empty when
   * the current cost is zero}
   */
  public Optional<BigDecimal> changePercent() {
    if (person.currentWeekly().isZero()) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(change().pence())
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(person.currentWeekly().pence()), 1, RoundingMode.HALF_UP));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PersonChange)) {
      return false;
    }
    PersonChange other = (PersonChange) o;
    return person.equals(other.person)
        && proposedWeekly.equals(other.proposedWeekly);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, proposedWeekly);
  }

  @Override
  public String toString() {
    return "PersonChange[" + "person=" + person + ", " + "proposedWeekly=" + proposedWeekly + "]";
  }
}
