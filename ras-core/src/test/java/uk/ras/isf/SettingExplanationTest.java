package uk.ras.isf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.ras.isf.SettingTest.id;
import static uk.ras.isf.SettingTest.m;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ras.money.Money;

/**
 * The explanations, messages and words of settings, worked by hand from a house small enough to check.
 * Small House: A (£10.00, spent here) and B (£5.00, spent with another provider); Manager £100.01 core,
 * 10001p / 2 = 5000 r 1, so A £50.01 and B £50.00; Car £30.00 used by A alone. A 50.01 + 30.00 + 10.00 =
 * £90.01, B 50.00 + 5.00 = £55.00; total £145.01.
 */
class SettingExplanationTest {
  static Setting smallHouse() {
    return Setting.builder()
        .name("Small House")
        .period(Period.WEEK)
        .addPerson(Person.withPersonalFunding(id("A"), m("10.00")))
        .addPerson(Person.withPersonalFunding(id("B"), m("5.00")).spentWith(SpentWith.OTHER_PROVIDER))
        .addCost(CostLine.core("Manager", m("100.01")))
        .addCost(CostLine.shared("Car", m("30.00"), List.of(id("A"))))
        .build();
  }

  @Test
  void theSplitExplainsEveryStepAndEachPersonsSum() {
    assertEquals(
        List.of(
            "Small House, amounts per week; 2 people: A, B.",
            "Core costs £100.01 (Manager £100.01) are shared equally by all 2: £50.00 to £50.01 each.",
            "Car £30.00 is shared equally by its 1 user (A): £30.00 each.",
            "Personal funding is as given for each person.",
            "Odd pennies go to the largest remainders, ties to the person listed earlier.",
            "A: core £50.01 + shared £30.00 (Car £30.00) + personal £10.00 = £90.01; A controls the personal"
                + " funding £10.00, spent with this provider.",
            "B: core £50.00 + shared £0.00 + personal £5.00 = £55.00; B controls the personal funding £5.00,"
                + " spent with another provider.",
            "Total £145.01."),
        smallHouse().split().explanation());
  }

  @Test
  void everyIsfExplanationIsAnImmutableListOfLinesAndAShareGivesTheLinesTheSplitShows() {
    Split split = smallHouse().split();
    Share a = split.shareOf(id("A"));
    assertEquals(
        List.of(
            "A: core £50.01 + shared £30.00 (Car £30.00) + personal £10.00 = £90.01; A controls the personal"
                + " funding £10.00, spent with this provider."),
        a.explanation());
    assertEquals(a.explanation(), split.explanation().subList(5, 6));
    List<List<String>> all =
        List.of(
            a.explanation(),
            split.explanation(),
            split.leave(id("A"), LeavePolicy.RESPLIT).explanation(),
            smallHouse().join(Person.withPersonalFunding(id("C"), m("1.00")), List.of()).explanation());
    for (List<String> lines : all) {
      assertThrows(UnsupportedOperationException.class, () -> lines.add("more"));
    }
  }

  @Test
  void aBudgetedSettingExplainsItsPoolAndEqualSharesShowOneAmount() {
    // Budget £200.00 less core £100.00 leaves £100.00, shared 1 : 3 by weight: A £25.00, B £75.00.
    Setting s =
        Setting.builder()
            .name("Budgeted")
            .period(Period.YEAR)
            .budget(m("200.00"))
            .addPerson(Person.withWeight(id("A"), 1))
            .addPerson(Person.withWeight(id("B"), 3))
            .addCost(CostLine.core("Manager", m("100.00")))
            .build();
    List<String> lines = s.split().explanation();
    assertEquals("Budgeted, amounts per year; 2 people: A, B.", lines.get(0));
    assertEquals("Core costs £100.00 (Manager £100.00) are shared equally by all 2: £50.00 each.", lines.get(1));
    assertEquals(
        "Personal funding: the budget £200.00 less the core and shared costs leaves £100.00, shared in"
            + " proportion to weight (total weight 4).",
        lines.get(2));
    assertEquals("Total £200.00.", lines.get(lines.size() - 1));
    Setting solo =
        Setting.builder()
            .name("Solo")
            .period(Period.WEEK)
            .addPerson(Person.withPersonalFunding(id("A"), m("1.00")))
            .build();
    assertEquals(
        List.of(
            "Solo, amounts per week; 1 person: A.",
            "Personal funding is as given for each person.",
            "Odd pennies go to the largest remainders, ties to the person listed earlier.",
            "A: core £0.00 + shared £0.00 + personal £1.00 = £1.00; A controls the personal funding £1.00,"
                + " spent with this provider.",
            "Total £1.00."),
        solo.split().explanation());
  }

