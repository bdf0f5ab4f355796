package uk.ras.isf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * One person's ISF: {@code total = core + shared + personal}, with the person's share of each cost line
 * they pay toward. Immutable and thread-safe.
 */
public final class Share {
  private final PersonId person;
  private final SpentWith spentWith;
  private final Money core;
  private final Money shared;
  private final Money personal;
  private final List<LineAmount> lines;

  Share(PersonId person, SpentWith spentWith, Money personal, List<LineAmount> lines) {
    this.person = person;
    this.spentWith = spentWith;
    this.personal = personal;
    this.lines = List.copyOf(lines);
    Money c = Money.zero();
    Money s = Money.zero();
    for (LineAmount line : lines) {
      if (line.kind() == CostKind.CORE) {
        c = c.plus(line.amount());
      } else {
        s = s.plus(line.amount());
      }
    }
    this.core = c;
    this.shared = s;
  }

  /** {@return the person whose ISF this is; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the person's share of the setting's core costs; never null} */
  public Money core() {
    return core;
  }

  /** {@return the sum of the person's shares of the shared cost lines they use; never null} */
  public Money shared() {
    return shared;
  }

  /** {@return the person's personal ("in my personal control") funding; never null} */
  public Money personal() {
    return personal;
  }

  /** {@return {@code core + shared + personal}; never null} */
  public Money total() {
    return core.plus(shared).plus(personal);
  }

  /**
   * {@return the person's share of each cost line they pay toward, in the file's order; never null} They
   * add up to {@code core + shared}.
   */
  public List<LineAmount> lines() {
    return lines;
  }

  /** {@return where the person spends their personal funding; never null} */
  public SpentWith spentWith() {
    return spentWith;
  }

  /** {@return how much of the ISF the person controls: their personal funding; never null} */
  public Money controlled() {
    return personal;
  }

  /**
   * {@return how much of the ISF the provider holds: the whole ISF, less the personal funding when the
   * person spends it with another provider; never null}
   */
  public Money heldByProvider() {
    return spentWith == SpentWith.OTHER_PROVIDER ? total().minus(personal) : total();
  }

  /**
   * {@return the explanation, one sentence a line as in {@link Split#explanation()}: here one line
   * stating the sum, such as "A: core £257.50 + shared £50.00 (...) + personal ..."; an immutable list,
   * never null}
   */
  public List<String> explanation() {
    List<String> shares = new ArrayList<>();
    for (LineAmount line : lines) {
      if (line.kind() == CostKind.SHARED) {
        shares.add(line.name() + " " + line.amount());
      }
    }
    String sharedPart = shares.isEmpty() ? "" : " (" + String.join(", ", shares) + ")";
    return List.of(
        person
            + ": core "
            + core
            + " + shared "
            + shared
            + sharedPart
            + " + personal "
            + personal
            + " = "
            + total()
            + "; "
            + person
            + " controls the personal funding "
            + personal
            + (spentWith == SpentWith.OTHER_PROVIDER
                ? ", spent with another provider"
                : ", spent with this provider")
            + ".");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Share)) {
      return false;
    }
    Share other = (Share) o;
    return person.equals(other.person)
        && spentWith == other.spentWith
        && personal.equals(other.personal)
        && lines.equals(other.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, spentWith, personal, lines);
  }

  @Override
  public String toString() {
    return person + " " + total() + " " + lines.stream().map(l -> l.name() + "=" + l.amount()).collect(Collectors.joining(", "));
  }
}
