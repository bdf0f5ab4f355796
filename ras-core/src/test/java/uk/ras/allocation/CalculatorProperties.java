package uk.ras.allocation;

import uk.ras.pricing.AmountStep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.assessment.Assessment;
import uk.ras.money.Money;
import uk.ras.ruleset.Band;
import uk.ras.ruleset.Banding;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.InformalSupport;
import uk.ras.ruleset.InformalSupportOption;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.RuleSetValidator;

/**
 * What must hold for every valid rule set and every assessment that fits it. QuickTheories reports the
 * seed of a falsified property; replay it with {@code qt().withFixedSeed(seed)}.
 */
class CalculatorProperties {
  private static final int EXAMPLES = 400;

  @Test
  void generatedRuleSetsAreValid() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.ruleSets())
        .checkAssert(rules -> assertEquals(List.of(), RuleSetValidator.validate(rules)));
  }

  @Test
  void raisingAnAnswerToAnOptionWithMorePointsNeverLowersTheBudget() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.cases())
        .checkAssert(
            c -> {
              Calculator calculator = Calculator.compile(c.rules);
              List<Question> questions =
                  c.rules.domains().stream().flatMap(d -> d.questions().stream()).toList();
              Question q = questions.get(c.pick % questions.size());
              OptionId before = c.assessment.answers().get(q.id());
              int beforePoints = before == null ? 0 : pointsOf(q, before);
              Budget base = calculator.allocate(c.assessment, Detail.FIGURES);
              for (AnswerOption higher : q.options()) {
                if (higher.points() >= beforePoints) {
                  Budget raised = calculator.allocate(withAnswer(c.assessment, q.id(), higher.id()), Detail.FIGURES);
                  assertTrue(raised.totalPoints() >= base.totalPoints(), "points fell");
                  assertFalse(raised.weekly().isLessThan(base.weekly()), () -> "weekly fell: " + base + " -> " + raised);
                  assertFalse(raised.annual().isLessThan(base.annual()), "annual fell");
                }
              }
            });
  }

  @Test
  void moreInformalSupportNeverRaisesTheBudget() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.casesWithInformalSupport())
        .checkAssert(
            c -> {
              Calculator calculator = Calculator.compile(c.rules);
              List<InformalSupportOption> options = c.rules.informalSupport().get().options();
              QuestionId question = c.rules.informalSupport().get().question();
              for (InformalSupportOption a : options) {
                for (InformalSupportOption b : options) {
                  if (a.share().compareTo(b.share()) <= 0) {
                    Budget less = calculator.allocate(withAnswer(c.assessment, question, a.id()), Detail.FIGURES);
                    Budget more = calculator.allocate(withAnswer(c.assessment, question, b.id()), Detail.FIGURES);
                    assertFalse(more.weekly().isGreaterThan(less.weekly()));
                    assertTrue(more.totalPoints() <= less.totalPoints());
                  }
                }
              }
            });
  }

  @Test
  void theAllocationFreeFiguresAgreeWithTheBudget() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.cases())
        .checkAssert(
            c -> {
              Calculator calculator = Calculator.compile(c.rules);
              AnswerSheet sheet = calculator.encode(c.assessment);
              Budget budget = calculator.allocate(sheet, Detail.FIGURES);
              assertEquals(budget.totalPoints(), calculator.totalPoints(sheet));
              assertEquals(budget.weekly(), calculator.weekly(sheet));
              // A figures-only budget works its domains out again on request: they must be the
              // explained ones, and add up to the total.
              Explanation explained = calculator.allocate(sheet, Detail.EXPLAINED).explanation().orElseThrow();
              assertEquals(
                  explained.domains().stream().map(d -> new DomainPoints(d.domain(), d.points())).toList(),
                  budget.domains());
              assertEquals(budget.totalPoints(), budget.domains().stream().mapToInt(DomainPoints::points).sum());
            });
  }

  @Test
  void sameInputGivesTheSameOutput() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.cases())
        .checkAssert(
            c -> {
              Budget first = Calculator.compile(c.rules).allocate(c.assessment);
              Budget again = Calculator.compile(c.rules).allocate(c.assessment);
              assertEquals(first, again);
              assertEquals(first.explanation(), again.explanation());
              assertEquals(first, Calculator.compile(c.rules).allocate(c.assessment, Detail.FIGURES));
            });
  }

  @Test
  void theExplanationsFiguresAlwaysAddUpToTheResult() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.cases())
        .checkAssert(
            c -> {
              Calculator calculator = Calculator.compile(c.rules);
              Budget budget = calculator.allocate(c.assessment);
              Explanation e = budget.explanation().orElseThrow();
              int total = 0;
              for (int d = 0; d < e.domains().size(); d++) {
                DomainTrace domain = e.domains().get(d);
                int raw =
                    e.answers().stream()
                        .filter(a -> a.domain().equals(domain.domain()))
                        .mapToInt(AnswerTrace::points)
                        .sum();
                assertEquals(raw, domain.rawPoints(), "raw points of " + domain.domain());
                assertEquals(
                    Math.min(raw, domain.cap().orElse(Integer.MAX_VALUE)), domain.cappedPoints());
                assertTrue(domain.points() <= domain.cappedPoints());
                BigDecimal share = informalShare(c.rules, c.assessment, domain.domain());
                assertEquals(0, share.compareTo(domain.informalShare()), "informal share of " + domain.domain());
                assertEquals(
                    BigDecimal.valueOf(domain.cappedPoints())
                        .multiply(BigDecimal.ONE.subtract(share))
                        .setScale(0, c.rules.informalSupport().map(i -> i.rounding()).orElse(java.math.RoundingMode.UNNECESSARY))
                        .intValueExact(),
                    domain.points(),
                    "points of " + domain.domain() + " after informal support");
                assertEquals(budget.domains().get(d).points(), domain.points());
                total += domain.points();
              }
              assertEquals(total, e.totalPoints());
              assertEquals(total, budget.totalPoints());
              Money sum = Money.total(e.steps().stream().map(AmountStep::change).toList());
              assertEquals(budget.weekly(), sum, "steps add up to the weekly amount");
              assertEquals(budget.weekly(), e.steps().get(e.steps().size() - 1).amount());
              assertEquals(
                  c.rules.weeksPerYear().annual(budget.weekly(), c.rules.rounding()), budget.annual());
              assertEquals(budget.annual(), e.annual());
              int answered = e.answers().size() + e.unanswered().size();
              assertEquals(
                  c.rules.domains().stream().mapToInt(d -> d.questions().size()).sum(), answered);
            });
  }

  /**
   * The informal-support share of the chosen option that applies to a domain, worked out here from the
   * rule set: 0 where it does not apply or informal support is not answered. A domain's points are then
   * {@code round(capped * (1 - share))}, worked out in decimals by the caller.
   */
  private static BigDecimal informalShare(RuleSet rules, Assessment assessment, DomainId domain) {
    InformalSupport informal = rules.informalSupport().orElse(null);
    if (informal == null
        || !(informal.appliesTo().isEmpty() || informal.appliesTo().contains(domain))
        || !assessment.answers().containsKey(informal.question())) {
      return BigDecimal.ZERO;
    }
    OptionId chosen = assessment.answers().get(informal.question());
    return informal.options().stream()
        .filter(o -> o.id().equals(chosen))
        .findFirst()
        .orElseThrow()
        .share();
  }

  @Test
  void validBandingTablesCoverEveryTotalExactlyOnce() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(Generated.ruleSets(Generated.BANDS))
        .checkAssert(
            rules -> {
              List<Band> bands = ((Banding) rules.pricing().method()).bands();
              for (int t = 0; t <= RuleSetValidator.maxTotalPoints(rules); t++) {
                int total = t;
                long containing =
                    bands.stream()
                        .filter(b -> b.from() <= total && (b.to().isEmpty() || total <= b.to().getAsInt()))
                        .count();
                assertEquals(1, containing, "bands containing " + t);
              }
            });
  }

  @Test
  void movingOneBandBoundaryMakesAGapOrOverlapThatTheValidatorRefuses() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(
            Generated.cases(Generated.BANDS))
        .checkAssert(
            c -> {
              List<Band> bands = ((Banding) c.rules.pricing().method()).bands();
              if (bands.size() < 2) {
                return; // a single open band has no boundary to move
              }
              int i = 1 + c.pick % (bands.size() - 1);
              Band moved = bands.get(i);
              int shift = (c.pick / 7) % 2 == 0 ? 1 : -1;
              Band broken = Band.of(moved.from() + shift, moved.to(), moved.weekly());
              List<Band> changed = new java.util.ArrayList<>(bands);
              changed.set(i, broken);
              RuleSet bad =
                  c.rules.withPricing(c.rules.pricing().withMethod(Banding.builder().addAllBands(changed).build()));
              assertTrue(
                  RuleSetValidator.validate(bad).stream()
                      .anyMatch(p -> p.path().startsWith("pricing.bands[" + i + "]")),
                  () -> RuleSetValidator.validate(bad).toString());
            });
  }

  @Test
  void aCalculatorGivesTheSameBudgetsWhateverTheOrderOfAssessments() {
    qt().withExamples(Examples.or(100))
        .forAll(Generated.cases())
        .checkAssert(
            c -> {
              Calculator calculator = Calculator.compile(c.rules);
              Budget alone = Calculator.compile(c.rules).allocate(c.assessment);
              // Allocate other people first, explained: a calculator must carry nothing from one allocation
              // to the next but the traces it shares, and those must be each person's own.
              for (Domain d : c.rules.domains()) {
                for (Question q : d.questions()) {
                  calculator.allocate(withAnswer(c.assessment, q.id(), q.options().get(0).id()));
                }
              }
              c.rules.informalSupport().ifPresent(informal -> informal.options().forEach(
                  o -> calculator.allocate(withAnswer(c.assessment, informal.question(), o.id()))));
              Budget after = calculator.allocate(c.assessment);
              assertEquals(alone, after);
              assertEquals(alone.explanation(), after.explanation());
            });
  }

  private static int pointsOf(Question q, OptionId option) {
    return q.options().stream().filter(o -> o.id().equals(option)).findFirst().orElseThrow().points();
  }

  private static Assessment withAnswer(Assessment a, QuestionId q, OptionId o) {
    Map<QuestionId, OptionId> answers = new LinkedHashMap<>(a.answers());
    answers.put(q, o);
    return Assessment.of(a.person(), a.date().orElse(null), answers)
        .withEligibility(a.eligibility())
        .withContribution(a.contribution());
  }
}