  @Test
  void leavingUnderResplitExplainsTheReshareAndAnyLineLeftUncarried() {
    // B leaves: A carries all of Manager £100.01 and Car £30.00, plus £10.00: £140.01.
    LeaveAnalysis b = smallHouse().leave(id("B"), LeavePolicy.RESPLIT);
    assertEquals(
        List.of(
            "If B leaves Small House (policy resplit), the budget falls at once by B's personal funding £5.00,"
                + " from £145.01 to £140.01.",
            "B's share of the costs, £50.00, is re-shared: core costs over the 1 remaining, each shared line"
                + " over its remaining users; everyone keeps their personal funding.",
            "A: £90.01 to £140.01 (change £50.00)."),
        b.explanation());
    assertEquals("leave B resplit £145.01 -> £140.01", b.toString());
    assertEquals(LeavePolicy.RESPLIT, b.policy());
    assertEquals("Small House", b.setting().name());
    assertEquals(m("145.01"), b.before().total());
    // A leaves: nobody else uses the Car, so it is unallocated.
    LeaveAnalysis a = smallHouse().leave(id("A"), LeavePolicy.RESPLIT);
    assertEquals("Car £30.00 has nobody left to carry it: unallocated.", a.explanation().get(2));
    assertEquals("B: £55.00 to £105.01 (change £50.01).", a.explanation().get(3));
    assertEquals(m("30.00"), a.unallocatedTotal());
  }

  @Test
  void leavingUnderHoldVacancyNamesTheVacancysLines() {
    LeaveAnalysis a = smallHouse().leave(id("A"), LeavePolicy.HOLD_VACANCY);
    assertEquals(
        List.of(
            "If A leaves Small House (policy hold-vacancy), the budget falls at once by A's personal funding"
                + " £10.00, from £145.01 to £135.01.",
            "The remaining people's shares stay as they were; A's former share of the costs, £80.01, is the"
                + " vacancy the commissioner funds (Manager £50.01, Car £30.00).",
            "B: £55.00 to £55.00 (change £0.00)."),
        a.explanation());
    assertEquals(LeavePolicy.HOLD_VACANCY, a.policy());
  }

  @Test
  void joiningExplainsTheNewTotalThenTheNewSplit() {
    // C joins (£1.00) and uses the Car. Manager 10001p / 3 = 3333 r 2: A and B £33.34, C £33.33. Car
    // £30.00 over A and C: £15.00 each. A 33.34 + 15.00 + 10.00 = 58.34; B 33.34 + 5.00 = 38.34;
    // C 33.33 + 15.00 + 1.00 = 49.33; total £146.01.
    JoinAnalysis join = smallHouse().join(Person.withPersonalFunding(id("C"), m("1.00")), List.of("Car"));
    assertEquals(id("C"), join.joiner());
    assertEquals(m("145.01"), join.before().total());
    assertEquals(m("146.01"), join.after().total());
    List<String> lines = join.explanation();
    assertEquals("If C joins Small House, the total goes from £145.01 to £146.01 (change £1.00).", lines.get(0));
    assertEquals("Core costs £100.01 (Manager £100.01) are shared equally by all 3: £33.33 to £33.34 each.", lines.get(1));
    assertEquals("Car £30.00 is shared equally by its 2 users (A, C): £15.00 each.", lines.get(2));
    assertEquals("Total £146.01.", lines.get(lines.size() - 1));
    assertEquals(9, lines.size());
    assertEquals(
        List.of("58.34", "38.34", "49.33"),
        join.people().stream().map(c -> c.share().total().toPlainString()).collect(Collectors.toList()));
    InvalidSettingException none =
        assertThrows(
            InvalidSettingException.class,
            () ->
                Setting.builder()
                    .name("Bare")
                    .period(Period.WEEK)
                    .addPerson(Person.withPersonalFunding(id("A"), m("1.00")))
                    .build()
                    .join(Person.withPersonalFunding(id("B"), m("1.00")), List.of("Car")));
    assertEquals(
        List.of("uses[0]: unknown shared cost line \"Car\"; the setting has none"),
        none.problems().stream().map(SettingProblem::toString).toList());
  }

