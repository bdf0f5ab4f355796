package uk.ras.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.Eligibility;
import uk.ras.costing.Rates;
import uk.ras.money.Money;
import uk.ras.plan.HeldBy;
import uk.ras.plan.PlanCheck;
import uk.ras.plan.PlanItem;
import uk.ras.plan.SupportPlan;
import uk.ras.plan.Willingness;
import uk.ras.rules.RuleSetReader;
import uk.ras.rules.costing.CostingReader;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.RuleSet;

/**
 * Three of the support-plan scenarios of issue 21 (ras-core's PlanScenarios, worked by hand in
 * SupportPlanTest), built here through the public API from the bundled files: the Northshire rules 2026.1
 * ({@code northshire-mh-2026.yaml}) and the bundled rates ({@code costing/rates.yaml}, whose 2026/27 version
 * declares a personal assistant's employer costs). Every plan is checked on 1 June 2026.
 */
final class LetterScenarios {
  static final LocalDate DATE = LocalDate.of(2026, 6, 1);
  static final RuleSet RULES = rules();
  static final Rates RATES = rates();
  private static final Calculator CALCULATOR = Calculator.compile(RULES);

  static final DomainId PERSONAL_CARE = DomainId.of("personal_care");
  static final DomainId EATING_DRINKING = DomainId.of("eating_drinking");
  static final DomainId DAILY_LIVING = DomainId.of("daily_living");
  static final DomainId HOUSING = DomainId.of("housing");
  static final DomainId SAFETY = DomainId.of("safety");
  static final DomainId FINANCES = DomainId.of("finances");
  static final DomainId WELLBEING = DomainId.of("wellbeing");
  static final DomainId COMMUNITY = DomainId.of("community");

  private LetterScenarios() {}

  private static InputStream resource(String name) {
    InputStream in = LetterScenarios.class.getResourceAsStream("/uk/ras/examples/" + name);
    if (in == null) {
      throw new IllegalStateException("bundled resource missing: " + name);
    }
    return in;
  }

