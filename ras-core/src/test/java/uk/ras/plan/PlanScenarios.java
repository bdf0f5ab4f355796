package uk.ras.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.Eligibility;
import uk.ras.assessment.PersonId;
import uk.ras.costing.BuildUp;
import uk.ras.costing.EmployerCosts;
import uk.ras.costing.OnCost;
import uk.ras.costing.OverheadMethod;
import uk.ras.costing.RateVersion;
import uk.ras.costing.Rates;
import uk.ras.costing.StaffRate;
import uk.ras.costing.TimeBand;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Ceiling;
import uk.ras.ruleset.CeilingPolicy;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.InformalSupport;
import uk.ras.ruleset.InformalSupportOption;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.StreamEligibility;
import uk.ras.ruleset.StreamId;
import uk.ras.ruleset.StreamShare;

/**
 * The four bundled support-plan scenarios of issue 21, as Java, to be transcribed into the bundled YAML
 * files: the Northshire rules 2026.1 ({@code ras-examples/.../northshire-mh-2026.yaml}, domains, caps,
 * funding, pricing and streams as there; its pools do not bear on a budget and are left out) and the
 * bundled 2026/27 rates ({@code costing/rates.yaml}, the 2026/27 version) with the employer's costs of a
 * personal assistant added (docs/costing.md: 15% NI above £5,000, Employment Allowance £10,500, pension
 * 3% of £6,240 to £50,270, holiday 12.07%; liability insurance £150.00 and payroll £200.00 a year,
 * assumptions). Every plan is checked on {@link #DATE}.
 *
 * <ol>
 *   <li>{@link #familyPaAndCoreSupport()}: S1 in supported living; her mother employs a personal
 *       assistant through a direct payment (a specified amount under the family's control) alongside
 *       the provider's core support and tenancy hours held as an ISF; her brother's Sunday outings are
 *       unpaid. Within the indicative budget.
 *   <li>{@link #jointlyFunded()}: S2, re-assessed from the block contract (docs/funding.md): floating
 *       support from one provider and a named worker, paid partly by social care and partly by
 *       Supporting People. Within.
 *   <li>{@link #greenhouse()}: S3 chose a greenhouse (£1,000.00 over three years) instead of extra
 *       hours; a friend's help is not yet confirmed, so it meets no need.
 *   <li>{@link #aboveIndicative()}: S4 employs a personal assistant for 20 hours and has evening
 *       support and telecare: above the indicative figure, referred to the panel.
 * </ol>
 */
final class PlanScenarios {
  static final LocalDate DATE = LocalDate.of(2026, 6, 1);
  static final StreamId SOCIAL_CARE = StreamId.of("social_care");
  static final StreamId SUPPORTING_PEOPLE = StreamId.of("supporting_people");

  static final DomainId PERSONAL_CARE = DomainId.of("personal_care");
  static final DomainId EATING_DRINKING = DomainId.of("eating_drinking");
  static final DomainId DAILY_LIVING = DomainId.of("daily_living");
  static final DomainId HOUSING = DomainId.of("housing");
  static final DomainId SAFETY = DomainId.of("safety");
  static final DomainId FINANCES = DomainId.of("finances");
  static final DomainId WELLBEING = DomainId.of("wellbeing");
  static final DomainId COMMUNITY = DomainId.of("community");
  static final DomainId WORK_LEARNING = DomainId.of("work_learning");

  private PlanScenarios() {}

  // ---- The Northshire rules 2026.1 -------------------------------------------------------------------

  private static AnswerOption option(String id, String label, int points) {
    return AnswerOption.builder().id(OptionId.of(id)).label(label).points(points).build();
  }

  /** The five-step scale: no help 0, prompting 1, some hands-on help 3, all tasks 5, two carers 8. */
  private static Question handsOn(String id, String text) {
    return Question.builder()
        .id(QuestionId.of(id))
        .text(text)
        .addOptions(
            option("no_help", "No help needed", 0),
            option("prompting", "Prompting or reminding", 1),
            option("some_help", "Some hands-on help", 3),
            option("all_tasks", "Help with all tasks", 5),
            option("two_carers", "Two carers needed", 8))
        .build();
  }

