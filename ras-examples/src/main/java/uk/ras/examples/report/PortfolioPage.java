package uk.ras.examples.report;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import uk.ras.money.Money;
import uk.ras.portfolio.PortfolioReport;
import uk.ras.ruleset.StreamId;

/**
 * The report of {@code ras portfolio --report}: for each rule version, each funding stream's envelope, committed
 * spend and headroom (bars with their amounts; headroom runs left of zero when a stream is overcommitted) and
 * each pooled fund's contributions against its streams' liabilities, with the tables of the text report beside
 * them; then the unfunded need. Every figure is the library's {@link PortfolioReport}, written as the command
 * line writes it. (Named a page so as not to be read as the library's {@code PortfolioReport}.)
 */
public final class PortfolioPage {
  private static final String[] STREAM_SERIES = {"envelope", "committed", "headroom"};
  private static final String[] POOL_SERIES = {"contribution", "liability"};

  private PortfolioPage() {}

  /**
   * The page.
   *
   * @param rules the rule sets used, as the command's summary names them
   * @param assessments where the assessments came from
   * @param r the portfolio
   * @param poolNotes the sentences the command prints under a pool (committed, cross-subsidy, reserve), so the
   *     page says what the text says in the same words
   * @return a complete HTML page; never null
   */
  public static String html(String rules, String assessments, PortfolioReport r,
      Function<PortfolioReport.PoolLine, List<String>> poolNotes) {
    Objects.requireNonNull(poolNotes);
    Page page = Page.titled("Portfolio: envelopes, committed spend and headroom")
        .note("Rules: " + rules + ". Assessments: " + assessments + ". " + Numbers.count(r.people()) + " people, "
            + Numbers.money(r.weekly()) + " a week, " + Numbers.money(r.annual()) + " a year. Amounts a year; each "
            + "budget counts against the envelopes of the rule version it was allocated under (see docs/funding.md).");
    Table versions = Table.of("Rule version", "In force from", "People", "A year");
    for (PortfolioReport.VersionLine v : r.versions()) {
      versions.row(v.ruleSetLabel(), v.effectiveFrom().toString(), Numbers.count(v.people()), Numbers.money(v.annual()));
    }
    if (r.versions().size() > 1) {
      versions.total("All versions", "", Numbers.count(r.people()), Numbers.money(r.annual()));
    }
    page.heading("Rule versions", "versions").table(versions);
    int i = 0;
    for (PortfolioReport.VersionLine v : r.versions()) {
      version(page, r, v, i++, poolNotes);
    }
    unfunded(page, r);
    return page.html();
  }

  private static void version(Page page, PortfolioReport r, PortfolioReport.VersionLine v, int i,
      Function<PortfolioReport.PoolLine, List<String>> poolNotes) {
    String label = v.ruleSetLabel();
    BarChart.Builder chart = BarChart.builder("streams-" + i, "Funding streams under " + label + ", a year")
        .axis("£ a year", AxisFormat.POUNDS)
        .series(STREAM_SERIES)
        .description("For each funding stream of " + label + ": its envelope, its committed spend and its headroom "
            + "(envelope less committed; below zero when the stream is overcommitted).");
    Table table = Table.of("Stream", "People", "Envelope", "Liability", "Committed", "Headroom");
    for (PortfolioReport.StreamLine s : v.streams()) {
      String envelope = s.envelope().map(Numbers::money).orElse("no envelope");
      String headroom = s.headroom().map(Numbers::money).orElse("-");
      chart.category(s.name(),
          new double[] {pounds(s.envelope().orElse(Money.zero())), pounds(s.committed()),
              pounds(s.headroom().orElse(Money.zero()))},
          new String[] {envelope, Numbers.money(s.committed()), headroom});
      table.row(s.name(), Numbers.count(s.people()), s.envelope().map(Numbers::money).orElse("-"),
          Numbers.money(s.liability()), Numbers.money(s.committed()), headroom);
    }
    page.heading(label + " (in force from " + v.effectiveFrom() + ")", "version-" + i)
        .note(Numbers.count(v.people()) + " people allocated under " + label + ", " + Numbers.money(v.annual())
            + " a year.")
        .figure(chart.build(), "Each stream's envelope, committed spend and headroom under " + label + ", a year.")
        .table(table)
        .note("Committed: liability less inactive virtual budgets, which are not being spent. Headroom: envelope "
            + "less committed.");
    int p = 0;
    for (PortfolioReport.PoolLine pool : v.pools()) {
      BarChart.Builder pc = BarChart.builder("pool-" + i + "-" + p, pool.name() + " under " + label + ", a year")
          .axis("£ a year", AxisFormat.POUNDS)
          .series(POOL_SERIES)
          .description("Each stream's contribution to " + pool.name() + " against its own people's need "
              + "(liability), and the pool's.");
      Table shares = Table.of("Stream", "Contribution", "Liability", "Cross-subsidy");
      for (PortfolioReport.PoolShare share : pool.shares()) {
        String name = streamName(r, share.stream());
        pc.category(name, new double[] {pounds(share.contribution()), pounds(share.liability())},
            new String[] {Numbers.money(share.contribution()), Numbers.money(share.liability())});
        shares.row(name, Numbers.money(share.contribution()), Numbers.money(share.liability()),
            Numbers.money(share.crossSubsidy()));
      }
      pc.category("pool", new double[] {pounds(pool.total()), pounds(pool.liability())},
          new String[] {Numbers.money(pool.total()), Numbers.money(pool.liability())});
      // The pool's committed spend is written under the chart, not drawn as a line: a line at a figure close to
      // the pool's total would run through the total's label.
      shares.total("Pool", Numbers.money(pool.total()), Numbers.money(pool.liability()),
          Numbers.money(pool.headroom()));
      page.subheading("Pooled fund: " + pool.name(), "fund-" + i + "-" + p)
          .figure(pc.build(), "Contributions against liabilities in " + pool.name() + " under " + label
              + ", a year.")
          .table(shares);
      for (String sentence : poolNotes.apply(pool)) {
        page.note(sentence);
      }
      p++;
    }
  }

  private static void unfunded(Page page, PortfolioReport r) {
    page.heading("Unfunded need", "unfunded");
    if (r.unfundedPeople() == 0) {
      page.paragraph("None: every assessed point is paid by a stream the person is eligible for.");
      return;
    }
    Table domains = Table.of("Domain", "People", "Points")
        .caption("Need paid by no stream the person is eligible for, so not priced: "
            + Numbers.count(r.unfundedPeople()) + " people, " + r.unfundedPoints().toPlainString() + " points");
    for (PortfolioReport.DomainLine d : r.unfundedByDomain()) {
      domains.row(d.name(), Numbers.count(d.people()), d.points().toPlainString());
    }
    Table streams = Table.of("Stream the rules name", "People", "Points");
    for (PortfolioReport.StreamLine s : r.streams()) {
      if (s.unfundedPeople() > 0) {
        streams.row(s.name(), Numbers.count(s.unfundedPeople()), s.unfundedPoints().toPlainString());
      }
    }
    page.table(domains).table(streams);
  }

  private static String streamName(PortfolioReport r, StreamId id) {
    return r.streams().stream().filter(s -> s.stream().equals(id)).map(PortfolioReport.StreamLine::name)
        .findFirst().orElse(id.value());
  }

  /** Pounds for drawing only: every figure written is the exact Money. */
  private static double pounds(Money m) {
    return m.pence() / 100.0;
  }
}
