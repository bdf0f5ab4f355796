package uk.ras.allocation;

import uk.ras.portfolio.Portfolio;
import uk.ras.portfolio.PortfolioReport;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.ValueContract;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.BudgetHolding;
import uk.ras.assessment.Eligibility;
import uk.ras.ruleset.FacsBand;
import uk.ras.portfolio.Portfolio;
import uk.ras.portfolio.PortfolioReport;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.PooledFund;
import uk.ras.ruleset.StreamShare;
import uk.ras.funding.StreamAmount;
import uk.ras.ruleset.StreamId;
import uk.ras.money.Money;
import uk.ras.ruleset.RuleSet;

class PortfolioTest {
  private static Assessment person(String id, FacsBand band, BudgetHolding holding) {
    Assessment a =
        Assessment.builder(id)
            .answer("pc_wash", "all")
            .answer("pc_dress", "all")
            .answer("sf_home", "some")
            .answer("informal", "half")
            .eligibility(Eligibility.of(band, null))
            .build();
    return a.withHolding(holding, holding == BudgetHolding.MIX ? Money.ofPence(10_00) : null);
  }

  @Test
  void aPooledFundShowsWhichStreamCarriesAnothersNeed() {
    // FundingTest's rules: social care envelope £1,000,000, SP £300,000 a year, pooled, 10% kept for
    // people funded by Supporting People alone.
    RuleSet rules =
        FundingTest.rules(true)
            .withPools(
                PooledFund.builder()
                    .id("community_support")
                    .name("Community support fund")
                    .addStreams(FundingTest.SC, FundingTest.SP)
                    .reservePercent(BigDecimal.TEN)
                    .reservedFor(FundingTest.SP)
                    .build());
    Calculator c = Calculator.compile(rules);
    Portfolio portfolio = Portfolio.of(rules);
    // A substantial (SC £1,638.00 + SP £468.00 a year) held as an ISF, a moderate (SP only, £1,040.00)
    // inactive, and another substantial held as a direct payment.
    portfolio.add(c.allocate(person("A", FacsBand.SUBSTANTIAL, BudgetHolding.INDIVIDUAL_SERVICE_FUND)));
    portfolio.add(c.allocate(person("B", FacsBand.MODERATE, BudgetHolding.INACTIVE_VIRTUAL)));
    portfolio.add(c.allocate(person("C", FacsBand.SUBSTANTIAL, BudgetHolding.DIRECT_PAYMENT)));
    PortfolioReport report = portfolio.report();

    assertEquals(3, report.people());
    assertEquals(Money.ofPence(2_106_00 * 2 + 1_040_00), report.annual());
    PortfolioReport.StreamLine sc = report.streams().get(0);
    PortfolioReport.StreamLine sp = report.streams().get(1);
    assertEquals(Money.ofPence(1_638_00 * 2), sc.liability());
    assertEquals(Money.ofPence(468_00 * 2 + 1_040_00), sp.liability());
    // B's inactive budget is liability but not committed spend.
    assertEquals(Money.ofPence(468_00 * 2), sp.committed());
    assertEquals(Optional.of(Money.ofPence(300_000_00 - 936_00)), sp.headroom());
    assertEquals(3, sp.people());
    assertEquals(2, sc.people());

    PortfolioReport.PoolLine pool = report.pools().get(0);
    assertEquals(Money.ofPence(1_300_000_00), pool.total());
    assertEquals(Money.ofPence(130_000_00), pool.reserve());
    assertEquals(Money.ofPence(1_040_00), pool.reservedLiability());
    assertEquals(Money.ofPence(300_000_00 - 1_976_00), pool.shares().get(1).crossSubsidy());

    assertEquals(3, report.holdings().size());
    assertEquals(Optional.of(BudgetHolding.INACTIVE_VIRTUAL), report.holdings().get(1).holding());
    assertEquals(List.of(Money.zero(), Money.ofPence(1_040_00)), report.holdings().get(1).byStream());
    // The pool owes both streams' liabilities: SC £3,276.00 + SP £1,976.00 = £5,252.00.
    assertEquals(Money.ofPence(5_252_00), pool.liability());
    assertEquals(Money.ofPence(1_300_000_00 - 5_252_00), pool.headroom());
    // A's ISF holding: SC £1,638.00 + SP £468.00.
    assertEquals(Money.ofPence(2_106_00), report.holdings().get(0).total());

    // The same budgets added to a second portfolio give an equal report, and equal lines.
    Portfolio again = Portfolio.of(rules);
    again.add(c.allocate(person("A", FacsBand.SUBSTANTIAL, BudgetHolding.INDIVIDUAL_SERVICE_FUND)));
    again.add(c.allocate(person("B", FacsBand.MODERATE, BudgetHolding.INACTIVE_VIRTUAL)));
    again.add(c.allocate(person("C", FacsBand.SUBSTANTIAL, BudgetHolding.DIRECT_PAYMENT)));
    PortfolioReport second = again.report();
    ValueContract.sameTwice(report, second);
    ValueContract.sameTwice(sc, second.streams().get(0));
    ValueContract.sameTwice(pool, second.pools().get(0));
    ValueContract.sameTwice(pool.shares().get(1), second.pools().get(0).shares().get(1));
    ValueContract.sameTwice(report.holdings().get(1), second.holdings().get(1));
  }

