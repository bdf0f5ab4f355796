package uk.ras.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.ras.money.Money;
import uk.ras.ruleset.Ceiling;
import uk.ras.ruleset.CeilingPolicy;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.InformalSupport;
import uk.ras.ruleset.InformalSupportOption;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;

/**
 * A small rule set whose figures are easy to work out by hand: two domains, personal care capped at 10
 * and reduced by informal support, safety uncapped with one optional question; £5.00 a point, 10%
 * contingency, a £20.00 floor and an £80.00 ceiling referred to the panel.
 */
final class Testshire {
  private Testshire() {}

  static AnswerOption option(String id, String label, int points) {
    return AnswerOption.builder().id(OptionId.of(id)).label(label).points(points).build();
  }

  static RuleSet.Builder builder() {
    return RuleSet.builder()
        .id("testshire")
        .name("Testshire")
        .version("1")
        .effectiveFrom(LocalDate.of(2026, 4, 1))
        .addDomains(
            Domain.builder()
                .id(DomainId.of("personal_care"))
                .name("Personal care")
                .cap(10)
                .addQuestions(
                    Question.builder()
                        .id(QuestionId.of("pc_wash"))
                        .text("Washing")
                        .addOptions(option("none", "None", 0), option("some", "Some", 3), option("all", "All", 6))
                        .build(),
                    Question.builder()
                        .id(QuestionId.of("pc_dress"))
                        .text("Dressing")
                        .addOptions(option("none", "None", 0), option("some", "Some", 2), option("all", "All", 5))
                        .build())
                .build(),
            Domain.builder()
                .id(DomainId.of("safety"))
                .name("Safety")
                .addQuestions(
                    Question.builder()
                        .id(QuestionId.of("sf_home"))
                        .text("Using the home safely")
                        .addOptions(option("none", "None", 0), option("some", "Some", 4), option("high", "High", 8))
                        .build(),
                    Question.builder()
                        .id(QuestionId.of("sf_night"))
                        .text("Help at night")
                        .required(false)
                        .addOptions(option("no", "No", 0), option("yes", "Yes", 3))
                        .build())
                .build())
        .informalSupport(
            InformalSupport.builder()
                .question(QuestionId.of("informal"))
                .text("Help from family")
                .addAppliesTo(DomainId.of("personal_care"))
                .addOptions(
                    InformalSupportOption.builder().id(OptionId.of("none")).label("None").share(BigDecimal.ZERO).build(),
                    InformalSupportOption.builder().id(OptionId.of("half")).label("About half").share(new BigDecimal("0.5")).build())
                .build())
        .pricing(pricing(CeilingPolicy.REFER));
  }

  static Pricing pricing(CeilingPolicy policy) {
    return Pricing.builder()
        .method(PricePerPoint.of(new BigDecimal("5.00")))
        .contingencyPercent(BigDecimal.TEN)
        .floor(Money.ofPence(20_00))
        .ceiling(Ceiling.of(Money.ofPence(80_00), policy))
        .build();
  }

  static RuleSet rules() {
    return builder().build();
  }

  /** Testshire with one more domain, of one question, for a case its own domains do not show. */
  static RuleSet withDomain(String domain, String question, boolean required, AnswerOption... options) {
    return builder()
        .addDomains(
            Domain.builder()
                .id(DomainId.of(domain))
                .name(domain)
                .addQuestions(
                    Question.builder()
                        .id(QuestionId.of(question))
                        .text(question)
                        .required(required)
                        .addOptions(options)
                        .build())
                .build())
        .build();
  }
}