  @Test
  void aJoinerAlreadyUsingALineIsNotAddedTwice() {
    // C is joined to the Car twice over; the line still has two users, A and C.
    JoinAnalysis join = smallHouse().join(Person.withPersonalFunding(id("C"), m("1.00")), List.of("Car", "Car"));
    assertEquals("Car £30.00 is shared equally by its 2 users (A, C): £15.00 each.", join.explanation().get(2));
  }

  @Test
  void budgetedSettingsCheckWeightsPersonalFundingAndTheBudget() {
    InvalidSettingException e =
        assertThrows(
            InvalidSettingException.class,
            () ->
                Setting.builder()
                    .name("Weights")
                    .period(Period.WEEK)
                    .budget(m("-1.00"))
                    .addPerson(Person.withWeight(id("A"), 0))
                    .addPerson(Person.withWeight(id("B"), -2))
                    .addPerson(Person.withPersonalFunding(id("C"), m("1.00")))
                    .build());
    assertEquals(
        List.of(
            "people[0].weight: must be a positive whole number, was 0",
            "people[1].weight: must be a positive whole number, was -2",
            "people[2].personalFunding: not allowed when the setting has a budget: personal funding is then"
                + " derived from the budget by weight; give a weight instead",
            "budget: must not be negative, was -1.00"),
        e.problems().stream().map(SettingProblem::toString).toList());
    assertEquals(
        "Setting \"Weights\" has 4 problems:\n"
            + "  people[0].weight: must be a positive whole number, was 0\n"
            + "  people[1].weight: must be a positive whole number, was -2\n"
            + "  people[2].personalFunding: not allowed when the setting has a budget: personal funding is then"
            + " derived from the budget by weight; give a weight instead\n"
            + "  budget: must not be negative, was -1.00",
        e.getMessage());
    assertEquals("Weights", e.setting());
    // A weight of 1 is the smallest allowed; a budget exactly covering the costs leaves a pool of £0.00.
    Setting exact =
        Setting.builder()
            .name("Exact")
            .period(Period.WEEK)
            .budget(m("10.00"))
            .addPerson(Person.withWeight(id("A"), 1))
            .addCost(CostLine.core("Core", m("10.00")))
            .build();
    assertEquals(m("10.00"), exact.split().total());
  }

  @Test
  void aSettingNeedsPeopleANameAndAPeriod() {
    InvalidSettingException empty =
        assertThrows(InvalidSettingException.class, () -> Setting.builder().name("Empty").period(Period.WEEK).build());
    assertEquals("Setting \"Empty\" has 1 problem:\n  people: a setting needs at least one person", empty.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> Setting.builder().name(" "));
    assertEquals("a setting's name must not be blank", blank.getMessage());
    assertThrows(IllegalStateException.class, () -> Setting.builder().name("No period").build());
    assertThrows(
        IllegalArgumentException.class, () -> new InvalidSettingException("S", List.of()));
    assertEquals("budget: short", new SettingProblem("budget", "short").toString());
    assertEquals("short", new SettingProblem("", "short").toString());
  }

