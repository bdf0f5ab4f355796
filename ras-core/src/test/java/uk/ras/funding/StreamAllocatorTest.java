package uk.ras.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;

/** The allocator's own contract; the attribution itself is worked through in the allocation tests. */
class StreamAllocatorTest {
  @Test
  void aRuleSetWithoutStreamsHasNoAllocator() {
    RuleSet rules =
        RuleSet.builder()
            .id("plain")
            .name("Plain")
            .version("1")
            .effectiveFrom(LocalDate.of(2026, 4, 1))
            .addDomains(
                Domain.builder()
                    .id(DomainId.of("care"))
                    .name("Care")
                    .addQuestions(
                        Question.builder()
                            .id(QuestionId.of("wash"))
                            .text("Washing")
                            .addOptions(AnswerOption.builder().id(OptionId.of("none")).label("None").points(0).build())
                            .build())
                    .build())
            .pricing(Pricing.builder().method(PricePerPoint.of(java.math.BigDecimal.ONE)).build())
            .build();
    assertEquals(
        "plain 1 declares no funding streams",
        assertThrows(IllegalArgumentException.class, () -> StreamAllocator.of(rules)).getMessage());
    assertThrows(NullPointerException.class, () -> StreamAllocator.of(null));
    assertEquals(List.of(), rules.streams());
  }
}