  private static RuleSet rules() {
    try (InputStream in = resource("northshire-mh-2026.yaml")) {
      return RuleSetReader.create().read("northshire-mh-2026.yaml", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Rates rates() {
    try (InputStream in = resource("costing/rates.yaml")) {
      return CostingReader.create().readRates("rates.yaml", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Eligible for social care (FACS substantial); answers in pairs question, option; the rest no help. */
  private static Assessment assessed(String person, Money contribution, String... answers) {
    Assessment.Builder b = Assessment.builder(person).date(DATE);
    List<String> all =
        List.of("pc_wash", "pc_dress", "pc_toilet", "ed_meals", "ed_eat", "dl_home", "dl_shop", "dl_medication",
            "hs_tenancy", "hs_bills", "sf_home", "sf_risk", "fn_budget", "fn_benefits", "wb_mental", "wb_routine",
            "cm_relationships", "cm_transport", "wl_work");
    for (String q : all) {
      String answer = "no_help";
      for (int i = 0; i < answers.length; i += 2) {
        if (answers[i].equals(q)) {
          answer = answers[i + 1];
        }
      }
      b.answer(q, answer);
    }
    b.answer("informal_support", "none");
    return b.eligibility(Eligibility.of(FacsBand.SUBSTANTIAL, null)).contribution(contribution).build();
  }

  private static PlanCheck check(Assessment a, List<PlanItem> items) {
    return SupportPlan.of(a.person(), items).check(CALCULATOR.allocate(a, Detail.EXPLAINED), RULES, RATES, DATE);
  }

  /**
   * S1: 49 points, indicative £225.76 a week; her mother employs a personal assistant through a direct
   * payment, a provider holds the core support and tenancy hours as an ISF, her brother's outings are unpaid.
   * The plan costs £200.41 a week: within.
   */
  static PlanCheck familyPaAndCoreSupport() {
    Assessment a =
        assessed("S1", Money.parse("20.00"),
            "pc_wash", "some_help", "pc_dress", "some_help", "pc_toilet", "prompting",
            "ed_meals", "some_help", "ed_eat", "prompting",
            "dl_home", "some_help", "dl_shop", "some_help", "dl_medication", "all_tasks",
            "hs_tenancy", "some_help", "hs_bills", "some_help",
            "sf_home", "some_help", "sf_risk", "all_tasks",
            "fn_budget", "some_help", "fn_benefits", "some_help",
            "wb_mental", "all_tasks", "wb_routine", "some_help",
            "cm_relationships", "some_help", "cm_transport", "some_help",
            "wl_work", "prompting");
    HeldBy hillside = HeldBy.isf("Hillside Housing Support");
    return check(a, List.of(
        PlanItem.providerQuote("Core support (share of the house's sleep-in and day cover)", List.of(SAFETY, HOUSING),
            hillside, Money.parse("60.00")),
        PlanItem.personalAssistant("Personal assistant (employed by her mother)", List.of(PERSONAL_CARE, EATING_DRINKING),
            "Mary S (mother), a specified amount under the family's control", new BigDecimal("6"), Money.parse("13.00"), true),
        PlanItem.providerHours("Tenancy and money support", List.of(FINANCES, DAILY_LIVING), hillside, "support-worker",
            Optional.empty(), new BigDecimal("2"), 1),
        PlanItem.unpaid("Sunday outings", List.of(COMMUNITY, WELLBEING), "brother, Tom", Willingness.WILLING_AND_ABLE)));
  }

  /** S3: 10 points, indicative £46.07; a greenhouse over three years; a friend not yet confirmed. */
  static PlanCheck greenhouse() {
    Assessment a =
        assessed("S3", Money.zero(),
            "wb_mental", "all_tasks", "wb_routine", "some_help",
            "cm_relationships", "some_help", "cm_transport", "prompting",
            "dl_home", "prompting");
    HeldBy own = HeldBy.directPayment("S3");
    return check(a, List.of(
        PlanItem.oneOffOverYears("Greenhouse", List.of(WELLBEING), own, Money.parse("1000.00"), 3),
        PlanItem.providerHours("Support worker", List.of(WELLBEING), own, "support-worker", Optional.empty(),
            new BigDecimal("1"), 1),
        PlanItem.unpaid("Allotment society visits", List.of(COMMUNITY), "friend, Jo", Willingness.NOT_CONFIRMED)));
  }

  /**
   * S4: 40 points, indicative £184.29; a 20-hour personal assistant, evening support and telecare the
   * council manages: £431.56 a week, above, referred to the panel.
   */
  static PlanCheck aboveIndicative() {
    return aboveIndicative("Personal assistant", "S4");
  }

  /** S4's plan with the personal assistant's name and employer as given (such as a hostile name). */
  static PlanCheck aboveIndicative(String assistant, String employer) {
    Assessment a =
        assessed("S4", Money.parse("35.00"),
            "pc_wash", "all_tasks", "pc_dress", "all_tasks", "pc_toilet", "some_help",
            "ed_meals", "all_tasks", "ed_eat", "some_help",
            "dl_home", "all_tasks", "dl_shop", "some_help", "dl_medication", "all_tasks",
            "sf_home", "some_help", "sf_risk", "some_help");
    return check(a, List.of(
        PlanItem.personalAssistant(assistant, List.of(PERSONAL_CARE, EATING_DRINKING), employer, new BigDecimal("20"),
            Money.parse("13.00"), false),
        PlanItem.providerHours("Evening support", List.of(DAILY_LIVING, SAFETY), HeldBy.council(), "support-worker",
            Optional.of("evening"), new BigDecimal("4"), 1),
        PlanItem.technologyRental("Telecare", List.of(SAFETY), HeldBy.council(), Money.parse("4.50"))));
  }
}
