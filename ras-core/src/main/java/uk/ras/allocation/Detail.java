package uk.ras.allocation;

/** How much a calculator records about each allocation. */
public enum Detail {
  /** Only the figures: points per domain, total, weekly, annual, flags. The fast path. */
  FIGURES,
  /** The figures and an {@link Explanation} from every answer through every rule to the amount. */
  EXPLAINED
}
