package uk.ras.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.ras.money.Money;

/** Identifiers, problems and pricing methods in words. */
class RuleSetValuesTest {
  @Test
  void idsAreNotBlankAndSortByValue() {
    assertEquals(
        "a domain id must not be blank",
        assertThrows(IllegalArgumentException.class, () -> DomainId.of(" ")).getMessage());
    assertEquals(
        "a question id must not be blank",
        assertThrows(IllegalArgumentException.class, () -> QuestionId.of("")).getMessage());
    assertEquals(
        "an answer option id must not be blank",
        assertThrows(IllegalArgumentException.class, () -> OptionId.of("\t")).getMessage());
    assertEquals(
        List.of(DomainId.of("a"), DomainId.of("b")), List.of(DomainId.of("b"), DomainId.of("a")).stream().sorted().toList());
    assertEquals(
        List.of(QuestionId.of("q1"), QuestionId.of("q2")),
        List.of(QuestionId.of("q2"), QuestionId.of("q1")).stream().sorted().toList());
    assertEquals(
        List.of(OptionId.of("no"), OptionId.of("yes")), List.of(OptionId.of("yes"), OptionId.of("no")).stream().sorted().toList());
  }

  @Test
  void anInvalidRuleSetListsEveryProblemUnderItsSource() {
    InvalidRuleSetException one =
        new InvalidRuleSetException("rules.yaml", List.of(new RuleProblem("currency", "'EUR' is not supported")));
    assertEquals("Rule set rules.yaml has 1 problem:\n  currency: 'EUR' is not supported", one.getMessage());
    assertEquals("rules.yaml", one.source());
    InvalidRuleSetException two =
        new InvalidRuleSetException(
            "built in code", List.of(new RuleProblem("", "first"), new RuleProblem("domains", "second")));
    assertEquals("Rule set built in code has 2 problems:\n  first\n  domains: second", two.getMessage());
    assertEquals(2, two.problems().size());
  }

  @Test
  void pricingMethodsDescribeThemselves() {
    assertEquals("£3.85 per point", PricePerPoint.of(new BigDecimal("3.85")).describe());
    Band open = Band.of(0, OptionalInt.empty(), Money.ofPence(100));
    Band closed = Band.of(0, OptionalInt.of(9), Money.ofPence(100));
    assertEquals("a banding table of 1 band", Banding.builder().addBands(open).build().describe());
    assertEquals(
        "a banding table of 2 bands",
        Banding.builder().addBands(closed, Band.of(10, OptionalInt.empty(), Money.ofPence(200))).build().describe());
    assertEquals("0-9 points", closed.range());
    assertEquals("0+ points", open.range());
    InterpolationPoint zero = InterpolationPoint.of(0, Money.zero());
    assertEquals("interpolation on 1 point", Interpolation.builder().addPoints(zero).build().describe());
    assertEquals(
        "interpolation between 2 points",
        Interpolation.builder().addPoints(zero, InterpolationPoint.of(10, Money.ofPence(100))).build().describe());
  }
}
