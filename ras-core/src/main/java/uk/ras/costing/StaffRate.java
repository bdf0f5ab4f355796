package uk.ras.costing;

import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;

/**
 * The hourly rate of one staff type in a rate version: either given as an hourly amount or built up
 * from pay ({@link BuildUp}). Immutable and thread-safe.
 */
public final class StaffRate {
  private final String name;
  private final Money hourly;
  private final BuildUp buildUp;

  private StaffRate(String name, Money hourly, BuildUp buildUp) {
    this.name = Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a staff type's name must not be blank");
    }
    this.hourly = hourly;
    this.buildUp = buildUp;
  }

  /**
   * A staff type whose hourly rate is given, such as an agency's price.
   *
   * @param name the staff type, such as "support-worker", not null, not blank
   * @param hourly the rate per hour, not null; whether it is negative is checked with the version
   * @return the staff rate, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static StaffRate hourly(String name, Money hourly) {
    return new StaffRate(name, Objects.requireNonNull(hourly, "hourly"), null);
  }

  /**
   * A staff type whose hourly rate is built up from pay.
   *
   * @param name the staff type, not null, not blank
   * @param buildUp the build-up, not null
   * @return the staff rate, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static StaffRate builtUp(String name, BuildUp buildUp) {
    return new StaffRate(name, null, Objects.requireNonNull(buildUp, "buildUp"));
  }

  /** {@return the staff type's name; never null} */
  public String name() {
    return name;
  }

  /** {@return the hourly rate as given; empty for a built-up rate} */
  public Optional<Money> givenHourly() {
    return Optional.ofNullable(hourly);
  }

  /** {@return the build-up; empty for a rate given as an hourly amount} */
  public Optional<BuildUp> buildUp() {
    return Optional.ofNullable(buildUp);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StaffRate)) {
      return false;
    }
    StaffRate s = (StaffRate) o;
    return name.equals(s.name) && Objects.equals(hourly, s.hourly) && Objects.equals(buildUp, s.buildUp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, hourly, buildUp);
  }

  @Override
  public String toString() {
    return "StaffRate[name=" + name + (hourly != null ? ", hourly=" + hourly : ", buildUp=" + buildUp) + "]";
  }
}
