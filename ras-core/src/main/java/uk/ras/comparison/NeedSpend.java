package uk.ras.comparison;

import java.util.Objects;
import uk.ras.money.Money;

/**
 * What a person's cost plan spends a week on the needs of one domain: their share of every line recorded
 * as meeting it, a line meeting several domains split equally among them. Immutable and thread-safe.
 * Made only by the engine.
 */
public final class NeedSpend {
  private final String domain;
  private final Money weekly;

  NeedSpend(String domain, Money weekly) {
    this.domain = domain;
    this.weekly = weekly;
  }

  /** {@return the domain's id, as the plan records it; never null} */
  public String domain() {
    return domain;
  }

  /** {@return the weekly spend on it; never null} */
  public Money weekly() {
    return weekly;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NeedSpend && ((NeedSpend) o).domain.equals(domain) && ((NeedSpend) o).weekly.equals(weekly);
  }

  @Override
  public int hashCode() {
    return Objects.hash(domain, weekly);
  }

  @Override
  public String toString() {
    return "NeedSpend[domain=" + domain + ", weekly=" + weekly + "]";
  }
}
