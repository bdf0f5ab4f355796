package uk.ras.isf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * The limits of a setting (issue 17): each at its boundary, the limit allowed and one more refused with
 * the problem at its path; the inputs that used to crash the engine (totals past {@link Long#MAX_VALUE}
 * pence, 4,000 people by 4,000 core lines) refused cleanly; and the largest setting allowed, at the
 * largest amounts, split and analysed with every sum exact.
 */
class SettingLimitsTest {
  private static final Money MAX = Setting.MAX_AMOUNT;
  private static final Money OVER = MAX.plus(Money.ofPence(1));

  private static PersonId id(int i) {
    return PersonId.of("P" + i);
  }

  /** {@code n} people with personal funding {@code funding}, and {@code lines} core lines of {@code amount}. */
  private static Setting.Builder house(int n, Money funding, int lines, Money amount) {
    Setting.Builder b = Setting.builder().name("Big").period(Period.WEEK);
    for (int i = 0; i < n; i++) {
      b.addPerson(Person.withPersonalFunding(id(i), funding));
    }
    for (int j = 0; j < lines; j++) {
      b.addCost(CostLine.core("line" + j, amount));
    }
    return b;
  }

  private static List<String> problems(Setting.Builder b) {
    InvalidSettingException e = assertThrows(InvalidSettingException.class, b::build);
    return e.problems().stream().map(SettingProblem::toString).collect(Collectors.toList());
  }

  @Test
  void aHundredPeopleAreAllowedAndAHundredAndOneRefused() {
    assertEquals(100, house(100, Money.zero(), 1, MAX).build().people().size());
    assertEquals(
        List.of("people: 101 people; a setting may have at most 100"), problems(house(101, Money.zero(), 1, MAX)));
  }

  @Test
  void twoHundredCostLinesAreAllowedAndTwoHundredAndOneRefused() {
    assertEquals(200, house(1, Money.zero(), 200, MAX).build().costs().size());
    assertEquals(
        List.of("costs: 201 cost lines; a setting may have at most 200"),
        problems(house(1, Money.zero(), 201, MAX)));
  }

  @Test
  void everyAmountUpToTheMaximumIsAllowedAndOnePennyMoreRefusedAtItsPath() {
    assertEquals(MAX, house(1, MAX, 1, MAX).build().costs().get(0).amount());
    assertEquals(
        List.of(
            "people[0].personalFunding: 1000000000000.00 is too large; an amount may be at most 999999999999.99",
            "costs[0].amount: 1000000000000.00 is too large; an amount may be at most 999999999999.99"),
        problems(house(1, OVER, 1, OVER)));
    Setting.Builder budgeted =
        Setting.builder().name("B").period(Period.YEAR).budget(OVER).addPerson(Person.withWeight(id(0), 1));
    assertEquals(
        List.of("budget: 1000000000000.00 is too large; an amount may be at most 999999999999.99"), problems(budgeted));
    assertEquals(
        MAX,
        Setting.builder().name("B").period(Period.YEAR).budget(MAX).addPerson(Person.withWeight(id(0), 1)).build()
            .split().total());
  }

  @Test
  void weightsUpToTwelveDigitsAreAllowedAndOneMoreRefused() {
    Setting.Builder b =
        Setting.builder()
            .name("W")
            .period(Period.WEEK)
            .budget(MAX)
            .addPerson(Person.withWeight(id(0), Setting.MAX_WEIGHT))
            .addPerson(Person.withWeight(id(1), Setting.MAX_WEIGHT + 1));
    assertEquals(List.of("people[1].weight: 1000000000000 is too large; a weight may be at most 999999999999"), problems(b));
    Split split =
        Setting.builder()
            .name("W")
            .period(Period.WEEK)
            .budget(MAX)
            .addPerson(Person.withWeight(id(0), Setting.MAX_WEIGHT))
            .addPerson(Person.withWeight(id(1), Setting.MAX_WEIGHT))
            .build()
            .split();
    assertEquals(MAX, split.total());
    assertTrue(split.explanation().stream().anyMatch(l -> l.contains("total weight 1999999999998")));
  }

  @Test
  void aSharedLineOfAHundredUsersIsAllowedAndOfAHundredAndOneIsOneProblem() {
    List<PersonId> everyone = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      everyone.add(id(i));
    }
    assertEquals(
        100, house(100, Money.zero(), 0, MAX).addCost(CostLine.shared("Car", MAX, everyone)).build().split().shares().size());
    List<PersonId> tooMany = new ArrayList<>(everyone);
    tooMany.add(id(0));
    assertEquals(
        List.of("costs[0].usedBy: 101 users; a shared line may have at most 100, as a setting may"),
        problems(house(100, Money.zero(), 0, MAX).addCost(CostLine.shared("Car", MAX, tooMany))));
  }

  @Test
  void amountsWhoseTotalWouldOverflowALongAreRefusedBeforeAnyTotalIsTaken() {
    // Three lines of 4 x 10^18 pence add up past Long.MAX_VALUE (about 9.2 x 10^18): Money.total threw
    // ArithmeticException from the budget check in build(), or from split() without a budget.
    Money huge = Money.ofPence(4_000_000_000_000_000_000L);
    String tooLarge = " 40000000000000000.00 is too large; an amount may be at most 999999999999.99";
    assertEquals(
        List.of("costs[0].amount:" + tooLarge, "costs[1].amount:" + tooLarge, "costs[2].amount:" + tooLarge),
        problems(house(1, Money.zero(), 3, huge)));
    Setting.Builder budgeted = Setting.builder().name("B").period(Period.WEEK).budget(huge);
    budgeted.addPerson(Person.withWeight(id(0), 1));
    for (int j = 0; j < 3; j++) {
      budgeted.addCost(CostLine.core("line" + j, huge));
    }
    assertEquals(4, problems(budgeted).size());
  }

  @Test
  void fourThousandPeopleByFourThousandCoreLinesAreRefusedAtOnce() {
    // Before the limits this setting was built, and splitting it made 16 million line shares: out of
    // memory after two minutes. Now it is two problems, found in one pass over the input.
    long start = System.nanoTime();
    List<String> p = problems(house(4000, Money.parse("1.00"), 4000, Money.parse("1.00")));
    assertEquals(
        List.of("people: 4000 people; a setting may have at most 100", "costs: 4000 cost lines; a setting may have at most 200"),
        p);
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "refusing should take well under a second");
  }

  @Test
  void joiningASettingOfAHundredIsRefusedAsTooManyPeople() {
    Setting full = house(100, Money.parse("1.00"), 1, Money.parse("1.00")).build();
    InvalidSettingException e =
        assertThrows(
            InvalidSettingException.class,
            () -> full.join(Person.withPersonalFunding(PersonId.of("New"), Money.parse("1.00")), List.of()));
    assertEquals(List.of(new SettingProblem("people", "101 people; a setting may have at most 100")), e.problems());
  }

  @Test
  void unknownUsersOfAManyPeopleSettingNameHowManyPeopleNotEveryId() {
    Setting.Builder b = house(60, Money.zero(), 0, MAX).addCost(CostLine.shared("Car", MAX, List.of(PersonId.of("Q"))));
    assertEquals(List.of("costs[0].usedBy[0]: unknown person \"Q\"; expected one of the 60 people listed under people"), problems(b));
  }

  /**
   * The largest setting allowed at the largest amounts: 100 people, 100 core and 100 shared lines each of
   * {@link Setting#MAX_AMOUNT}, personal funding of the maximum too. Every sum is exact and no arithmetic
   * overflows, for the split, every leave under both policies and a join that fills a place.
   */
  @Test
  void theLargestSettingAtTheLargestAmountsSplitsAndIsAnalysedExactly() {
    Setting s = largest(99, 1L);
    Split split = s.split();
    // 99 fundings + 200 lines, each 99,999,999,999,999p.
    assertEquals(MAX.multipliedBy(99 + 200), split.total());
    Money lines = Money.total(split.shares().stream().map(sh -> sh.core().plus(sh.shared())).collect(Collectors.toList()));
    assertEquals(MAX.multipliedBy(200), lines);
    assertTrue(split.explanation().size() > 100);
    for (LeavePolicy policy : LeavePolicy.values()) {
      for (LeaveAnalysis leave : SettingPortfolio.of(List.of(s)).leaveAnalyses(policy)) {
        Money remaining = Money.total(leave.people().stream().map(c -> c.share().total()).collect(Collectors.toList()));
        assertEquals(leave.newTotal(), remaining.plus(leave.unallocatedTotal()).plus(leave.vacancyTotal()));
      }
    }
    JoinAnalysis join = s.join(Person.withPersonalFunding(PersonId.of("New"), MAX), List.of("shared0", "shared99"));
    assertEquals(MAX, join.budgetIncrease());
    assertEquals(100, join.after().shares().size());
  }

  /**
   * {@code n} people with funding {@link Setting#MAX_AMOUNT}, 100 core lines and 100 shared lines of the
   * maximum, each shared line used by a random half of the people (from {@code seed}).
   */
  private static Setting largest(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Setting.Builder b = house(n, MAX, 100, MAX);
    for (int j = 0; j < 100; j++) {
      List<PersonId> users = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (r.nextBoolean()) {
          users.add(id(i));
        }
      }
      if (users.isEmpty()) {
        users.add(id(r.nextInt(n)));
      }
      b.addCost(CostLine.shared("shared" + j, MAX, users));
    }
    return b.build();
  }

  @Test
  void splitsAtTheAmountLimitAlwaysAddUpToTheWhole() {
    qt().withExamples(20)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              int n = 1 + r.nextInt(Setting.MAX_PEOPLE);
              int lines = r.nextInt(Setting.MAX_COST_LINES + 1);
              boolean budgeted = r.nextBoolean();
              Setting.Builder b = Setting.builder().name("S" + seed).period(Period.WEEK);
              for (int i = 0; i < n; i++) {
                b.addPerson(
                    budgeted
                        ? Person.withWeight(id(i), Setting.MAX_WEIGHT - r.nextLong(3))
                        : Person.withPersonalFunding(id(i), MAX.minus(Money.ofPence(r.nextLong(100)))));
              }
              for (int j = 0; j < lines; j++) {
                // Near the maximum, but budgeted settings need a budget that covers the lines.
                long pence = (budgeted ? MAX.pence() / lines : MAX.pence()) - r.nextLong(100);
                b.addCost(
                    r.nextBoolean()
                        ? CostLine.core("c" + j, Money.ofPence(pence))
                        : CostLine.shared("s" + j, Money.ofPence(pence), List.of(id(r.nextInt(n)))));
              }
              if (budgeted) {
                b.budget(MAX);
              }
              Setting s = b.build();
              Split split = s.split();
              assertEquals(SettingProperties.costsAndPersonal(s), split.total());
              Map<String, Money> byLine = new HashMap<>();
              for (Share share : split.shares()) {
                assertEquals(share.total(), share.core().plus(share.shared()).plus(share.personal()));
                for (LineAmount l : share.lines()) {
                  byLine.merge(l.name(), l.amount(), Money::plus);
                }
              }
              for (CostLine line : s.costs()) {
                assertEquals(line.amount(), byLine.get(line.name()), line.name());
              }
            });
  }
}
