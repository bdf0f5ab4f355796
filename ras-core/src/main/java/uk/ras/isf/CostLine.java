package uk.ras.isf;

import java.util.List;
import java.util.Objects;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * One cost of a setting: a {@link CostKind#CORE core} cost shared equally by everyone, or a {@link
 * CostKind#SHARED shared} cost shared equally by the people who use it. Immutable and thread-safe.
 *
 * <p>Whether the amount is negative, or the users are people of the setting, is checked when the setting
 * is built, with every other problem (see {@link Setting.Builder#build()}).
 */
public final class CostLine {
  private final String name;
  private final CostKind kind;
  private final Money amount;
  private final List<PersonId> usedBy;

  private CostLine(String name, CostKind kind, Money amount, List<PersonId> usedBy) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = kind;
    this.amount = Objects.requireNonNull(amount, "amount");
    this.usedBy = List.copyOf(usedBy);
    if (name.isBlank()) {
      throw new IllegalArgumentException("a cost line's name must not be blank");
    }
  }

  /**
   * A core cost, shared equally by everyone in the setting.
   *
   * @param name not null, not blank
   * @param amount not null
   * @return the line, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static CostLine core(String name, Money amount) {
    return new CostLine(name, CostKind.CORE, amount, List.of());
  }

  /**
   * A shared cost, shared equally by the people who use it.
   *
   * @param name not null, not blank
   * @param amount not null
   * @param usedBy not null, not empty, no nulls
   * @return the line, never null
   * @throws IllegalArgumentException if {@code name} is blank or {@code usedBy} is empty
   */
  public static CostLine shared(String name, Money amount, List<PersonId> usedBy) {
    Objects.requireNonNull(usedBy, "usedBy");
    if (usedBy.isEmpty()) {
      throw new IllegalArgumentException("shared cost line '" + name + "' needs at least one user");
    }
    return new CostLine(name, CostKind.SHARED, amount, usedBy);
  }

  /** {@return the cost line's name, such as "Sleep-in night support"; never null} */
  public String name() {
    return name;
  }

  /** {@return whether the line is shared by everyone (core) or by its users (shared); never null} */
  public CostKind kind() {
    return kind;
  }

  /** {@return the amount for the setting's period; never null} */
  public Money amount() {
    return amount;
  }

  /** {@return the users of a shared line, as given; empty for a core line; never null} */
  public List<PersonId> usedBy() {
    return usedBy;
  }

  /** Returns this line with {@code person} added to its users; a shared line only. */
  CostLine withUser(PersonId person) {
    List<PersonId> users = new java.util.ArrayList<>(usedBy);
    users.add(person);
    return new CostLine(name, kind, amount, users);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CostLine)) {
      return false;
    }
    CostLine other = (CostLine) o;
    return name.equals(other.name)
        && kind == other.kind
        && amount.equals(other.amount)
        && usedBy.equals(other.usedBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, amount, usedBy);
  }

  @Override
  public String toString() {
    return kind.label() + " '" + name + "' " + amount + (usedBy.isEmpty() ? "" : " used by " + usedBy);
  }
}
