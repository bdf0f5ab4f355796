package uk.ras.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.AssessmentProblem;
import uk.ras.assessment.InvalidAssessmentException;
import uk.ras.assessment.PractitionerAttribution;
import uk.ras.funding.StreamAttribution;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSetValidator;

/**
 * A practitioner's attribution of one person's need: what must hold whatever the practitioner chooses
 * among the streams the rule set allows (and the person is eligible for), under every pricing method,
 * with contingency, floors and ceilings of both policies. These were written before the attribution
 * itself: a previous attempt at per-answer attribution was falsified by the second.
 */
class PractitionerAttributionProperties {
  private static final int EXAMPLES = 400;

  @Test
  void generatedRuleSetsWithChoicesAreValid() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.casesWithChoices(-1))
        .checkAssert(c -> assertEquals(List.of(), RuleSetValidator.validate(c.rules), c::toString));
  }

  @Test
  void moreNeedNeverMeansLessMoneyWhateverThePractitionersChoice() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.casesWithChoices(-1))
        .checkAssert(
            c -> {
              Calculator calculator = Calculator.compile(c.rules);
              Budget base = calculator.allocate(c.assessment, Detail.FIGURES);
              for (Assessment more : moreNeed(c)) {
                Budget raised = calculator.allocate(more, Detail.FIGURES);
                assertFalse(raised.weekly().isLessThan(base.weekly()), () -> "weekly fell: " + base + " -> " + raised + "\n" + c);
                assertFalse(raised.annual().isLessThan(base.annual()), () -> "annual fell\n" + c);
              }
            });
  }

  @Test
  void aPractitionersChoiceNeverLowersTheBudgetBelowTheDefaultsWhenNeedRises() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.casesWithChoices(-1))
        .checkAssert(
            c -> {
              Calculator calculator = Calculator.compile(c.rules);
              Budget byDefault = calculator.allocate(c.assessment.withAttributions(Map.of()), Detail.FIGURES);
              List<Assessment> asMuchOrMore = new ArrayList<>(moreNeed(c));
              asMuchOrMore.add(c.assessment);
              for (Assessment more : asMuchOrMore) {
                Budget chosen = calculator.allocate(more, Detail.FIGURES);
                assertFalse(
                    chosen.weekly().isLessThan(byDefault.weekly()),
                    () -> "below the default: " + byDefault + " -> " + chosen + "\n" + c);
                assertFalse(chosen.annual().isLessThan(byDefault.annual()), () -> "annual below the default\n" + c);
              }
            });
  }

  @Test
  void aChosenDomainsPointsGoToTheChosenStreamsInTheChosenSharesAndTheExplanationSaysSo() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.casesWithChoices(-1))
        .checkAssert(
            c -> {
              Budget b = Calculator.compile(c.rules).allocate(c.assessment);
              List<StreamAttribution> attributions = b.explanation().orElseThrow().attributions();
              for (int d = 0; d < c.rules.domains().size(); d++) {
                DomainId domain = c.rules.domains().get(d).id();
                PractitionerAttribution chosen = c.assessment.attributions().get(domain);
                List<StreamAttribution> ofDomain =
                    attributions.stream().filter(a -> a.domain().equals(domain)).toList();
                if (chosen == null) {
                  assertTrue(ofDomain.stream().noneMatch(StreamAttribution::practitionerDecision));
                  continue;
                }
                assertEquals(List.copyOf(chosen.shares().keySet()), ofDomain.stream().map(StreamAttribution::stream).toList());
                int points = b.domains().get(d).points();
                for (StreamAttribution a : ofDomain) {
                  assertTrue(a.practitionerDecision());
                  assertEquals(a.stream(), a.paidBy().orElseThrow());
                  assertTrue(a.reason().contains("a practitioner's decision"), a.reason());
                  BigDecimal expected = BigDecimal.valueOf(points).multiply(chosen.shares().get(a.stream())).movePointLeft(2);
                  assertEquals(0, expected.compareTo(a.points()), a::toString);
                }
              }
              // Nothing is lost: the streams' points and the unfunded ones are the domains' points.
              BigDecimal funded =
                  b.streams().stream().map(s -> s.points()).reduce(BigDecimal.ZERO, BigDecimal::add);
              assertEquals(0, BigDecimal.valueOf(b.totalPoints()).compareTo(funded.add(b.unfundedPoints())));
            });
  }

  @Test
  void aChoiceOfAStreamNotAllowedOrNotEligibleIsRefusedAtItsDomain() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.casesWithChoices(-1))
        .checkAssert(
            c -> {
              Calculator calculator = Calculator.compile(c.rules);
              Domain domain = c.rules.domains().get(c.pick % c.rules.domains().size());
              FundingStream stream = c.rules.streams().get((c.pick / 7) % c.rules.streams().size());
              boolean allowed = domain.practitionerChoice().contains(stream.id());
              boolean eligible = Generated.eligibleFor(c.rules, c.assessment.eligibility(), stream);
              Map<DomainId, PractitionerAttribution> attributions = new LinkedHashMap<>(c.assessment.attributions());
              attributions.put(domain.id(), PractitionerAttribution.whole(stream.id()));
              Assessment a = c.assessment.withAttributions(attributions);
              if (allowed && eligible) {
                assertEquals(c.rules.label(), calculator.allocate(a, Detail.FIGURES).ruleSetLabel());
                return;
              }
              InvalidAssessmentException e =
                  assertThrows(InvalidAssessmentException.class, () -> calculator.encode(a));
              AssessmentProblem p = e.problems().get(0);
              assertEquals(domain.id(), p.domain().orElseThrow());
              assertEquals(
                  allowed ? AssessmentProblem.Kind.NOT_ELIGIBLE_FOR_STREAM : AssessmentProblem.Kind.STREAM_NOT_ALLOWED,
                  p.kind(),
                  p.message());
              assertTrue(p.message().contains("'" + domain.id() + "'"), p.message());
              assertTrue(p.message().contains(stream.id().value()), p.message());
            });
  }

  /** The assessment with one answer raised to each option that scores at least as many points. */
  static List<Assessment> moreNeed(Generated.Case c) {
    List<Question> questions = c.rules.domains().stream().flatMap(d -> d.questions().stream()).toList();
    Question q = questions.get(c.pick % questions.size());
    OptionId before = c.assessment.answers().get(q.id());
    int beforePoints =
        before == null
            ? 0
            : q.options().stream().filter(o -> o.id().equals(before)).mapToInt(AnswerOption::points).findFirst().orElseThrow();
    List<Assessment> more = new ArrayList<>();
    for (AnswerOption higher : q.options()) {
      if (higher.points() >= beforePoints) {
        Map<QuestionId, OptionId> answers = new LinkedHashMap<>(c.assessment.answers());
        answers.put(q.id(), higher.id());
        more.add(c.assessment.withAnswers(answers));
      }
    }
    return more;
  }
}
