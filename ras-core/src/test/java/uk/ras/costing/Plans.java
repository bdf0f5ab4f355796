package uk.ras.costing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/**
 * Generated rates and plans for the properties, each rebuilt from one seed so that a failing seed (in
 * the falsification report) can be replayed: 1 to 8 people, 0 to 12 lines of every kind and every way of
 * paying, quantities with up to two decimals that often leave fractions of a penny, and rates with
 * built-up and given staff types, both overhead methods, both kinds of band and every rounding mode.
 */
final class Plans {
  static final LocalDate DATE = LocalDate.of(2026, 6, 1);
  private static final RoundingMode[] MODES = {
    RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN
  };
  private static final PeriodConversion[] WEEKS = PeriodConversion.values();

  private Plans() {}

  static Rates rates(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    RateVersion v =
        RateVersion.builder()
            .inForce(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))
            .addStaff(StaffRate.builtUp("sw", RatesProperties.buildUp(r, r.nextBoolean() ? OverheadMethod.MARKUP : OverheadMethod.MARGIN)))
            .addStaff(StaffRate.hourly("agency", Money.ofPence(r.nextLong(5_000))))
            .addBand(TimeBand.multiplier("weekend", BigDecimal.valueOf(100 + r.nextInt(100), 2)))
            .addBand(TimeBand.plus("night", Money.ofPence(r.nextLong(300))))
            .sleepIn(Money.ofPence(r.nextLong(20_000)))
            .wakingNight(r.nextBoolean() ? "sw" : "agency", r.nextBoolean() ? Optional.of("night") : Optional.empty())
            .addSession("day", Money.ofPence(r.nextLong(10_000)))
            .mileage(Money.ofPence(r.nextLong(100)))
            .build();
    return Rates.of("R", MODES[r.nextInt(MODES.length)], WEEKS[r.nextInt(WEEKS.length)], List.of(v));
  }

  static BigDecimal quantity(SplittableRandom r, int max) {
    return BigDecimal.valueOf(r.nextInt(max * 100 + 1), 2);
  }

  static CostPlan plan(long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int n = 1 + r.nextInt(8);
    List<PersonId> people = new ArrayList<>();
    CostPlan.Builder b = CostPlan.builder().name("P" + seed);
    for (int i = 0; i < n; i++) {
      people.add(PersonId.of("P" + i));
      b.addPerson(people.get(i));
    }
    int lines = r.nextInt(13);
    for (int j = 0; j < lines; j++) {
      PaidBy paidBy;
      switch (r.nextInt(3)) {
        case 0:
          paidBy = PaidBy.everyone();
          break;
        case 1:
          List<PersonId> users = new ArrayList<>(people);
          Collections.shuffle(users, new java.util.Random(r.nextLong()));
          paidBy = PaidBy.users(users.subList(0, 1 + r.nextInt(n)));
          break;
        default:
          paidBy = PaidBy.person(people.get(r.nextInt(n)));
          break;
      }
      String name = "line" + j;
      switch (r.nextInt(7)) {
        case 0:
          b.addLine(
              PlanLine.hours(
                  name,
                  paidBy,
                  r.nextBoolean() ? "sw" : "agency",
                  r.nextInt(3) == 0 ? Optional.empty() : Optional.of(r.nextBoolean() ? "weekend" : "night"),
                  quantity(r, 60),
                  1 + r.nextInt(3)));
          break;
        case 1:
          b.addLine(PlanLine.sleepIns(name, paidBy, quantity(r, 7)));
          break;
        case 2:
          b.addLine(PlanLine.wakingNights(name, paidBy, quantity(r, 12), quantity(r, 7)));
          break;
        case 3:
          b.addLine(PlanLine.sessions(name, paidBy, "day", quantity(r, 10)));
          break;
        case 4:
          b.addLine(PlanLine.mileage(name, paidBy, quantity(r, 300)));
          break;
        case 5:
          b.addLine(PlanLine.fixed(name, paidBy, Money.ofPence(r.nextLong(100_000))));
          break;
        default:
          b.addLine(PlanLine.oneOff(name, paidBy, Money.ofPence(r.nextLong(10_000_000)), 1 + r.nextInt(10)));
          break;
      }
    }
    return b.build();
  }

  static Costing costing(long seed) {
    return plan(seed).cost(rates(seed), DATE);
  }
}
