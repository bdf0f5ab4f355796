package uk.ras.isf;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * A person of a setting: their id, and either their personal funding as given or their weight (such as
 * their assessed points) for sharing a derived personal-funding pool; and where they spend their personal
 * funding. Immutable and thread-safe.
 */
public final class Person {
  private final PersonId id;
  private final Money personalFunding;
  private final long weight;
  private final SpentWith spentWith;

  private Person(PersonId id, Money personalFunding, long weight, SpentWith spentWith) {
    this.id = Objects.requireNonNull(id, "id");
    this.personalFunding = personalFunding;
    this.weight = weight;
    this.spentWith = Objects.requireNonNull(spentWith, "spentWith");
  }

  /**
   * A person whose personal funding is given (a setting without a budget). Spent with the same provider
   * unless {@link #spentWith(SpentWith)} says otherwise.
   *
   * @param id not null
   * @param personalFunding not null; whether it is negative is checked when the setting is built
   * @return the person, never null
   */
  public static Person withPersonalFunding(PersonId id, Money personalFunding) {
    return new Person(id, Objects.requireNonNull(personalFunding, "personalFunding"), 0, SpentWith.SAME_PROVIDER);
  }

  /**
   * A person whose personal funding is their share, by weight, of the pool a setting's budget leaves after
   * the core and shared costs. Whether the weight is positive is checked when the setting is built.
   *
   * @param id not null
   * @param weight such as the person's assessed points
   * @return the person, never null
   */
  public static Person withWeight(PersonId id, long weight) {
    return new Person(id, null, weight, SpentWith.SAME_PROVIDER);
  }

  /**
   * {@return this person spending their personal funding with {@code spentWith}; never null}
   *
   * @param spentWith not null
   */
  public Person spentWith(SpentWith spentWith) {
    return new Person(id, personalFunding, weight, spentWith);
  }

  /** {@return the person's id, unique in the setting; never null} */
  public PersonId id() {
    return id;
  }

  /** {@return the personal funding as given; empty for a person with a weight; never null} */
  public Optional<Money> givenPersonalFunding() {
    return Optional.ofNullable(personalFunding);
  }

  /** {@return the weight; empty for a person whose personal funding is given; never null} */
  public OptionalLong weight() {
    return personalFunding == null ? OptionalLong.of(weight) : OptionalLong.empty();
  }

  /** {@return where the person spends their personal funding; never null} */
  public SpentWith spentWith() {
    return spentWith;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Person)) {
      return false;
    }
    Person other = (Person) o;
    return id.equals(other.id)
        && Objects.equals(personalFunding, other.personalFunding)
        && weight == other.weight
        && spentWith == other.spentWith;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, personalFunding, weight, spentWith);
  }

  @Override
  public String toString() {
    return id + (personalFunding != null ? " personal " + personalFunding : " weight " + weight);
  }
}
