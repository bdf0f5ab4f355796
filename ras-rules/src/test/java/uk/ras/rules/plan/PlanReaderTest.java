package uk.ras.rules.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;
import uk.ras.plan.Decision;
import uk.ras.plan.HeldBy;
import uk.ras.plan.PlanItem;
import uk.ras.plan.Willingness;
import uk.ras.rules.LocatedErrors;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleFileProblem;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.QuestionId;

/** Support-plan files read into the core's plan, and every problem located at its line and column. */
class PlanReaderTest {
  static final PlanReader READER = PlanReader.create();

  @TempDir Path dir;

  /** Every kind of item once; line numbers in the comments are the ones the tests below expect. */
  static final String PLAN =
      "person: P1\n" // 1
          + "date: 2026-06-01\n" // 2
          + "assessment:\n" // 3
          + "  date: 2026-05-20\n" // 4
          + "  answers:\n" // 5
          + "    pc_wash: some_help\n" // 6
          + "    wb_mental: all_tasks\n" // 7
          + "  facts:\n" // 8
          + "    facs_band: substantial\n" // 9
          + "    contribution: \"20.00\"\n" // 10
          + "    section_117: false\n" // 11
          + "    care_act_outcomes: [nutrition, habitable_home]\n" // 12
          + "    attribution:wellbeing: social_care=60;supporting_people=40\n" // 13
          + "items:\n" // 14
          + "  - {name: Core, kind: provider-quote, needs: [safety], heldBy: {control: isf, holder: Hillside}, weekly: \"60.00\"}\n" // 15
          + "  - {name: PA, kind: personal-assistant, needs: [personal_care], employer: Mary, hoursPerWeek: 6, hourlyPay: \"13.00\", employmentAllowance: true}\n" // 16
          + "  - {name: Hours, kind: provider-hours, needs: [finances], heldBy: {control: council}, staff: support-worker, band: evening, hoursPerWeek: 2.5, staffCount: 2}\n" // 17
          + "  - {name: Telecare, kind: technology-rental, needs: [safety], heldBy: {control: council}, weekly: \"4.50\"}\n" // 18
          + "  - {name: Hoist, kind: technology-purchase, needs: [personal_care], heldBy: {control: council}, price: \"900.00\", years: 5}\n" // 19
          + "  - {name: Greenhouse, kind: one-off, needs: [wellbeing], heldBy: {control: direct-payment, holder: P1}, price: \"1000.00\", years: 3}\n" // 20
          + "  - {name: Course, kind: one-off, needs: [work_learning], heldBy: {control: direct-payment, holder: P1}, price: \"120.00\"}\n" // 21
          + "  - {name: Taxi, kind: transport, needs: [community], heldBy: {control: direct-payment, holder: P1}, weekly: \"12.00\"}\n" // 22
          + "  - {name: Lunch, kind: unpaid, needs: [community], givenBy: \"brother, Tom\", willingness: not-confirmed}\n" // 23
          + "decision:\n" // 24
          + "  approved: true\n" // 25
          + "  by: Panel\n" // 26
          + "  on: 2026-06-02\n"; // 27

  private static DomainId d(String id) {
    return DomainId.of(id);
  }