  /** The four-step scale: no help 0, prompting 1, some support 2, support with everything 4. */
  private static Question support(String id, String text, boolean required) {
    return Question.builder()
        .id(QuestionId.of(id))
        .text(text)
        .required(required)
        .addOptions(
            option("no_help", "No help needed", 0),
            option("prompting", "Prompting or reminding", 1),
            option("some_help", "Some support", 2),
            option("all_tasks", "Support with everything", 4))
        .build();
  }

  private static StreamShare share(StreamId stream, int percent, StreamId otherwise) {
    StreamShare.Builder b = StreamShare.builder().stream(stream).share(BigDecimal.valueOf(percent));
    if (otherwise != null) {
      b.otherwise(otherwise);
    }
    return b.build();
  }

  private static Domain domain(String id, String name, int cap, List<StreamShare> funding, Question... questions) {
    return Domain.builder()
        .id(DomainId.of(id))
        .name(name)
        .cap(cap)
        .addQuestions(questions)
        .addAllFunding(funding)
        .build();
  }

  private static final RuleSet NORTHSHIRE = buildNorthshire();
  private static final Calculator CALCULATOR = Calculator.compile(NORTHSHIRE);
  private static final Rates RATES = buildRates();

  /** {@return the Northshire rules 2026.1, built once} */
  static RuleSet northshire() {
    return NORTHSHIRE;
  }

  private static RuleSet buildNorthshire() {
    StreamShare sc = share(SOCIAL_CARE, 100, null);
    StreamShare sp = share(SUPPORTING_PEOPLE, 100, null);
    return RuleSet.builder()
        .id("northshire-mh")
        .name("Northshire integrated mental-health RAS")
        .version("2026.1")
        .effectiveFrom(LocalDate.of(2026, 4, 1))
        .weeksPerYear(PeriodConversion.WEEKS_52)
        .rounding(RoundingMode.HALF_UP)
        .addDomains(
            domain("personal_care", "Personal care", 24, List.of(sc),
                handsOn("pc_wash", "Washing"), handsOn("pc_dress", "Dressing"), handsOn("pc_toilet", "Toilet needs")),
            domain("eating_drinking", "Eating and drinking", 14, List.of(sc),
                handsOn("ed_meals", "Preparing meals"), handsOn("ed_eat", "Eating and drinking enough")),
            domain("daily_living", "Daily living", 18, List.of(share(SOCIAL_CARE, 100, SUPPORTING_PEOPLE)),
                handsOn("dl_home", "Keeping the home"), handsOn("dl_shop", "Shopping"), handsOn("dl_medication", "Medication")),
            domain("housing", "Maintaining housing commitments", 12, List.of(sp),
                support("hs_tenancy", "Tenancy", true), support("hs_bills", "Bills", true)),
            domain("safety", "Safety and security", 16, List.of(sp),
                handsOn("sf_home", "Using the home safely"), handsOn("sf_risk", "Keeping safe")),
            domain("finances", "Managing finances", 10, List.of(sp),
                support("fn_budget", "Budgeting", true), support("fn_benefits", "Benefits", true)),
            domain("wellbeing", "Wellbeing", 16,
                List.of(share(SOCIAL_CARE, 50, SUPPORTING_PEOPLE), share(SUPPORTING_PEOPLE, 50, null)),
                support("wb_mental", "Mental health", true), support("wb_routine", "Routine", true)),
            domain("community", "Community and relationships", 12, List.of(sc),
                support("cm_relationships", "Relationships", true), support("cm_transport", "Community facilities", true)),
            domain("work_learning", "Work and learning", 8, List.of(sc), support("wl_work", "Work", false)))
        .informalSupport(
            InformalSupport.builder()
                .question(QuestionId.of("informal_support"))
                .text("How much do family and friends meet?")
                .addAppliesTo(PERSONAL_CARE, EATING_DRINKING, DAILY_LIVING, HOUSING, FINANCES)
                .addOptions(
                    InformalSupportOption.builder().id(OptionId.of("none")).label("None").share(BigDecimal.ZERO).build(),
                    InformalSupportOption.builder().id(OptionId.of("about_half")).label("About half").share(new BigDecimal("0.5")).build())
                .build())
        .pricing(
            Pricing.builder()
                .method(PricePerPoint.of(new BigDecimal("4.85")))
                .contingencyPercent(BigDecimal.valueOf(5))
                .floor(Money.parse("45.00"))
                .ceiling(Ceiling.of(Money.parse("420.00"), CeilingPolicy.REFER))
                .build())
        .addStreams(
            FundingStream.builder()
                .id(SOCIAL_CARE)
                .name("Adult social care")
                .eligibility(StreamEligibility.requiring(FacsBand.SUBSTANTIAL, true))
                .annualEnvelope(Money.parse("1200000.00"))
                .build(),
            FundingStream.builder()
                .id(SUPPORTING_PEOPLE)
                .name("Supporting People")
                .annualEnvelope(Money.parse("950000.00"))
                .build())
        .build();
  }

