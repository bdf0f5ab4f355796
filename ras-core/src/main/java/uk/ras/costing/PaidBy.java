package uk.ras.costing;

import java.util.List;
import java.util.Objects;
import uk.ras.assessment.PersonId;

/**
 * Who pays for a cost-plan line: everyone ({@link Scope#CORE}), named users ({@link Scope#SHARED}) or
 * one person ({@link Scope#PERSONAL}). Whether the people are in the plan is checked when the plan is
 * built. Immutable and thread-safe.
 */
public final class PaidBy {
  private static final PaidBy CORE = new PaidBy(Scope.CORE, List.of());

  private final Scope scope;
  private final List<PersonId> users;

  private PaidBy(Scope scope, List<PersonId> users) {
    this.scope = scope;
    this.users = List.copyOf(users);
  }

  /** {@return everyone in the plan, in equal shares; never null} */
  public static PaidBy everyone() {
    return CORE;
  }

  /**
   * The named users, in equal shares.
   *
   * @param users not null, not empty, no nulls
   * @return the payers, never null
   * @throws IllegalArgumentException if {@code users} is empty
   */
  public static PaidBy users(List<PersonId> users) {
    Objects.requireNonNull(users, "users");
    if (users.isEmpty()) {
      throw new IllegalArgumentException("a shared line needs at least one user");
    }
    return new PaidBy(Scope.SHARED, users);
  }

  /**
   * One person.
   *
   * @param person not null
   * @return the payer, never null
   */
  public static PaidBy person(PersonId person) {
    return new PaidBy(Scope.PERSONAL, List.of(Objects.requireNonNull(person, "person")));
  }

  /** {@return core, shared or personal; never null} */
  public Scope scope() {
    return scope;
  }

  /** {@return the users of a shared line, or the one person of a personal line; empty for core; never null} */
  public List<PersonId> users() {
    return users;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PaidBy && ((PaidBy) o).scope == scope && ((PaidBy) o).users.equals(users);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scope, users);
  }

  @Override
  public String toString() {
    return scope.label() + (users.isEmpty() ? "" : " " + users);
  }
}
