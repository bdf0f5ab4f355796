package uk.ras.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.Eligibility;
import uk.ras.money.Money;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FacsBand;

/**
 * Support plans generated from a seed, under {@link PlanScenarios}' rules and rates: any answers, either
 * eligibility (so some need falls to an {@code otherwise} stream or to none), any contribution, and one
 * to twelve items of every kind, each meeting one to four needs and held by one of a few holders.
 */
final class GeneratedPlans {
  private static final List<String> QUESTIONS =
      List.of("pc_wash", "pc_dress", "pc_toilet", "ed_meals", "ed_eat", "dl_home", "dl_shop", "dl_medication",
          "sf_home", "sf_risk");
  private static final List<String> SUPPORT_QUESTIONS =
      List.of("hs_tenancy", "hs_bills", "fn_budget", "fn_benefits", "wb_mental", "wb_routine", "cm_relationships", "cm_transport", "wl_work");
  private static final List<String> HANDS_ON = List.of("no_help", "prompting", "some_help", "all_tasks", "two_carers");
  private static final List<String> SUPPORT = List.of("no_help", "prompting", "some_help", "all_tasks");
  static final List<DomainId> DOMAINS =
      List.of(PlanScenarios.PERSONAL_CARE, PlanScenarios.EATING_DRINKING, PlanScenarios.DAILY_LIVING, PlanScenarios.HOUSING,
          PlanScenarios.SAFETY, PlanScenarios.FINANCES, PlanScenarios.WELLBEING, PlanScenarios.COMMUNITY, PlanScenarios.WORK_LEARNING);
  private static final List<HeldBy> HOLDERS =
      List.of(HeldBy.directPayment("P"), HeldBy.directPayment("P's sister"), HeldBy.isf("Hillside"), HeldBy.isf("Riverside"), HeldBy.council());

  private GeneratedPlans() {}

  static PlanScenarios.Scenario scenario(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> answers = new ArrayList<>();
    for (String q : QUESTIONS) {
      answers.add(q);
      answers.add(HANDS_ON.get(r.nextInt(HANDS_ON.size())));
    }
    for (String q : SUPPORT_QUESTIONS) {
      answers.add(q);
      answers.add(SUPPORT.get(r.nextInt(SUPPORT.size())));
    }
    Assessment a = PlanScenarios.assessed("P", Money.ofPence(r.nextInt(10_000)), answers.toArray(String[]::new));
    if (r.nextBoolean()) {
      a = a.withEligibility(Eligibility.of(FacsBand.MODERATE, null));
    }
    int n = 1 + r.nextInt(12);
    List<PlanItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(item(r, "item " + i));
    }
    return new PlanScenarios.Scenario(a, SupportPlan.of(a.person(), items));
  }

  static List<DomainId> needs(SplittableRandom r) {
    List<DomainId> pool = new ArrayList<>(DOMAINS);
    List<DomainId> needs = new ArrayList<>();
    int k = 1 + r.nextInt(4);
    for (int i = 0; i < k; i++) {
      needs.add(pool.remove(r.nextInt(pool.size())));
    }
    return needs;
  }

  static PlanItem unpaid(SplittableRandom r, String name) {
    return PlanItem.unpaid(name, needs(r), "neighbour", Willingness.values()[r.nextInt(Willingness.values().length)]);
  }

  private static BigDecimal hours(SplittableRandom r) {
    return BigDecimal.valueOf(r.nextInt(4000), 2);
  }

  private static Money amount(SplittableRandom r, int maxPence) {
    return Money.ofPence(r.nextInt(maxPence));
  }

  static PlanItem item(SplittableRandom r, String name) {
    List<DomainId> needs = needs(r);
    HeldBy held = HOLDERS.get(r.nextInt(HOLDERS.size()));
    switch (r.nextInt(9)) {
      case 0:
        List<String> bands = List.of("weekday-day", "evening", "weekend", "bank-holiday", "night");
        return PlanItem.providerHours(name, needs, held, r.nextBoolean() ? "support-worker" : "senior-support-worker",
            r.nextBoolean() ? Optional.empty() : Optional.of(bands.get(r.nextInt(bands.size()))), hours(r), 1 + r.nextInt(3));
      case 1:
        return PlanItem.providerQuote(name, needs, held, amount(r, 100_000));
      case 2:
        return PlanItem.personalAssistant(name, needs, r.nextBoolean() ? "P" : "P's mother", hours(r),
            Money.ofPence(1_000 + r.nextInt(2_000)), r.nextBoolean());
      case 3:
        return PlanItem.technologyRental(name, needs, held, amount(r, 5_000));
      case 4:
        return PlanItem.technologyPurchase(name, needs, held, amount(r, 1_000_000), 1 + r.nextInt(10));
      case 5:
        return PlanItem.oneOffOverYears(name, needs, held, amount(r, 1_000_000), 1 + r.nextInt(50));
      case 6:
        return PlanItem.oneOffInYear(name, needs, held, amount(r, 1_000_000));
      case 7:
        return PlanItem.transport(name, needs, held, amount(r, 10_000));
      default:
        return unpaid(r, name);
    }
  }
}