  // ---- The bundled 2026/27 rates, with a personal assistant's employer costs --------------------------

  static EmployerCosts employerCosts() {
    return EmployerCosts.builder()
        .holiday(new BigDecimal("12.07"))
        .nationalInsurance(new BigDecimal("15"), Money.parse("5000.00"), Money.parse("10500.00"))
        .pension(new BigDecimal("3"), Money.parse("6240.00"), Money.parse("50270.00"))
        .liabilityInsurance(Money.parse("150.00"))
        .payroll(Money.parse("200.00"))
        .build();
  }

  static RateVersion.Builder version2026() {
    List<OnCost> onCosts = new ArrayList<>();
    onCosts.add(new OnCost("holiday (5.6 weeks)", new BigDecimal("12.07")));
    onCosts.add(new OnCost("employer pension", new BigDecimal("3")));
    onCosts.add(new OnCost("employer NI (15% above £5,000 a year; 37.5-hour week)", new BigDecimal("11.97")));
    onCosts.add(new OnCost("sickness (statutory sick pay from the first day)", new BigDecimal("2")));
    onCosts.add(new OnCost("training", new BigDecimal("2")));
    List<OnCost> senior = new ArrayList<>(onCosts);
    senior.set(2, new OnCost("employer NI (15% above £5,000 a year; 37.5-hour week)", new BigDecimal("12.15")));
    return RateVersion.builder()
        .inForce(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))
        .addStaff(StaffRate.builtUp("support-worker",
            BuildUp.of(Money.parse("12.71"), onCosts, BigDecimal.valueOf(25), BigDecimal.valueOf(3), OverheadMethod.MARGIN)))
        .addStaff(StaffRate.builtUp("senior-support-worker",
            BuildUp.of(Money.parse("13.50"), senior, BigDecimal.valueOf(25), BigDecimal.valueOf(3), OverheadMethod.MARGIN)))
        .addBand(TimeBand.multiplier("weekday-day", BigDecimal.ONE))
        .addBand(TimeBand.plus("evening", Money.parse("0.50")))
        .addBand(TimeBand.multiplier("weekend", new BigDecimal("1.1")))
        .addBand(TimeBand.multiplier("bank-holiday", new BigDecimal("1.5")))
        .addBand(TimeBand.plus("night", Money.parse("1.00")))
        .sleepIn(Money.parse("95.00"))
        .wakingNight("support-worker", Optional.of("night"))
        .addSession("day-centre", Money.parse("52.00"))
        .mileage(Money.parse("0.45"));
  }

  static Rates rates() {
    return RATES;
  }

  private static Rates buildRates() {
    return Rates.of("Example council supported living", RoundingMode.HALF_UP, PeriodConversion.WEEKS_52,
        List.of(version2026().employerCosts(employerCosts()).build()));
  }

  /** The same rates without the employer-cost block. */
  static Rates ratesWithoutEmployerCosts() {
    return Rates.of("Example council supported living", RoundingMode.HALF_UP, PeriodConversion.WEEKS_52,
        List.of(version2026().build()));
  }

  // ---- People ------------------------------------------------------------------------------------

  /** Eligible for social care (FACS substantial); answers in pairs question, option; the rest no help. */
  static Assessment assessed(String person, Money contribution, String... answers) {
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

  static Budget indicative(Assessment a) {
    return CALCULATOR.allocate(a, Detail.EXPLAINED);
  }

  /** A scenario: its assessment and its plan. */
  record Scenario(Assessment assessment, SupportPlan plan) {
    Budget indicative() {
      return PlanScenarios.indicative(assessment);
    }

    PlanCheck check() {
      return plan.check(indicative(), northshire(), rates(), DATE);
    }
  }

  private static BigDecimal hours(String h) {
    return new BigDecimal(h);
  }

  /** S1: 49 points; a family-employed PA, core support and tenancy hours from one provider; within. */
  static Scenario familyPaAndCoreSupport() {
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
    SupportPlan plan =
        SupportPlan.of(
            a.person(),
            List.of(
                PlanItem.providerQuote("Core support (share of the house's sleep-in and day cover)", List.of(SAFETY, HOUSING), hillside, Money.parse("60.00")),
                PlanItem.personalAssistant("Personal assistant (employed by her mother)", List.of(PERSONAL_CARE, EATING_DRINKING),
                    "Mary S (mother), a specified amount under the family's control", hours("6"), Money.parse("13.00"), true),
                PlanItem.providerHours("Tenancy and money support", List.of(FINANCES, DAILY_LIVING), hillside, "support-worker", Optional.empty(), hours("2"), 1),
                PlanItem.unpaid("Sunday outings", List.of(COMMUNITY, WELLBEING), "brother, Tom", Willingness.WILLING_AND_ABLE)));
    return new Scenario(a, plan);
  }

  /** S2: 17 points of housing-related and daily-living need; floating support from one provider. */
  static Scenario jointlyFunded() {
    Assessment a =
        assessed("S2", Money.zero(),
            "dl_home", "some_help", "dl_shop", "prompting", "dl_medication", "prompting",
            "hs_tenancy", "all_tasks", "hs_bills", "some_help",
            "fn_budget", "some_help", "fn_benefits", "prompting",
            "wb_mental", "some_help", "wb_routine", "prompting");
    HeldBy riverside = HeldBy.isf("Riverside Floating Support");
    SupportPlan plan =
        SupportPlan.of(
            a.person(),
            List.of(
                PlanItem.providerHours("Floating support with Sam (named worker)", List.of(DAILY_LIVING, HOUSING, FINANCES), riverside,
                    "support-worker", Optional.empty(), hours("2"), 1),
                PlanItem.providerHours("Weekend check-in with Sam", List.of(WELLBEING), riverside, "support-worker", Optional.of("weekend"), hours("1"), 1)));
    return new Scenario(a, plan);
  }

  /** S3: 10 points; a greenhouse over three years instead of extra hours; a friend not yet confirmed. */
  static Scenario greenhouse() {
    Assessment a =
        assessed("S3", Money.zero(),
            "wb_mental", "all_tasks", "wb_routine", "some_help",
            "cm_relationships", "some_help", "cm_transport", "prompting",
            "dl_home", "prompting");
    HeldBy own = HeldBy.directPayment("S3");
    SupportPlan plan =
        SupportPlan.of(
            a.person(),
            List.of(
                PlanItem.oneOffOverYears("Greenhouse", List.of(WELLBEING), own, Money.parse("1000.00"), 3),
                PlanItem.providerHours("Support worker", List.of(WELLBEING), own, "support-worker", Optional.empty(), hours("1"), 1),
                PlanItem.unpaid("Allotment society visits", List.of(COMMUNITY), "friend, Jo", Willingness.NOT_CONFIRMED)));
    return new Scenario(a, plan);
  }

  /** S4: 40 points; a 20-hour personal assistant, evening support and telecare; above, to the panel. */
  static Scenario aboveIndicative() {
    Assessment a =
        assessed("S4", Money.parse("35.00"),
            "pc_wash", "all_tasks", "pc_dress", "all_tasks", "pc_toilet", "some_help",
            "ed_meals", "all_tasks", "ed_eat", "some_help",
            "dl_home", "all_tasks", "dl_shop", "some_help", "dl_medication", "all_tasks",
            "sf_home", "some_help", "sf_risk", "some_help");
    SupportPlan plan =
        SupportPlan.of(
            a.person(),
            List.of(
                PlanItem.personalAssistant("Personal assistant", List.of(PERSONAL_CARE, EATING_DRINKING), "S4", hours("20"), Money.parse("13.00"), false),
                PlanItem.providerHours("Evening support", List.of(DAILY_LIVING, SAFETY), HeldBy.council(), "support-worker", Optional.of("evening"), hours("4"), 1),
                PlanItem.technologyRental("Telecare", List.of(SAFETY), HeldBy.council(), Money.parse("4.50"))));
    return new Scenario(a, plan);
  }

  static PersonId person(String id) {
    return PersonId.of(id);
  }
}
