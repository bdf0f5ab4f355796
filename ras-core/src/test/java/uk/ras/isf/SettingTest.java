package uk.ras.isf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/** The stories of issue 4, with figures worked out by hand (in the comments), never copied from output. */
class SettingTest {
  static PersonId id(String s) {
    return PersonId.of(s);
  }

  static Money m(String s) {
    return Money.parse(s);
  }

  /**
   * A house of six. Core 1015.00 + 530.05 = 1545.05 = 154505p; /6 = 25750 r 5: A to E 257.51, F 257.50.
   * Vehicle 210.00 over A, B, C, E: 52.50 each. Day activity worker 412.30 over A, C, D: 41230 / 3 = 13743
   * r 1: A 137.44, C and D 137.43.
   */
  static Setting elmRoad() {
    return Setting.builder()
        .name("Elm Road")
        .period(Period.WEEK)
        .addPerson(Person.withPersonalFunding(id("A"), m("120.00")))
        .addPerson(Person.withPersonalFunding(id("B"), m("95.50")))
        .addPerson(Person.withPersonalFunding(id("C"), m("150.00")))
        .addPerson(Person.withPersonalFunding(id("D"), m("60.00")))
        .addPerson(Person.withPersonalFunding(id("E"), m("200.00")).spentWith(SpentWith.OTHER_PROVIDER))
        .addPerson(Person.withPersonalFunding(id("F"), m("88.25")))
        .addCost(CostLine.core("Sleep-in night support", m("1015.00")))
        .addCost(CostLine.core("House manager", m("530.05")))
        .addCost(CostLine.shared("Vehicle", m("210.00"), List.of(id("A"), id("B"), id("C"), id("E"))))
        .addCost(CostLine.shared("Day activity worker", m("412.30"), List.of(id("A"), id("C"), id("D"))))
        .build();
  }

  static List<String> totals(List<Share> shares) {
    return shares.stream().map(s -> s.total().toPlainString()).collect(Collectors.toList());
  }

  @Test
  void elmRoadSplitsAsWorkedByHand() {
    Split split = elmRoad().split();
    // A 257.51+52.50+137.44+120.00; B 257.51+52.50+95.50; C 257.51+52.50+137.43+150.00;
    // D 257.51+137.43+60.00; E 257.51+52.50+200.00; F 257.50+88.25.
    assertEquals(List.of("567.45", "405.51", "597.44", "454.94", "510.01", "345.75"), totals(split.shares()));
    assertEquals(m("2881.10"), split.total());
    Share a = split.shareOf(id("A"));
    assertEquals(m("257.51"), a.core());
    assertEquals(m("189.94"), a.shared());
    assertEquals(m("120.00"), a.personal());
    assertEquals(m("257.50"), split.shareOf(id("F")).core());
  }

  @Test
  void coreLinesAreShownPerPersonAndEachLineAddsUp() {
    Split split = elmRoad().split();
    // Sleep-in 101500p / 6 = 16916 r 4: A to D get the extra penny. House manager 53005p / 6 = 8834 r 1:
    // the next person in turn, E, gets it.
    assertEquals(new LineAmount("Sleep-in night support", CostKind.CORE, m("169.17")), split.shareOf(id("D")).lines().get(0));
    assertEquals(new LineAmount("Sleep-in night support", CostKind.CORE, m("169.16")), split.shareOf(id("E")).lines().get(0));
    assertEquals(new LineAmount("House manager", CostKind.CORE, m("88.35")), split.shareOf(id("E")).lines().get(1));
    assertEquals(new LineAmount("House manager", CostKind.CORE, m("88.34")), split.shareOf(id("A")).lines().get(1));
  }

