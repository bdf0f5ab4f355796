package uk.ras;

/**
 * How many examples a QuickTheories property tries. QuickTheories reads the system property
 * {@code QT_EXAMPLES} only for properties that state no count ({@code qt().forAll(...)}); a property that
 * calls {@code qt().withExamples(n)} ignores it. Write {@code qt().withExamples(Examples.or(400))} instead,
 * and one setting of {@code QT_EXAMPLES} governs every property.
 *
 * <p>Nothing sets {@code QT_EXAMPLES} in {@code mvn verify}, so the properties keep their own counts there.
 * The {@code mutation} profile of ras-core sets it low (see docs/quality.md): PIT runs every covering test
 * for every mutant, and at their full counts the properties made a whole-module run take hours.
 */
public final class Examples {
  private Examples() {}

  /**
   * The count to use.
   *
   * @param normal the property's own count, used when {@code QT_EXAMPLES} is not set
   * @return {@code QT_EXAMPLES} if it is set, otherwise {@code normal}
   * @throws NumberFormatException if {@code QT_EXAMPLES} is set but is not a whole number
   */
  public static int or(int normal) {
    String set = System.getProperty("QT_EXAMPLES");
    return set == null ? normal : Integer.parseInt(set.strip());
  }
}
