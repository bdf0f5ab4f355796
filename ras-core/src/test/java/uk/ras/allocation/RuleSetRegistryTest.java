package uk.ras.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.Assessment;
import uk.ras.money.Money;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;

class RuleSetRegistryTest {
  private final Calculator y2025 =
      Calculator.compile(
          Testshire.builder()
              .version("2025")
              .effectiveFrom(LocalDate.of(2025, 4, 1))
              .pricing(Pricing.builder().method(PricePerPoint.of(new BigDecimal("4.00"))).build())
              .build());
  private final Calculator y2026 =
      Calculator.compile(
          Testshire.builder()
              .version("2026")
              .pricing(Pricing.builder().method(PricePerPoint.of(new BigDecimal("5.00"))).build())
              .build());
  private final RuleSetRegistry registry = RuleSetRegistry.of(List.of(y2026, y2025));

  @Test
  void anAssessmentIsAllocatedUnderTheRulesInForceOnItsDate() {
    assertSame(y2025, registry.inForceOn(LocalDate.of(2025, 4, 1)));
    assertSame(y2025, registry.inForceOn(LocalDate.of(2026, 3, 31)));
    assertSame(y2026, registry.inForceOn(LocalDate.of(2026, 4, 1)));
    assertSame(y2026, registry.inForceOn(LocalDate.of(2030, 1, 1)));
    assertSame(y2026, registry.latest());
    assertEquals(List.of(y2025, y2026), registry.all());

    Assessment lastMarch =
        Assessment.builder("P1").date(LocalDate.of(2026, 3, 15)).answer("pc_wash", "some").answer("pc_dress", "none").answer("sf_home", "none").build();
    Budget budget = registry.inForceOn(lastMarch.date().orElseThrow()).allocate(lastMarch);
    assertEquals(Money.ofPence(3 * 4_00), budget.weekly());
    assertEquals("testshire 2025", budget.ruleSetLabel());
  }

  @Test
  void aDateBeforeEveryRuleSetIsADomainError() {
    NoRuleSetInForceException e =
        assertThrows(NoRuleSetInForceException.class, () -> registry.inForceOn(LocalDate.of(2025, 3, 31)));
    assertEquals("no rule set is in force on 2025-03-31; the earliest takes effect on 2025-04-01", e.getMessage());
    assertEquals(LocalDate.of(2025, 4, 1), e.earliest());
  }

  @Test
  void twoRuleSetsMayNotTakeEffectOnTheSameDay() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RuleSetRegistry.of(List.of(y2026, Calculator.compile(Testshire.rules()))));
    assertEquals("rule sets testshire 2026 and testshire 1 both take effect on 2026-04-01", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RuleSetRegistry.of(List.of()));
  }
}