  @Test
  void moneyControlFollowsWhereThePersonalFundingIsSpent() {
    Split split = elmRoad().split();
    Share e = split.shareOf(id("E"));
    assertEquals(m("200.00"), e.controlled());
    assertEquals(m("310.01"), e.heldByProvider()); // 510.01 - 200.00
    Share a = split.shareOf(id("A"));
    assertEquals(m("120.00"), a.controlled());
    assertEquals(m("567.45"), a.heldByProvider());
  }

  @Test
  void leaveUnderResplitResharesTheLeaversCosts() {
    LeaveAnalysis leave = elmRoad().leave(id("C"), LeavePolicy.RESPLIT);
    assertEquals(m("150.00"), leave.budgetReduction());
    assertEquals(m("2881.10"), leave.previousTotal());
    assertEquals(m("2731.10"), leave.newTotal());
    // Core 154505p / 5 = 309.01; Vehicle 210.00 / 3 (A, B, E) = 70.00; activity 412.30 / 2 (A, D) = 206.15.
    assertEquals(
        List.of("705.16", "474.51", "575.16", "579.01", "397.26"),
        leave.people().stream().map(c -> c.share().total().toPlainString()).collect(Collectors.toList()));
    assertEquals(
        List.of("137.71", "69.00", "120.22", "69.00", "51.51"),
        leave.people().stream().map(c -> c.change().toPlainString()).collect(Collectors.toList()));
    assertTrue(leave.unallocated().isEmpty());
    assertTrue(leave.vacancy().isEmpty());
  }

  @Test
  void leaveUnderHoldVacancyKeepsEveryoneElsesSharesAndReportsTheVacancy() {
    LeaveAnalysis leave = elmRoad().leave(id("C"), LeavePolicy.HOLD_VACANCY);
    assertEquals(m("2731.10"), leave.newTotal());
    assertEquals(
        List.of("567.45", "405.51", "454.94", "510.01", "345.75"),
        leave.people().stream().map(c -> c.share().total().toPlainString()).collect(Collectors.toList()));
    assertTrue(leave.people().stream().allMatch(c -> c.change().isZero()));
    assertEquals(
        List.of(
            new LineAmount("Sleep-in night support", CostKind.CORE, m("169.17")),
            new LineAmount("House manager", CostKind.CORE, m("88.34")),
            new LineAmount("Vehicle", CostKind.SHARED, m("52.50")),
            new LineAmount("Day activity worker", CostKind.SHARED, m("137.43"))),
        leave.vacancy());
    assertEquals(m("447.44"), leave.vacancyTotal());
  }

  @Test
  void aSharedLineWithNoRemainingUserIsUnallocatedInFileOrder() {
    Setting s =
        Setting.builder()
            .name("Two")
            .period(Period.YEAR)
            .addPerson(Person.withPersonalFunding(id("A"), m("10.00")))
            .addPerson(Person.withPersonalFunding(id("B"), m("20.00")))
            .addCost(CostLine.shared("Allotment", m("12.40"), List.of(id("B"))))
            .addCost(CostLine.core("Manager", m("100.00")))
            .addCost(CostLine.shared("Gym", m("7.00"), List.of(id("B"))))
            .build();
    LeaveAnalysis leave = s.leave(id("B"), LeavePolicy.RESPLIT);
    assertEquals(
        List.of(new LineAmount("Allotment", CostKind.SHARED, m("12.40")), new LineAmount("Gym", CostKind.SHARED, m("7.00"))),
        leave.unallocated());
    // 10 + 20 + 100 + 12.40 + 7 = 149.40; less B's 20.00 = 129.40 = A's 110.00 + 19.40 unallocated.
    assertEquals(m("129.40"), leave.newTotal());
    assertEquals(m("110.00"), leave.people().get(0).share().total());
  }

