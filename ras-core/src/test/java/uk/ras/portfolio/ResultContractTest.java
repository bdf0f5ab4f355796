package uk.ras.portfolio;

import static uk.ras.ValueContract.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.ValueContract;
import uk.ras.assessment.BudgetHolding;
import uk.ras.money.Money;
import uk.ras.portfolio.PortfolioReport.DomainLine;
import uk.ras.portfolio.PortfolioReport.HoldingLine;
import uk.ras.portfolio.PortfolioReport.PoolLine;
import uk.ras.portfolio.PortfolioReport.PoolShare;
import uk.ras.portfolio.PortfolioReport.StreamLine;
import uk.ras.portfolio.PortfolioReport.VersionLine;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.StreamId;

/**
 * The portfolio's results compare as values: equal field by field, unequal when any one field differs,
 * written as {@code Name[field=value, ...]}. Reports made twice by the engine are compared in
 * {@code uk.ras.allocation.PortfolioTest}.
 */
class ResultContractTest {
  private static final StreamId SC = StreamId.of("sc");
  private static final StreamId SP = StreamId.of("sp");

  private static Money pounds(long pounds) {
    return Money.ofPence(pounds * 100);
  }

  private static StreamLine stream(String name, int people, Optional<Money> envelope, long liability, long committed, Optional<Money> headroom) {
    return stream(name, people, envelope, liability, committed, headroom, 0, "0");
  }

  private static StreamLine stream(String name, int people, Optional<Money> envelope, long liability, long committed, Optional<Money> headroom, int unfundedPeople, String unfundedPoints) {
    return new StreamLine(SC, name, people, envelope, pounds(liability), pounds(committed), headroom, unfundedPeople, new BigDecimal(unfundedPoints));
  }

  @Test
  void aStreamLineIsAValue() {
    Optional<Money> env = Optional.of(pounds(1000));
    Optional<Money> room = Optional.of(pounds(400));
    check(
        stream("Social care", 2, env, 700, 600, room, 1, "3"),
        stream("Social care", 2, Optional.of(pounds(1000)), 700, 600, Optional.of(pounds(400)), 1, "3"),
        "StreamLine[stream=sc, name=Social care, people=2, envelope=Optional[£1,000.00], liability=£700.00,"
            + " committed=£600.00, headroom=Optional[£400.00], unfundedPeople=1, unfundedPoints=3]",
        new StreamLine(SP, "Social care", 2, env, pounds(700), pounds(600), room, 1, BigDecimal.valueOf(3)),
        stream("Supporting people", 2, env, 700, 600, room),
        stream("Social care", 3, env, 700, 600, room),
        stream("Social care", 2, Optional.empty(), 700, 600, room),
        stream("Social care", 2, env, 701, 600, room),
        stream("Social care", 2, env, 700, 601, room),
        stream("Social care", 2, env, 700, 600, Optional.empty()),
        stream("Social care", 2, env, 700, 600, room, 2, "3"),
        stream("Social care", 2, env, 700, 600, room, 1, "3.5"));
  }

  @Test
  void aDomainLineIsAValue() {
    DomainId care = DomainId.of("personal_care");
    check(
        new DomainLine(care, "Personal care", 2, new BigDecimal("7.5")),
        new DomainLine(DomainId.of("personal_care"), "Personal care", 2, new BigDecimal("7.5")),
        "DomainLine[domain=personal_care, name=Personal care, people=2, points=7.5]",
        new DomainLine(DomainId.of("safety"), "Personal care", 2, new BigDecimal("7.5")),
        new DomainLine(care, "Care", 2, new BigDecimal("7.5")),
        new DomainLine(care, "Personal care", 3, new BigDecimal("7.5")),
        new DomainLine(care, "Personal care", 2, new BigDecimal("8")));
  }

  @Test
  void aHoldingLineIsAValue() {
    Optional<BudgetHolding> dp = Optional.of(BudgetHolding.DIRECT_PAYMENT);
    List<Money> by = List.of(pounds(100), pounds(50));
    check(
        new HoldingLine(dp, 2, by, pounds(150)),
        new HoldingLine(Optional.of(BudgetHolding.DIRECT_PAYMENT), 2, List.of(pounds(100), pounds(50)), pounds(150)),
        "HoldingLine[holding=Optional[DIRECT_PAYMENT], people=2, byStream=[£100.00, £50.00], total=£150.00]",
        new HoldingLine(Optional.empty(), 2, by, pounds(150)),
        new HoldingLine(dp, 1, by, pounds(150)),
        new HoldingLine(dp, 2, List.of(pounds(50), pounds(100)), pounds(150)),
        new HoldingLine(dp, 2, by, pounds(151)));
  }

