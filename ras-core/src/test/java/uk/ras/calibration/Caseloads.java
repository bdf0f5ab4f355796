package uk.ras.calibration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.PricingMethod;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;

/** Small caseloads and rule sets for calibration tests. */
final class Caseloads {
  static final List<DomainId> ONE_DOMAIN = List.of(DomainId.of("need"));

  private Caseloads() {}

  /**
   * Nine older people at exactly £10 a point (points 1 to 9) and one transition person at £50 for 1 point,
   * fitted through the origin: b = (Σ i·10i + 50) / (Σ i² + 1) = (2850 + 50) / 286 = 2900/286.
   */
  static PointsFit nineOlderPeopleAndOneTransition() {
    CostAccumulator acc = CostAccumulator.forDomains(ONE_DOMAIN);
    for (int i = 1; i <= 9; i++) {
      acc.add(person(i, ClientGroup.OLDER_PEOPLE, i, i * 1000L));
    }
    acc.add(person(10, ClientGroup.TRANSITION, 1, 5000));
    return acc.snapshot().fit(FitModel.THROUGH_ORIGIN);
  }

  static PersonCost person(int i, ClientGroup group, int points, long currentPence) {
    return new PersonCost(PersonId.of("P" + i), group, points, List.of(points), Money.ofPence(currentPence));
  }

  /** People with these totals and current weekly costs in pence, all in one client group. */
  static CostSample sample(int[] points, long[] pence) {
    CostAccumulator acc = CostAccumulator.forDomains(ONE_DOMAIN);
    for (int i = 0; i < points.length; i++) {
      acc.add(person(i, ClientGroup.MENTAL_HEALTH, points[i], pence[i]));
    }
    return acc.snapshot();
  }

  static CostSample sample(List<Integer> points, List<Long> pence) {
    CostAccumulator acc = CostAccumulator.forDomains(ONE_DOMAIN);
    for (int i = 0; i < points.size(); i++) {
      acc.add(person(i, ClientGroup.values()[i % 5], points.get(i), pence.get(i)));
    }
    return acc.snapshot();
  }

  /** One domain, one question whose options score 0 to {@code maxPoints}; 52 weeks, HALF_UP. */
  static RuleSet rules(int maxPoints, PricingMethod method) {
    List<AnswerOption> options = new ArrayList<>();
    for (int p = 0; p <= maxPoints; p++) {
      options.add(AnswerOption.builder().id(OptionId.of("o" + p)).label(p + " points").points(p).build());
    }
    return RuleSet.builder()
        .id("calibrate")
        .name("Calibration test")
        .version("1")
        .effectiveFrom(LocalDate.of(2026, 4, 1))
        .addDomains(Domain.builder().id(DomainId.of("need")).name("Need")
            .addQuestions(Question.builder().id(QuestionId.of("q")).text("Need?").addAllOptions(options).build())
            .build())
        .pricing(Pricing.builder().method(method).build())
        .build();
  }

  static PricingMethod price(String pounds) {
    return PricePerPoint.of(new BigDecimal(pounds));
  }
}