  @Test
  void whenNobodyRemainsEveryLineIsUnallocated() {
    Setting s =
        Setting.builder()
            .name("One")
            .period(Period.WEEK)
            .addPerson(Person.withPersonalFunding(id("A"), m("5.00")))
            .addCost(CostLine.core("Night", m("70.00")))
            .addCost(CostLine.shared("Car", m("3.00"), List.of(id("A"))))
            .build();
    LeaveAnalysis leave = s.leave(id("A"), LeavePolicy.RESPLIT);
    assertTrue(leave.people().isEmpty());
    assertEquals(List.of("Night", "Car"), leave.unallocated().stream().map(LineAmount::name).collect(Collectors.toList()));
    assertEquals(m("73.00"), leave.newTotal());
  }

  @Test
  void personalFundingDerivedFromABudgetIsSharedByWeight() {
    // Pool 1000.01 - 300.00 - 100.00 = 600.01 = 60001p by 42:30:28 -> 25200 r42, 18000 r30, 16800 r28;
    // the one penny left goes to A (largest remainder).
    Setting s =
        Setting.builder()
            .name("Budgeted")
            .period(Period.WEEK)
            .budget(m("1000.01"))
            .addPerson(Person.withWeight(id("A"), 42))
            .addPerson(Person.withWeight(id("B"), 30))
            .addPerson(Person.withWeight(id("C"), 28))
            .addCost(CostLine.core("Core", m("300.00")))
            .addCost(CostLine.shared("Shared", m("100.00"), List.of(id("A"), id("B"))))
            .build();
    Split split = s.split();
    assertEquals(m("600.01"), split.derivedPool().orElseThrow());
    assertEquals(
        List.of("252.01", "180.00", "168.00"),
        split.shares().stream().map(x -> x.personal().toPlainString()).collect(Collectors.toList()));
    assertEquals(List.of("402.01", "330.00", "268.00"), totals(split.shares()));
    assertEquals(m("1000.01"), split.total());
  }

  @Test
  void aBudgetThatDoesNotCoverTheCostsSaysByHowMuch() {
    InvalidSettingException e =
        assertThrows(
            InvalidSettingException.class,
            () ->
                Setting.builder()
                    .name("Short")
                    .period(Period.WEEK)
                    .budget(m("350.00"))
                    .addPerson(Person.withWeight(id("A"), 1))
                    .addCost(CostLine.core("Core", m("300.00")))
                    .addCost(CostLine.shared("Shared", m("100.00"), List.of(id("A"))))
                    .build());
    assertEquals(
        List.of(
            new SettingProblem(
                "budget",
                "350.00 does not cover the core and shared costs of 400.00 (core 300.00 + shared 100.00): short by 50.00")),
        e.problems());
  }