  /**
   * Testshire with three pooled streams: personal care paid by social care, safety half by Supporting
   * People and half by the NHS, each open to anyone; envelopes set to leave social care short and the
   * other two with a surplus.
   */
  static RuleSet threeStreamPool(long socialCarePence, long supportingPeoplePence, long nhsPence) {
    RuleSet base = Testshire.rules();
    StreamId nhs = StreamId.of("nhs");
    return base.withDomains(
            base.domains().get(0).withFunding(StreamShare.builder().stream(FundingTest.SC).build()),
            base.domains()
                .get(1)
                .withFunding(
                    StreamShare.builder().stream(FundingTest.SP).share(BigDecimal.valueOf(50)).build(),
                    StreamShare.builder().stream(nhs).share(BigDecimal.valueOf(50)).build()))
        .withStreams(
            FundingStream.builder().id(FundingTest.SC).name("Social care")
                .annualEnvelope(Money.ofPence(socialCarePence)).build(),
            FundingStream.builder().id(FundingTest.SP).name("Supporting People")
                .annualEnvelope(Money.ofPence(supportingPeoplePence)).build(),
            FundingStream.builder().id(nhs).name("NHS").annualEnvelope(Money.ofPence(nhsPence)).build())
        .withPools(
            PooledFund.builder().id("together").name("Together fund")
                .addStreams(FundingTest.SC, FundingTest.SP, nhs).build());
  }

  @Test
  void inAPoolOfThreeTheStreamsWithASurplusShareWhatTheShortStreamLacks() {
    // One person: personal care 5 points -> social care £25.00 less 10% = £22.50 a week; safety 4 points
    // -> 2 to Supporting People and 2 to the NHS, £10.00 less 10% = £9.00 each. A week £40.50, a year
    // £2,106.00, shared 22.50 : 9.00 : 9.00 -> £1,170.00, £468.00, £468.00.
    // Envelopes: social care £100.00 (short £1,070.00), Supporting People £2,468.00 (surplus £2,000.00),
    // NHS £968.00 (surplus £500.00). Surpluses £2,500.00 cover the shortfall, so £1,070.00 is carried,
    // shared 2,000 : 500 -> £856.00 by Supporting People and £214.00 by the NHS; the rest is unspent.
    List<PortfolioReport.PoolShare> shares =
        portfolioOf(threeStreamPool(100_00, 2_468_00, 968_00)).report().pools().get(0).shares();

    assertEquals(
        List.of(Money.ofPence(1_170_00), Money.ofPence(468_00), Money.ofPence(468_00)),
        shares.stream().map(PortfolioReport.PoolShare::liability).toList());
    assertEquals(
        List.of(Money.ofPence(-1_070_00), Money.ofPence(2_000_00), Money.ofPence(500_00)),
        shares.stream().map(PortfolioReport.PoolShare::crossSubsidy).toList());
    assertEquals(
        List.of(Money.zero(), Money.ofPence(856_00), Money.ofPence(214_00)),
        shares.stream().map(PortfolioReport.PoolShare::carried).toList());

    // When the surpluses are smaller than the shortfall each carries all of its own: social care has no
    // envelope and is £1,170.00 short; Supporting People's £568.00 less £468.00 leaves £100.00, the NHS's
    // £518.00 less £468.00 leaves £50.00.
    List<PortfolioReport.PoolShare> small =
        portfolioOf(threeStreamPool(0, 568_00, 518_00)).report().pools().get(0).shares();
    assertEquals(
        List.of(Money.zero(), Money.ofPence(100_00), Money.ofPence(50_00)),
        small.stream().map(PortfolioReport.PoolShare::carried).toList());
  }