  static List<String> problems(String content) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> READER.read("plan.yaml", content));
    LocatedErrors.assertEveryProblemLocated("plan.yaml", e);
    return e.problems().stream().map(RuleFileProblem::toString).collect(Collectors.toList());
  }

  @Test
  void everyKindOfItemIsReadAsTheCoresFactoryMakesIt() {
    PlanFile f = READER.read("plan.yaml", PLAN);
    assertEquals(PersonId.of("P1"), f.person());
    assertEquals(LocalDate.of(2026, 6, 1), f.date());
    assertEquals(Optional.of(LocalDate.of(2026, 5, 20)), f.assessment().date());
    assertEquals(
        Map.of(QuestionId.of("pc_wash"), OptionId.of("some_help"), QuestionId.of("wb_mental"), OptionId.of("all_tasks")),
        f.assessment().answers());
    // Facts as the assessments CSV's cells: the outcomes joined by ';', the amount in pounds.
    assertEquals(
        List.of("facs_band=substantial", "contribution=20.00", "section_117=false", "care_act_outcomes=nutrition;habitable_home",
            "attribution:wellbeing=social_care=60;supporting_people=40"),
        f.facts().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    HeldBy council = HeldBy.council();
    HeldBy own = HeldBy.directPayment("P1");
    assertEquals(
        List.of(
            PlanItem.providerQuote("Core", List.of(d("safety")), HeldBy.isf("Hillside"), Money.parse("60.00")),
            PlanItem.personalAssistant("PA", List.of(d("personal_care")), "Mary", new BigDecimal("6"), Money.parse("13.00"), true),
            PlanItem.providerHours("Hours", List.of(d("finances")), council, "support-worker", Optional.of("evening"), new BigDecimal("2.5"), 2),
            PlanItem.technologyRental("Telecare", List.of(d("safety")), council, Money.parse("4.50")),
            PlanItem.technologyPurchase("Hoist", List.of(d("personal_care")), council, Money.parse("900.00"), 5),
            PlanItem.oneOffOverYears("Greenhouse", List.of(d("wellbeing")), own, Money.parse("1000.00"), 3),
            PlanItem.oneOffInYear("Course", List.of(d("work_learning")), own, Money.parse("120.00")),
            PlanItem.transport("Taxi", List.of(d("community")), own, Money.parse("12.00")),
            PlanItem.unpaid("Lunch", List.of(d("community")), "brother, Tom", Willingness.NOT_CONFIRMED)),
        f.plan().items());
    assertEquals(Optional.of(Decision.approved("Panel", LocalDate.of(2026, 6, 2))), f.decision());
  }

  @Test
  void aPlanNotApprovedCarriesItsReasonAndADecisionIsOptional() {
    PlanFile f =
        READER.read("plan.yaml", PLAN.replace("  approved: true\n", "  approved: false\n  reason: too many hours\n"));
    assertEquals(Optional.of(Decision.notApproved("Panel", LocalDate.of(2026, 6, 2), "too many hours")), f.decision());
    assertEquals(Optional.empty(), READER.read("plan.yaml", PLAN.substring(0, PLAN.indexOf("decision:"))).decision());
  }

  @Test
  void jsonWithTheSameFieldsReadsAlike() {
    String json =
        "{\"person\": \"P1\", \"date\": \"2026-06-01\", \"assessment\": {\"answers\": {\"pc_wash\": \"some_help\"}},"
            + " \"items\": [{\"name\": \"Taxi\", \"kind\": \"transport\", \"needs\": [\"community\"],"
            + " \"heldBy\": {\"control\": \"council\"}, \"weekly\": \"12.00\"}]}";
    PlanFile f = READER.read("plan.json", json);
    assertEquals(List.of(PlanItem.transport("Taxi", List.of(d("community")), HeldBy.council(), Money.parse("12.00"))), f.plan().items());
    assertEquals(Map.of(), f.facts());
  }

  @Test
  void filesAndStreamsReadAlikeAndNameTheirSource() throws Exception {
    Path file = dir.resolve("p.yaml");
    Files.writeString(file, PLAN);
    assertEquals(READER.read("plan.yaml", PLAN).plan(), READER.read(file).plan());
    assertEquals(file.toString(), READER.read(file).source());
    PlanFile s = READER.read("s.yaml", new ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)));
    assertEquals(READER.read("plan.yaml", PLAN).plan(), s.plan());
    RuleFileException e = assertThrows(RuleFileException.class, () -> READER.read(file.resolveSibling("q.yaml").toString(), "person: [\n"));
    assertTrue(e.problems().get(0).source().endsWith("q.yaml"));
  }

  @Test
  void problemsFoundWhenThePlanIsCheckedArePlacedInTheFile() {
    PlanFile f = READER.read("plan.yaml", PLAN);
    assertEquals("plan.yaml:20:131 items[5].years: must be from 1 to 50, was 3",
        f.problemAt("items[5].years", "must be from 1 to 50, was 3").toString());
    assertEquals("plan.yaml:16:50 items[1].needs[0]: unknown", f.problemAt("items[1].needs[0]", "unknown").toString());
    assertEquals("plan.yaml:6:14 assessment.answers.pc_wash: unknown option", f.problemAt("assessment.answers.pc_wash", "unknown option").toString());
    // A fact not given is placed at the facts that lack it.
    assertEquals("plan.yaml:9:5 assessment.facts.holding: missing", f.problemAt("assessment.facts.holding", "missing").toString());
    assertEquals("plan.yaml:2:7 date: no rates", f.problemAt("date", "no rates").toString());
  }

  @Test
  void theStructuresProblemsAreAllReportedAtOnce() {
    assertEquals(
        List.of(
            "plan.yaml:1:1 assessment: missing required field 'assessment'",
            "plan.yaml:1:9 person: expected text, found the number 12 (put it in quotes: \"12\")",
            "plan.yaml:2:7 date: '2026-13-01' is not a date of the calendar"),
        problems("person: 12\ndate: 2026-13-01\nitems: []\n"));
  }

  @Test
  void answersMustBeAMappingOfIds() {
    assertEquals(
        List.of("plan.yaml:6:5 assessment.answers: expected a mapping of question ids to option ids, such as 'pc_wash: some_help'; found a list"),
        problems(PLAN.replace("    pc_wash: some_help\n    wb_mental: all_tasks\n", "    - pc_wash\n")));
    assertEquals(
        List.of("plan.yaml:7:5 assessment.answers.: a question id must not be blank"),
        problems(PLAN.replace("    wb_mental: all_tasks\n", "    \"\": all_tasks\n")));
    assertEquals(
        List.of("plan.yaml:6:14 assessment.answers.pc_wash: expected text, found the number 3 (put it in quotes: \"3\")"),
        problems(PLAN.replace("pc_wash: some_help", "pc_wash: 3")));
  }

  @Test
  void factsAreMappedByTheirTypes() {
    assertEquals(
        List.of("plan.yaml:9:5 assessment.facts: expected a mapping of facts, such as 'contribution: \"20.00\"'; found a list"),
        problems(PLAN.replace("    facs_band: substantial\n    contribution: \"20.00\"\n    section_117: false\n"
            + "    care_act_outcomes: [nutrition, habitable_home]\n    attribution:wellbeing: social_care=60;supporting_people=40\n", "    - facs_band\n")));
    assertEquals(
        List.of("plan.yaml:9:5 assessment.facts.facs_bnd: unknown fact 'facs_bnd'; did you mean 'facs_band'?"),
        problems(PLAN.replace("facs_band:", "facs_bnd:")));
    assertEquals(
        List.of("plan.yaml:10:19 assessment.facts.contribution: 20.001 has a fraction of a penny; amounts are pounds with at most 2 decimals"),
        problems(PLAN.replace("\"20.00\"\n", "\"20.001\"\n")));
    assertEquals(
        List.of("plan.yaml:11:18 assessment.facts.section_117: 'yes' is not a true/false value; write true or false"),
        problems(PLAN.replace("section_117: false", "section_117: yes")));
    assertEquals(
        List.of("plan.yaml:12:24 assessment.facts.care_act_outcomes: expected a list, found text 'nutrition'"),
        problems(PLAN.replace("[nutrition, habitable_home]", "nutrition")));
  }

  @Test
  void anItemsFieldsFollowItsKind() {
    assertEquals(
        List.of("plan.yaml:15:116 items[0].years: not used by a provider-quote item; its fields are heldBy, weekly"),
        problems(PLAN.replace("weekly: \"60.00\"}", "weekly: \"60.00\", years: 2}")));
    assertEquals(
        List.of("plan.yaml:15:24 items[0].kind: 'quote' is not a kind of item; expected provider-hours or provider-quote or personal-assistant"
            + " or technology-rental or technology-purchase or one-off or transport or unpaid"),
        problems(PLAN.replace("kind: provider-quote", "kind: quote")));
    assertEquals(
        List.of("plan.yaml:16:5 items[1].employmentAllowance: missing required field 'employmentAllowance'"),
        problems(PLAN.replace(", employmentAllowance: true", "")));
    assertEquals(
        List.of("plan.yaml:16:140 items[1].employmentAllowance: 'True' has capital letters; write true, in lower case"),
        problems(PLAN.replace("employmentAllowance: true", "employmentAllowance: True")));
    assertEquals(
        List.of("plan.yaml:20:131 items[5].years: must be at least 1; leave years out to charge the whole price to the plan's year"),
        problems(PLAN.replace("price: \"1000.00\", years: 3", "price: \"1000.00\", years: 0")));
    assertEquals(
        List.of("plan.yaml:19:5 items[4].years: missing required field 'years'"),
        problems(PLAN.replace("price: \"900.00\", years: 5", "price: \"900.00\"")));
    assertEquals(
        List.of("plan.yaml:23:91 items[8].willingness: 'maybe' is not a willingness; expected willing-and-able or not-confirmed or not-willing-or-able"),
        problems(PLAN.replace("willingness: not-confirmed", "willingness: maybe")));
  }

  @Test
  void whoHoldsTheMoneyIsNamedExceptForTheCouncil() {
    assertEquals(
        List.of("plan.yaml:15:65 items[0].heldBy.holder: missing required field 'holder': an ISF names the provider who holds it"),
        problems(PLAN.replace("{control: isf, holder: Hillside}", "{control: isf}")));
    assertEquals(
        List.of("plan.yaml:22:63 items[7].heldBy.holder: missing required field 'holder': a direct payment names who holds it (the person, or a family member)"),
        problems(PLAN.replace("{control: direct-payment, holder: P1}, weekly", "{control: direct-payment}, weekly")));
    assertEquals(
        List.of("plan.yaml:18:91 items[3].heldBy.holder: not used when the council manages the money: only a direct payment or an ISF names its holder"),
        problems(PLAN.replace("heldBy: {control: council}, weekly", "heldBy: {control: council, holder: Town Hall}, weekly")));
    assertEquals(
        List.of("plan.yaml:15:75 items[0].heldBy.control: 'provider' is not a kind of control; expected direct-payment or isf or council"),
        problems(PLAN.replace("control: isf", "control: provider")));
  }

  @Test
  void aDecisionSaysWhyOnlyWhenItIsNotApproved() {
    assertEquals(
        List.of("plan.yaml:28:3 decision.reason: an approved plan takes no reason; give one only when it is not approved"),
        problems(PLAN + "  reason: fine\n"));
    assertEquals(
        List.of("plan.yaml:25:3 decision.reason: missing required field 'reason'"),
        problems(PLAN.replace("approved: true", "approved: false")));
    assertEquals(
        List.of("plan.yaml:27:7 decision.on: expected a date such as 2026-04-01, found a list"),
        problems(PLAN.replace("  on: 2026-06-02\n", "  on: [1]\n")));
  }
}
