package uk.ras.isf;

import java.util.Locale;

/** Where a person spends their personal ("in my personal control") funding. */
public enum SpentWith {
  /** With the provider that holds the ISF. */
  SAME_PROVIDER,
  /** With another provider: the money is the person's, but leaves this provider. */
  OTHER_PROVIDER;

  /**
   * {@return the name as written in setting files and output: {@code same-provider} or {@code
   * other-provider}; never null}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