  /** A portfolio of the one person of the three-stream story. */
  static Portfolio portfolioOf(RuleSet rules) {
    Portfolio portfolio = Portfolio.of(rules);
    portfolio.add(Calculator.compile(rules).allocate(person("A", FacsBand.SUBSTANTIAL, BudgetHolding.DIRECT_PAYMENT)));
    return portfolio;
  }

  @Test
  void addingReturnsThePortfolioAndABudgetFromOtherStreamsIsRefused() {
    Portfolio portfolio = Portfolio.of(FundingTest.rules(true));
    Budget b = Calculator.compile(FundingTest.rules(true)).allocate(person("A", FacsBand.SUBSTANTIAL, BudgetHolding.MANAGED));
    assertSame(portfolio, portfolio.add(b));
    RuleSet renamed =
        FundingTest.rules(true)
            .withStreams(
                FundingTest.rules(true).streams().get(0).withId(StreamId.of("other")),
                FundingTest.rules(true).streams().get(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Portfolio.of(renamed).add(b));
    assertTrue(e.getMessage().startsWith("budget of A has stream 'social_care', unknown to "), e.getMessage());
    assertEquals(1, portfolio.report().people());
  }

  @Test
  void theReportsTotalsEqualTheSumOfTheIndividualBudgets() {
    Calculator c = Calculator.compile(FundingTest.rules(true));
    FacsBand[] bands = FacsBand.values();
    BudgetHolding[] holdings = BudgetHolding.values();
    qt().withExamples(Examples.or(100))
        .forAll(integers().between(0, 40), integers().between(0, Integer.MAX_VALUE - 1))
        .checkAssert(
            (count, seed) -> {
              java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
              Portfolio portfolio = Portfolio.of(c.ruleSet());
              Money weekly = Money.zero();
              Money annual = Money.zero();
              Money[] byStream = {Money.zero(), Money.zero()};
              for (int i = 0; i < count; i++) {
                String[] options = {"none", "some", "all"};
                Assessment a =
                    Assessment.builder("P" + i)
                        .answer("pc_wash", options[random.nextInt(3)])
                        .answer("pc_dress", options[random.nextInt(3)])
                        .answer("sf_home", List.of("none", "some", "high").get(random.nextInt(3)))
                        .eligibility(Eligibility.of(bands[random.nextInt(bands.length)], null))
                        .build();
                BudgetHolding h = holdings[random.nextInt(holdings.length)];
                Budget b = c.allocate(a.withHolding(h, h == BudgetHolding.MIX ? Money.ofPence(random.nextInt(5_000)) : null), Detail.FIGURES);
                portfolio.add(b);
                weekly = weekly.plus(b.weekly());
                annual = annual.plus(b.annual());
                for (int s = 0; s < 2; s++) {
                  byStream[s] = byStream[s].plus(b.streams().get(s).annual());
                }
              }
              PortfolioReport r = portfolio.report();
              assertEquals(count, r.people());
              assertEquals(weekly, r.weekly());
              assertEquals(annual, r.annual());
              assertEquals(annual, Money.total(r.streams().stream().map(PortfolioReport.StreamLine::liability).toList()));
              assertEquals(annual, Money.total(r.holdings().stream().map(PortfolioReport.HoldingLine::total).toList()));
              for (int s = 0; s < 2; s++) {
                assertEquals(byStream[s], r.streams().get(s).liability());
              }
              assertEquals(count, r.holdings().stream().mapToInt(PortfolioReport.HoldingLine::people).sum());
            });
  }

  /**
   * FundingTest's rules as an older version: the same questions and prices, envelopes of £900,000.00
   * (social care) and £250,000.00 (Supporting People), in force from 1 April 2025.
   */
  static RuleSet lastYear() {
    RuleSet now = FundingTest.rules(true);
    return now.withVersion("0")
        .withEffectiveFrom(java.time.LocalDate.of(2025, 4, 1))
        .withStreams(
            now.streams().get(0).withAnnualEnvelope(Money.ofPence(900_000_00)),
            now.streams().get(1).withAnnualEnvelope(Money.ofPence(250_000_00)));
  }

  @Test
  void eachBudgetCountsAgainstTheEnvelopesOfTheVersionItWasAllocatedUnder() {
    Calculator old = Calculator.compile(lastYear());
    Calculator now = Calculator.compile(FundingTest.rules(true));
    Portfolio portfolio = Portfolio.of(RuleSetRegistry.of(List.of(now, old)));
    // A (substantial, last year's rules): SC £1,638.00 + SP £468.00 a year (FundingTest's story).
    // B (moderate, this year's, inactive): SP £1,040.00. C (substantial, this year's): as A.
    portfolio.add(old.allocate(person("A", FacsBand.SUBSTANTIAL, BudgetHolding.INDIVIDUAL_SERVICE_FUND)));
    portfolio.add(now.allocate(person("B", FacsBand.MODERATE, BudgetHolding.INACTIVE_VIRTUAL)));
    portfolio.add(now.allocate(person("C", FacsBand.SUBSTANTIAL, BudgetHolding.DIRECT_PAYMENT)));
    PortfolioReport report = portfolio.report();

    assertEquals(2, report.versions().size());
    PortfolioReport.VersionLine v0 = report.versions().get(0);
    PortfolioReport.VersionLine v1 = report.versions().get(1);
    assertEquals("testshire 0", v0.ruleSetLabel());
    assertEquals(java.time.LocalDate.of(2025, 4, 1), v0.effectiveFrom());
    assertEquals(1, v0.people());
    assertEquals(Money.ofPence(2_106_00), v0.annual());
    // Last year's social care: £900,000.00 - £1,638.00 = £898,362.00 headroom; SP £250,000.00 - £468.00.
    assertEquals(Optional.of(Money.ofPence(900_000_00)), v0.streams().get(0).envelope());
    assertEquals(Money.ofPence(1_638_00), v0.streams().get(0).committed());
    assertEquals(Optional.of(Money.ofPence(898_362_00)), v0.streams().get(0).headroom());
    assertEquals(Optional.of(Money.ofPence(249_532_00)), v0.streams().get(1).headroom());
    // This year's: SC £1,000,000.00 - £1,638.00 = £998,362.00; SP liability £468.00 + £1,040.00 =
    // £1,508.00, committed £468.00 (B is inactive), headroom £300,000.00 - £468.00 = £299,532.00.
    assertEquals("testshire 1", v1.ruleSetLabel());
    assertEquals(2, v1.people());
    assertEquals(Optional.of(Money.ofPence(998_362_00)), v1.streams().get(0).headroom());
    assertEquals(Money.ofPence(1_508_00), v1.streams().get(1).liability());
    assertEquals(Money.ofPence(468_00), v1.streams().get(1).committed());
    assertEquals(Optional.of(Money.ofPence(299_532_00)), v1.streams().get(1).headroom());
    // The whole portfolio: liabilities and committed spend added up, with no envelope of two years.
    PortfolioReport.StreamLine sp = report.streams().get(1);
    assertEquals(Money.ofPence(1_976_00), sp.liability());
    assertEquals(Money.ofPence(936_00), sp.committed());
    assertEquals(3, sp.people());
    assertEquals(Optional.empty(), sp.envelope());
    assertEquals(Optional.empty(), sp.headroom());
    assertEquals("testshire 1", report.ruleSetLabel());

    // Unfunded need: B (FACS moderate) is not eligible for social care, which alone pays personal care,
    // so personal care's 5 points are unfunded (safety's 4 fall back to Supporting People); A and C are
    // fully funded. One person, 5 points, in personal care, named for this year's social care.
    assertEquals(1, report.unfundedPeople());
    assertEquals(0, new BigDecimal("5").compareTo(report.unfundedPoints()));
    assertEquals(1, report.unfundedByDomain().size());
    assertEquals("personal_care", report.unfundedByDomain().get(0).domain().value());
    assertEquals("Personal care", report.unfundedByDomain().get(0).name());
    assertEquals(1, report.unfundedByDomain().get(0).people());
    assertEquals(0, new BigDecimal("5").compareTo(report.unfundedByDomain().get(0).points()));
    assertEquals(1, v1.streams().get(0).unfundedPeople());
    assertEquals(0, new BigDecimal("5").compareTo(v1.streams().get(0).unfundedPoints()));
    assertEquals(0, v0.streams().get(0).unfundedPeople());
    assertEquals(0, v1.streams().get(1).unfundedPeople());
    assertEquals(1, report.streams().get(0).unfundedPeople());

    // A budget from rules the portfolio does not know is refused, and nothing is added.
    RuleSet other = FundingTest.rules(true).withVersion("9").withEffectiveFrom(java.time.LocalDate.of(2027, 4, 1));
    Budget stranger = Calculator.compile(other).allocate(person("D", FacsBand.SUBSTANTIAL, BudgetHolding.MANAGED));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> portfolio.add(stranger));
    assertEquals(
        "budget of D was allocated under testshire 9, not under this portfolio's rules (testshire 0, testshire 1)",
        e.getMessage());
    assertEquals(report, portfolio.report());
  }

