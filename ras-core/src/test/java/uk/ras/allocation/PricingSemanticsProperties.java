package uk.ras.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.assessment.Assessment;
import uk.ras.money.Money;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.StreamId;
import uk.ras.ruleset.StreamShare;

/**
 * The pricing semantics decided once for every path (docs/concepts.md, "How points become money"): no
 * need means no budget, with or without funding streams, whatever a first band pays; and the path through
 * funding streams is the whole-budget path shared out, not a second arithmetic.
 */
class PricingSemanticsProperties {
  private static final int EXAMPLES = 300;

  @Test
  void noPointsMeanNoBudgetWithOrWithoutStreamsWhateverTheFirstBandPays() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.cases())
        .checkAssert(
            c -> {
              RuleSet rules = withANoneOption(c.rules);
              Assessment none = answeredNone(rules, c.assessment);
              Budget b = Calculator.compile(rules).allocate(none);
              assertEquals(0, b.totalPoints());
              assertEquals(Money.zero(), b.weekly(), b::toString);
              assertEquals(Money.zero(), b.annual());
              assertTrue(b.flags().isEmpty(), b::toString);
              b.streams().forEach(s -> assertEquals(Money.zero(), s.weekly()));
            });
  }

  @Test
  void oneStreamOpenToAnyoneThatFundsEveryDomainPricesExactlyAsNoStreams() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.cases())
        .checkAssert(
            c -> {
              RuleSet plain = c.rules.withStreams(List.of()).withPools(List.of())
                  .withDomains(c.rules.domains().stream().map(d -> d.withFunding(List.of())).toList());
              StreamId all = StreamId.of("all");
              RuleSet oneStream =
                  plain
                      .withStreams(FundingStream.builder().id(all).name("All").build())
                      .withDomains(
                          plain.domains().stream()
                              .map(d -> d.withFunding(StreamShare.builder().stream(all).build()))
                              .toList());
              Budget whole = Calculator.compile(plain).allocate(c.assessment, Detail.FIGURES);
              Budget shared = Calculator.compile(oneStream).allocate(c.assessment, Detail.FIGURES);
              assertEquals(whole.weekly(), shared.weekly(), () -> whole + " / " + shared);
              assertEquals(whole.annual(), shared.annual());
              assertEquals(whole.flags(), shared.flags());
              assertEquals(whole.weekly(), shared.streams().get(0).weekly());
            });
  }

  /** Every question gets an extra option "none" worth 0 points. */
  private static RuleSet withANoneOption(RuleSet rules) {
    List<Domain> domains = new ArrayList<>();
    for (Domain d : rules.domains()) {
      List<Question> questions = new ArrayList<>();
      for (Question q : d.questions()) {
        List<AnswerOption> options = new ArrayList<>(q.options());
        options.add(AnswerOption.builder().id(OptionId.of("none")).label("None").points(0).build());
        questions.add(q.withOptions(options));
      }
      domains.add(d.withQuestions(questions));
    }
    return rules.withDomains(domains);
  }

  /** The assessment with every domain question answered "none" (informal support as it was). */
  private static Assessment answeredNone(RuleSet rules, Assessment assessment) {
    Assessment.Builder a =
        Assessment.builder(assessment.person().value())
            .eligibility(assessment.eligibility())
            .contribution(assessment.contribution());
    for (Domain d : rules.domains()) {
      for (Question q : d.questions()) {
        a.answer(q.id().value(), "none");
      }
    }
    rules
        .informalSupport()
        .ifPresent(
            i -> {
              OptionId chosen = assessment.answers().get(i.question());
              if (chosen != null) {
                a.answer(i.question().value(), chosen.value());
              }
            });
    return a.build();
  }

}
