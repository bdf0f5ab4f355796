package uk.ras.examples.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.ras.money.Money;

/**
 * The report of {@code ras allocate --report}: how the weekly budgets are spread, for each rule version, as
 * histograms on the same bins and the same count axis (so versions compare at a glance) and a table of each
 * version's count, total, lowest, median and highest budget. Budgets are gathered while the rows stream
 * past, eight bytes each ({@link Budgets}).
 */
public final class AllocateReport {
  /** At most this many bins: about 20 px each across the page. */
  private static final int MAX_BINS = 30;

  private AllocateReport() {}

  /** The weekly budgets gathered by rule version, in pence; one thread. */
  public static final class Budgets {
    private final Map<String, long[]> pence = new TreeMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();

    /**
     * Adds one allocated budget.
     *
     * @param ruleSet the label of the rules it was allocated under
     * @param weekly the weekly budget
     */
    public void add(String ruleSet, Money weekly) {
      long[] values = pence.computeIfAbsent(ruleSet, k -> new long[64]);
      int n = counts.getOrDefault(ruleSet, 0);
      if (n == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
        pence.put(ruleSet, values);
      }
      values[n] = weekly.pence();
      counts.put(ruleSet, n + 1);
    }

    Map<String, long[]> sorted() {
      Map<String, long[]> sorted = new TreeMap<>();
      pence.forEach((k, v) -> {
        long[] values = Arrays.copyOf(v, counts.get(k));
        Arrays.sort(values);
        sorted.put(k, values);
      });
      return sorted;
    }
  }

  /**
   * The page.
   *
   * @param rules the rule sets used, as the command's summary names them
   * @param assessments where the assessments came from
   * @param budgets every allocated budget
   * @return a complete HTML page; never null
   */
  public static String html(String rules, String assessments, Budgets budgets) {
    Map<String, long[]> byRules = budgets.sorted();
    Page page = Page.titled("Weekly budgets by rule version")
        .note("Rules: " + rules + ". Assessments: " + assessments + ". Each allocated row's weekly budget, under "
            + "the rule version in force on its assessment date (see docs/cli.md).");
    if (byRules.isEmpty()) {
      return page.paragraph("No row was allocated.").html();
    }
    Table table = Table.of("Rule version", "Budgets", "Weekly total", "Lowest", "Median", "Highest");
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (Map.Entry<String, long[]> e : byRules.entrySet()) {
      long[] v = e.getValue();
      long total = 0;
      for (long p : v) {
        total = Math.addExact(total, p);
      }
      // The lower of the two middle budgets for an even count: a budget someone has, never an average.
      table.row(e.getKey(), Numbers.count(v.length), Numbers.money(Money.ofPence(total)),
          Numbers.money(Money.ofPence(v[0])), Numbers.money(Money.ofPence(v[(v.length - 1) / 2])),
          Numbers.money(Money.ofPence(v[v.length - 1])));
      min = Math.min(min, v[0]);
      max = Math.max(max, v[v.length - 1]);
    }
    Bins bins = Bins.covering(min, max, MAX_BINS, 100);
    List<long[]> counts = new ArrayList<>();
    long tallest = 0;
    for (long[] v : byRules.values()) {
      long[] c = bins.count(v);
      counts.add(c);
      tallest = Math.max(tallest, Arrays.stream(c).max().orElse(0));
    }
    page.heading("Summary", "summary")
        .table(table)
        .note("Median: the middle budget, or the lower of the two middle ones for an even count.")
        .heading("Distribution", "distribution");
    int i = 0;
    for (Map.Entry<String, long[]> e : byRules.entrySet()) {
      Histogram chart = Histogram.builder("budgets-" + i, "Weekly budgets under " + e.getKey(), bins, counts.get(i))
          .values("weekly budget (each bar: " + Numbers.poundsTick(bins.width() / 100.0) + " from its left edge)",
              pence -> Numbers.poundsTick(pence / 100.0))
          .counts("people", tallest)
          .description("How many of the " + Numbers.count(e.getValue().length) + " budgets allocated under "
              + e.getKey() + " fall in each band of " + Numbers.poundsTick(bins.width() / 100.0) + " a week.")
          .build();
      page.figure(chart, Numbers.count(e.getValue().length) + " weekly budgets under " + e.getKey()
          + "; the same bands and scale for every rule version.");
      i++;
    }
    return page.html();
  }
}