  @Test
  void costLinesAndPeopleHaveValueEqualityAndReadableForms() {
    CostLine car = CostLine.shared("Car", m("30.00"), List.of(id("A")));
    assertEquals(car, CostLine.shared("Car", m("30.00"), List.of(id("A"))));
    assertEquals(car.hashCode(), CostLine.shared("Car", m("30.00"), List.of(id("A"))).hashCode());
    assertNotEquals(car, CostLine.shared("Van", m("30.00"), List.of(id("A"))));
    assertNotEquals(car, CostLine.shared("Car", m("30.01"), List.of(id("A"))));
    assertNotEquals(car, CostLine.shared("Car", m("30.00"), List.of(id("B"))));
    assertNotEquals(CostLine.core("Car", m("30.00")), CostLine.shared("Car", m("30.00"), List.of(id("A"))));
    assertNotEquals(car, "Car");
    assertEquals("shared 'Car' £30.00 used by [A]", car.toString());
    assertEquals("core 'Manager' £1.00", CostLine.core("Manager", m("1.00")).toString());
    assertEquals(
        "a cost line's name must not be blank",
        assertThrows(IllegalArgumentException.class, () -> CostLine.core(" ", m("1.00"))).getMessage());
    assertEquals(
        "shared cost line 'Car' needs at least one user",
        assertThrows(IllegalArgumentException.class, () -> CostLine.shared("Car", m("1.00"), List.of())).getMessage());

    Person a = Person.withPersonalFunding(id("A"), m("10.00"));
    assertEquals(a, Person.withPersonalFunding(id("A"), m("10.00")));
    assertEquals(a.hashCode(), Person.withPersonalFunding(id("A"), m("10.00")).hashCode());
    assertNotEquals(a, Person.withPersonalFunding(id("B"), m("10.00")));
    assertNotEquals(a, Person.withPersonalFunding(id("A"), m("10.01")));
    assertNotEquals(a, a.spentWith(SpentWith.OTHER_PROVIDER));
    assertNotEquals(Person.withWeight(id("A"), 1), Person.withWeight(id("A"), 2));
    assertNotEquals(a, "A");
    assertEquals("A personal £10.00", a.toString());
    assertEquals("A weight 3", Person.withWeight(id("A"), 3).toString());

    assertEquals("Setting Small House (2 people, 2 cost lines)", smallHouse().toString());
    assertEquals("week", Period.WEEK.label());
    assertEquals("other-provider", SpentWith.OTHER_PROVIDER.label());
    assertEquals("hold-vacancy", LeavePolicy.HOLD_VACANCY.label());
    assertEquals("shared", CostKind.SHARED.label());
  }

  @Test
  void sharesAreEqualByPersonSpendingFundingAndLines() {
    Split split = smallHouse().split();
    Share a = split.shareOf(id("A"));
    assertEquals(a, smallHouse().split().shareOf(id("A")));
    assertEquals(a.hashCode(), smallHouse().split().shareOf(id("A")).hashCode());
    assertNotEquals(a, split.shareOf(id("B")));
    assertNotEquals(a, "A");
    assertEquals("A £90.01 Manager=£50.01, Car=£30.00", a.toString());
    SettingPortfolio portfolio = SettingPortfolio.of(List.of(smallHouse()));
    assertEquals(1, portfolio.settings().size());
    UnknownPersonException unknown =
        assertThrows(UnknownPersonException.class, () -> smallHouse().leave(id("Z"), LeavePolicy.RESPLIT));
    assertEquals("Small House", unknown.setting());
    assertEquals(id("Z"), unknown.person());
  }

  @Test
  void aVacancyWithoutCostLinesEndsItsSentenceThere() {
    Setting bare =
        Setting.builder()
            .name("Bare")
            .period(Period.WEEK)
            .addPerson(Person.withPersonalFunding(id("A"), m("1.00")))
            .addPerson(Person.withPersonalFunding(id("B"), m("2.00")))
            .build();
    assertEquals(
        "The remaining people's shares stay as they were; A's former share of the costs, £0.00, is the vacancy"
            + " the commissioner funds.",
        bare.leave(id("A"), LeavePolicy.HOLD_VACANCY).explanation().get(1));
  }

  @Test
  void joiningABudgetedSettingKeepsTheBudgetAndResharesThePool() {
    // Budget £200.00, core £100.00. C joins with weight 1: core 10000p / 3 = 3333 r 1, so A £33.34, B and
    // C £33.33; the pool of £100.00 shared 1 : 3 : 1 is £20.00, £60.00, £20.00. Total still £200.00.
    Setting s =
        Setting.builder()
            .name("Budgeted")
            .period(Period.WEEK)
            .budget(m("200.00"))
            .addPerson(Person.withWeight(id("A"), 1))
            .addPerson(Person.withWeight(id("B"), 3))
            .addCost(CostLine.core("Manager", m("100.00")))
            .build();
    JoinAnalysis join = s.join(Person.withWeight(id("C"), 1), List.of());
    assertEquals(m("200.00"), join.newTotal());
    assertEquals(Money.zero(), join.budgetIncrease());
    assertEquals(
        List.of("53.34", "93.33", "53.33"),
        join.people().stream().map(c -> c.share().total().toPlainString()).collect(Collectors.toList()));
  }
}