  @Test
  void tiesGoToThePersonListedEarlierInThePeopleNotInUsedBy() {
    Setting s =
        Setting.builder()
            .name("Tie")
            .period(Period.WEEK)
            .addPerson(Person.withPersonalFunding(id("A"), Money.zero()))
            .addPerson(Person.withPersonalFunding(id("B"), Money.zero()))
            .addPerson(Person.withPersonalFunding(id("C"), Money.zero()))
            .addCost(CostLine.shared("Penny", m("0.01"), List.of(id("C"), id("A"))))
            .build();
    assertEquals(List.of("0.01", "0.00", "0.00"), totals(s.split().shares()));
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsPath() {
    InvalidSettingException e =
        assertThrows(
            InvalidSettingException.class,
            () ->
                Setting.builder()
                    .name("Bad")
                    .period(Period.WEEK)
                    .addPerson(Person.withPersonalFunding(id("A"), m("1.00")))
                    .addPerson(Person.withPersonalFunding(id("A"), m("-1.00")))
                    .addPerson(Person.withWeight(id("C"), 3))
                    .addCost(CostLine.core("Night", m("-2.00")))
                    .addCost(CostLine.shared("Car", m("3.00"), List.of(id("A"), id("Q9"), id("A"))))
                    .build());
    assertEquals(
        List.of(
            "people[1].id: duplicate person \"A\" (also people[0])",
            "people[1].personalFunding: must not be negative, was -1.00",
            "people[2].weight: a weight is used only with a budget, to share the personal-funding pool; without a budget give personalFunding",
            "costs[0].amount: must not be negative, was -2.00",
            "costs[1].usedBy[1]: unknown person \"Q9\"; expected one of A, C",
            "costs[1].usedBy[2]: person \"A\" is listed twice (also usedBy[0])"),
        e.problems().stream().map(SettingProblem::toString).collect(Collectors.toList()));
  }

  @Test
  void leavingNamesAnUnknownPerson() {
    UnknownPersonException e =
        assertThrows(UnknownPersonException.class, () -> elmRoad().leave(id("Z"), LeavePolicy.RESPLIT));
    assertEquals("unknown person \"Z\" in setting \"Elm Road\"; expected one of A, B, C, D, E, F", e.getMessage());
    UnknownPersonException fromSplit =
        assertThrows(UnknownPersonException.class, () -> elmRoad().split().leave(id("Z"), LeavePolicy.RESPLIT));
    assertEquals(e.getMessage(), fromSplit.getMessage());
  }

  @Test
  void oneSplitServesEveryLeaverAndGivesWhatTheSettingGives() {
    Setting setting = elmRoad();
    Split split = setting.split();
    // C's personal 150.00 goes at once under either policy (worked in leaveUnderResplitResharesTheLeaversCosts).
    for (LeavePolicy policy : LeavePolicy.values()) {
      assertEquals(m("150.00"), split.leave(id("C"), policy).budgetReduction());
      for (PersonId p : setting.personIds()) {
        LeaveAnalysis fromSplit = split.leave(p, policy);
        LeaveAnalysis fromSetting = setting.leave(p, policy);
        assertEquals(fromSetting.budgetReduction(), fromSplit.budgetReduction());
        assertEquals(fromSetting.people(), fromSplit.people());
        assertEquals(fromSetting.unallocated(), fromSplit.unallocated());
      }
    }
  }

  @Test
  void joiningResharesCoreAndTheLinesTheJoinerUses() {
    JoinAnalysis join =
        elmRoad().join(Person.withPersonalFunding(id("G"), m("100.00")), List.of("Vehicle"));
    // Core 154505p / 7 = 22072 r 1: A 220.73, the others 220.72. Vehicle 210.00 / 5 = 42.00.
    assertEquals(m("2981.10"), join.newTotal());
    assertEquals(m("100.00"), join.budgetIncrease());
    ShareChange g = join.people().get(6);
    assertEquals(m("362.72"), g.share().total()); // 220.72 + 42.00 + 100.00
    assertEquals(g.share().total(), g.change());
    // B: 405.51 -> 220.72 + 42.00 + 95.50 = 358.22
    assertEquals(m("-47.29"), join.people().get(1).change());
  }

  @Test
  void joiningRefusesAnUnknownLineAndATakenId() {
    InvalidSettingException e =
        assertThrows(
            InvalidSettingException.class,
            () -> elmRoad().join(Person.withPersonalFunding(id("A"), m("1.00")), List.of("Boat", "House manager")));
    assertEquals(
        List.of(
            "people[6].id: duplicate person \"A\" (also people[0])",
            "uses[0]: unknown shared cost line \"Boat\"; expected one of Vehicle, Day activity worker",
            "uses[1]: \"House manager\" is a core cost line; everyone shares it already"),
        e.problems().stream().map(SettingProblem::toString).collect(Collectors.toList()));
  }

  @Test
  void portfolioRunsTheLeaveAnalysisForEveryPersonOfEverySetting() {
    SettingPortfolio p = SettingPortfolio.of(List.of(elmRoad(), elmRoad()));
    List<LeaveAnalysis> all = p.leaveAnalyses(LeavePolicy.HOLD_VACANCY);
    assertEquals(12, all.size());
    assertEquals(id("F"), all.get(11).leaver());
  }
}