  @Test
  void aPoolShareIsAValue() {
    check(
        new PoolShare(SC, pounds(300), pounds(200), pounds(100), pounds(40)),
        new PoolShare(SC, pounds(300), pounds(200), pounds(100), pounds(40)),
        "PoolShare[stream=sc, contribution=£300.00, liability=£200.00, crossSubsidy=£100.00, carried=£40.00]",
        new PoolShare(SP, pounds(300), pounds(200), pounds(100), pounds(40)),
        new PoolShare(SC, pounds(301), pounds(200), pounds(100), pounds(40)),
        new PoolShare(SC, pounds(300), pounds(201), pounds(100), pounds(40)),
        new PoolShare(SC, pounds(300), pounds(200), pounds(101), pounds(40)),
        new PoolShare(SC, pounds(300), pounds(200), pounds(100), pounds(41)));
  }

  private static PoolLine pool(String id, String name, List<PoolShare> shares, long total, long liability, long committed, long headroom, String percent, Optional<StreamId> reservedFor, long reserve, long reservedLiability) {
    return new PoolLine(id, name, shares, pounds(total), pounds(liability), pounds(committed), pounds(headroom), new BigDecimal(percent), reservedFor, pounds(reserve), pounds(reservedLiability));
  }

  @Test
  void aPoolLineIsAValue() {
    List<PoolShare> shares = List.of(new PoolShare(SC, pounds(300), pounds(200), pounds(100), pounds(0)));
    List<PoolShare> other = List.of(new PoolShare(SP, pounds(300), pounds(200), pounds(100), pounds(0)));
    Optional<StreamId> sp = Optional.of(SP);
    check(
        pool("cs", "Community", shares, 300, 200, 150, 100, "10", sp, 30, 20),
        pool("cs", "Community", List.copyOf(shares), 300, 200, 150, 100, "10", Optional.of(SP), 30, 20),
        "PoolLine[pool=cs, name=Community, shares=[PoolShare[stream=sc, contribution=£300.00,"
            + " liability=£200.00, crossSubsidy=£100.00, carried=£0.00]], total=£300.00, liability=£200.00, committed=£150.00,"
            + " headroom=£100.00, reservePercent=10, reservedFor=Optional[sp], reserve=£30.00, reservedLiability=£20.00]",
        pool("cs2", "Community", shares, 300, 200, 150, 100, "10", sp, 30, 20),
        pool("cs", "Community fund", shares, 300, 200, 150, 100, "10", sp, 30, 20),
        pool("cs", "Community", other, 300, 200, 150, 100, "10", sp, 30, 20),
        pool("cs", "Community", shares, 301, 200, 150, 100, "10", sp, 30, 20),
        pool("cs", "Community", shares, 300, 201, 150, 100, "10", sp, 30, 20),
        pool("cs", "Community", shares, 300, 200, 151, 100, "10", sp, 30, 20),
        pool("cs", "Community", shares, 300, 200, 150, 101, "10", sp, 30, 20),
        pool("cs", "Community", shares, 300, 200, 150, 100, "11", sp, 30, 20),
        pool("cs", "Community", shares, 300, 200, 150, 100, "10", Optional.empty(), 30, 20),
        pool("cs", "Community", shares, 300, 200, 150, 100, "10", sp, 31, 20),
        pool("cs", "Community", shares, 300, 200, 150, 100, "10", sp, 30, 21));
  }

  private static PortfolioReport report(String label, int people, long weekly, long annual, List<StreamLine> streams, List<HoldingLine> holdings, List<PoolLine> pools) {
    return report(label, people, weekly, annual, streams, holdings, pools, List.of());
  }

  private static PortfolioReport report(String label, int people, long weekly, long annual, List<StreamLine> streams, List<HoldingLine> holdings, List<PoolLine> pools, List<VersionLine> versions) {
    return report(label, people, weekly, annual, streams, holdings, pools, versions, 0, "0", List.of());
  }

