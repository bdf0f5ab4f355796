package uk.ras.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.funding.StreamAmount;
import uk.ras.money.Money;
import uk.ras.ruleset.RuleSetValidator;

/**
 * Section 117 after-care is free to the person: what must hold whatever the assessment (entitled or not,
 * any contribution, any eligibility, any practitioner's choice) under every pricing method.
 */
class Section117Properties {
  private static final int EXAMPLES = 400;

  @Test
  void generatedRuleSetsWithSection117StreamsAreValid() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.casesWithSection117(-1))
        .checkAssert(c -> assertEquals(List.of(), RuleSetValidator.validate(c.rules), c::toString));
  }

  @Test
  void section117StreamsNeverCarryAContributionWhateverTheAssessment() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.casesWithSection117(-1))
        .checkAssert(
            c -> {
              Budget b = Calculator.compile(c.rules).allocate(c.assessment, Detail.FIGURES);
              for (StreamAmount s : b.streams()) {
                if (c.rules.section117Streams().contains(s.stream())) {
                  assertEquals(Money.zero(), s.personContribution(), () -> s + "\n" + c);
                }
                assertFalse(s.personContribution().isGreaterThan(s.weekly()), () -> s + "\n" + c);
                assertFalse(s.personContribution().isNegative(), () -> s + "\n" + c);
              }
              // The streams' shares of the contribution are the person's contribution, exactly.
              assertEquals(
                  b.personalBudget().personContribution(),
                  Money.total(b.streams().stream().map(StreamAmount::personContribution).toList()),
                  c::toString);
            });
  }

  @Test
  void onlyAPersonEntitledToAfterCareIsFundedBySection117Streams() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.casesWithSection117(-1))
        .checkAssert(
            c -> {
              if (c.assessment.eligibility().isSection117Entitled()) {
                return;
              }
              Budget b = Calculator.compile(c.rules).allocate(c.assessment, Detail.FIGURES);
              for (StreamAmount s : b.streams()) {
                if (c.rules.section117Streams().contains(s.stream())) {
                  assertEquals(0, s.points().signum(), () -> s + "\n" + c);
                  assertEquals(Money.zero(), s.weekly(), () -> s + "\n" + c);
                }
              }
            });
  }
}
