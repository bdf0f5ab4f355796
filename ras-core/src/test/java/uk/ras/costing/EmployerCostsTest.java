package uk.ras.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.ras.costing.BuildUpTest.d;
import static uk.ras.costing.BuildUpTest.m;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.ValueContract;

/** A rate version's employer costs of a personal assistant: every figure declared, every one checked. */
class EmployerCostsTest {
  static EmployerCosts.Builder costs() {
    return EmployerCosts.builder()
        .holiday(d("12.07"))
        .nationalInsurance(d("15"), m("5000.00"), m("10500.00"))
        .pension(d("3"), m("6240.00"), m("50270.00"))
        .liabilityInsurance(m("150.00"))
        .payroll(m("200.00"));
  }

  private static RateVersion.Builder version() {
    return RateVersion.builder()
        .inForce(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))
        .addStaff(StaffRate.hourly("agency", m("25.00")));
  }

  @Test
  void aVersionHasNoEmployerCostsUnlessItDeclaresThem() {
    assertEquals(Optional.empty(), version().build().employerCosts());
    assertEquals(Optional.of(costs().build()), version().employerCosts(costs().build()).build().employerCosts());
  }

  @Test
  void everyFigureIsRequired() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> EmployerCosts.builder().holiday(d("12.07")).build());
    assertEquals("employer costs need nationalInsurance: every figure is declared, none has a default", e.getMessage());
  }

  @Test
  void everyProblemOfTheFiguresIsPlaced() {
    EmployerCosts bad =
        EmployerCosts.builder()
            .holiday(d("101"))
            .nationalInsurance(d("-1"), m("-5.00"), m("100000.01"))
            .pension(d("3"), m("50270.00"), m("6240.00"))
            .liabilityInsurance(m("-1.00"))
            .payroll(m("200.00"))
            .build();
    InvalidCostingException e = assertThrows(InvalidCostingException.class, () -> version().employerCosts(bad).build());
    assertEquals(
        List.of(
            new CostingProblem("employerCosts.holidayPercent", "must be from 0% to 100%, was 101%"),
            new CostingProblem("employerCosts.nationalInsurance.percent", "must be from 0% to 100%, was -1%"),
            new CostingProblem("employerCosts.nationalInsurance.threshold", "must not be negative, was -£5.00"),
            new CostingProblem(
                "employerCosts.nationalInsurance.employmentAllowance", "£100,000.01 is too large; a rate may be at most £100,000.00"),
            new CostingProblem("employerCosts.pension.upper", "£6,240.00 is below the lower limit £50,270.00"),
            new CostingProblem("employerCosts.liabilityInsurance", "must not be negative, was -£1.00")),
        e.problems());
  }

  @Test
  void employerCostsAreAValue() {
    ValueContract.check(
        costs().build(),
        costs().holiday(d("12.070")).build(),
        "EmployerCosts[holidayPercent=12.07, niPercent=15, niThreshold=£5,000.00, employmentAllowance=£10,500.00, pensionPercent=3, pensionLower=£6,240.00, pensionUpper=£50,270.00, liabilityInsurance=£150.00, payroll=£200.00]",
        costs().holiday(d("12")).build(),
        costs().nationalInsurance(d("13.8"), m("5000.00"), m("10500.00")).build(),
        costs().nationalInsurance(d("15"), m("9100.00"), m("10500.00")).build(),
        costs().nationalInsurance(d("15"), m("5000.00"), m("5000.00")).build(),
        costs().pension(d("4"), m("6240.00"), m("50270.00")).build(),
        costs().pension(d("3"), m("6000.00"), m("50270.00")).build(),
        costs().pension(d("3"), m("6240.00"), m("50000.00")).build(),
        costs().liabilityInsurance(m("100.00")).build(),
        costs().payroll(m("100.00")).build());
  }
}