  private static PortfolioReport report(String label, int people, long weekly, long annual, List<StreamLine> streams, List<HoldingLine> holdings, List<PoolLine> pools, List<VersionLine> versions, int unfundedPeople, String unfundedPoints, List<DomainLine> byDomain) {
    return new PortfolioReport(label, people, pounds(weekly), pounds(annual), streams, holdings, pools, versions, unfundedPeople, new BigDecimal(unfundedPoints), byDomain);
  }

  private static VersionLine version(String label, String from, int people, long weekly, long annual, List<StreamLine> streams, List<PoolLine> pools) {
    return new VersionLine(label, LocalDate.parse(from), people, pounds(weekly), pounds(annual), streams, pools);
  }

  @Test
  void aVersionLineIsAValue() {
    List<StreamLine> streams = List.of(stream("SC", 1, Optional.empty(), 52, 52, Optional.empty()));
    List<PoolLine> pools = List.of(pool("p", "P", List.of(), 0, 0, 0, 0, "0", Optional.empty(), 0, 0));
    check(
        version("r 2025.1", "2025-04-01", 1, 1, 52, streams, List.of()),
        version("r 2025.1", "2025-04-01", 1, 1, 52, List.copyOf(streams), List.of()),
        "VersionLine[ruleSetLabel=r 2025.1, effectiveFrom=2025-04-01, people=1, weekly=£1.00, annual=£52.00,"
            + " streams=[StreamLine[stream=sc, name=SC, people=1, envelope=Optional.empty, liability=£52.00,"
            + " committed=£52.00, headroom=Optional.empty, unfundedPeople=0, unfundedPoints=0]], pools=[]]",
        version("r 2026.1", "2025-04-01", 1, 1, 52, streams, List.of()),
        version("r 2025.1", "2026-04-01", 1, 1, 52, streams, List.of()),
        version("r 2025.1", "2025-04-01", 2, 1, 52, streams, List.of()),
        version("r 2025.1", "2025-04-01", 1, 2, 52, streams, List.of()),
        version("r 2025.1", "2025-04-01", 1, 1, 53, streams, List.of()),
        version("r 2025.1", "2025-04-01", 1, 1, 52, List.of(), List.of()),
        version("r 2025.1", "2025-04-01", 1, 1, 52, streams, pools));
  }

  @Test
  void aReportIsAValue() {
    List<StreamLine> streams = List.of(stream("SC", 1, Optional.empty(), 52, 52, Optional.empty()));
    List<HoldingLine> holdings = List.of(new HoldingLine(Optional.empty(), 1, List.of(pounds(52)), pounds(52)));
    List<PoolLine> none = List.of();
    List<PoolLine> pools = List.of(pool("p", "P", List.of(), 0, 0, 0, 0, "0", Optional.empty(), 0, 0));
    check(
        report("r1", 1, 1, 52, streams, holdings, none),
        report("r1", 1, 1, 52, List.copyOf(streams), List.copyOf(holdings), List.of()),
        "PortfolioReport[ruleSetLabel=r1, people=1, weekly=£1.00, annual=£52.00, streams=[StreamLine[stream=sc,"
            + " name=SC, people=1, envelope=Optional.empty, liability=£52.00, committed=£52.00,"
            + " headroom=Optional.empty, unfundedPeople=0, unfundedPoints=0]], holdings=[HoldingLine["
            + "holding=Optional.empty, people=1, byStream=[£52.00], total=£52.00]], pools=[], versions=[],"
            + " unfundedPeople=0, unfundedPoints=0, unfundedByDomain=[]]",
        report("r2", 1, 1, 52, streams, holdings, none),
        report("r1", 2, 1, 52, streams, holdings, none),
        report("r1", 1, 2, 52, streams, holdings, none),
        report("r1", 1, 1, 53, streams, holdings, none),
        report("r1", 1, 1, 52, List.of(), holdings, none),
        report("r1", 1, 1, 52, streams, List.of(), none),
        report("r1", 1, 1, 52, streams, holdings, pools),
        report("r1", 1, 1, 52, streams, holdings, none, List.of(version("r1", "2026-04-01", 1, 1, 52, streams, none))),
        report("r1", 1, 1, 52, streams, holdings, none, List.of(), 1, "0", List.of()),
        report("r1", 1, 1, 52, streams, holdings, none, List.of(), 0, "2", List.of()),
        report("r1", 1, 1, 52, streams, holdings, none, List.of(), 0, "0",
            List.of(new DomainLine(DomainId.of("safety"), "Safety", 1, BigDecimal.ONE))));
  }
}
