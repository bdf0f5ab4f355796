package uk.ras.costing;

import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/**
 * One person's cost-based budget: {@code weekly = core + shared + personal}, with their share of each
 * line they pay toward, and the annual figure by the rates' weeks a year. The same three parts as their
 * ISF in a shared setting. Immutable and thread-safe. Made only by the engine.
 */
public final class PersonCost {
  private final PersonId person;
  private final Money core;
  private final Money shared;
  private final Money personal;
  private final Money annual;
  private final List<LineShare> lines;

  PersonCost(PersonId person, List<LineShare> lines, PeriodConversion weeks, RoundingMode rounding) {
    this.person = person;
    this.lines = List.copyOf(lines);
    Money c = Money.zero();
    Money s = Money.zero();
    Money p = Money.zero();
    for (LineShare l : lines) {
      switch (l.scope()) {
        case CORE:
          c = c.plus(l.amount());
          break;
        case SHARED:
          s = s.plus(l.amount());
          break;
        default:
          p = p.plus(l.amount());
          break;
      }
    }
    this.core = c;
    this.shared = s;
    this.personal = p;
    this.annual = weeks.annual(c.plus(s).plus(p), rounding);
  }

  /** {@return the person; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the person's share of the core lines, a week; never null} */
  public Money core() {
    return core;
  }

  /** {@return the person's shares of the shared lines they use, a week; never null} */
  public Money shared() {
    return shared;
  }

  /** {@return the person's own lines, a week: "in their personal control"; never null} */
  public Money personal() {
    return personal;
  }

  /** {@return {@code core + shared + personal}, a week; never null} */
  public Money weekly() {
    return core.plus(shared).plus(personal);
  }

  /**
   * {@return the weekly figure times the rates' weeks a year; rounded with the rates' mode only when the
   * weeks a year are not whole; never null}
   */
  public Money annual() {
    return annual;
  }

  /** {@return the person's share of each line they pay toward, in the plan's order; never null} */
  public List<LineShare> lines() {
    return lines;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PersonCost)) {
      return false;
    }
    PersonCost p = (PersonCost) o;
    return person.equals(p.person) && annual.equals(p.annual) && lines.equals(p.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, annual, lines);
  }

  @Override
  public String toString() {
    return "PersonCost[person="
        + person
        + ", core="
        + core
        + ", shared="
        + shared
        + ", personal="
        + personal
        + ", annual="
        + annual
        + ", lines="
        + lines
        + "]";
  }
}