  @Test
  void withOneVersionTheReportIsThatVersionsAndAnEmptyOneShowsTheNewestEnvelopes() {
    Calculator now = Calculator.compile(FundingTest.rules(true));
    Portfolio portfolio = Portfolio.of(RuleSetRegistry.of(List.of(now, Calculator.compile(lastYear()))));
    PortfolioReport empty = portfolio.report();
    assertEquals(1, empty.versions().size());
    assertEquals("testshire 1", empty.versions().get(0).ruleSetLabel());
    assertEquals(Optional.of(Money.ofPence(300_000_00)), empty.streams().get(1).headroom());

    portfolio.add(now.allocate(person("C", FacsBand.SUBSTANTIAL, BudgetHolding.DIRECT_PAYMENT)));
    PortfolioReport one = portfolio.report();
    assertEquals(List.of("testshire 1"), one.versions().stream().map(PortfolioReport.VersionLine::ruleSetLabel).toList());
    assertEquals(one.versions().get(0).streams(), one.streams());
    assertEquals(one.versions().get(0).pools(), one.pools());
    assertEquals(Optional.of(Money.ofPence(1_000_000_00 - 1_638_00)), one.streams().get(0).headroom());
  }

  @Test
  void twoVersionsWithOneLabelCannotMakeAPortfolio() {
    RuleSet a = FundingTest.rules(true);
    RuleSet b = a.withEffectiveFrom(java.time.LocalDate.of(2027, 4, 1));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Portfolio.of(RuleSetRegistry.of(List.of(Calculator.compile(a), Calculator.compile(b)))));
    assertEquals("two rule sets are labelled testshire 1", e.getMessage());
  }

  @Test
  void aPortfolioNeedsStreams() {
    assertThrows(IllegalArgumentException.class, () -> Portfolio.of(Testshire.rules()));
    Budget unknown = Calculator.compile(Testshire.rules()).allocate(person("X", FacsBand.LOW, BudgetHolding.MANAGED));
    assertEquals(List.<StreamAmount>of(), unknown.streams());
  }
}
