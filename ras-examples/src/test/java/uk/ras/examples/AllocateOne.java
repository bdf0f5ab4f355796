package uk.ras.examples;

// The README's Java sample, whole: ReadmeSampleTest runs it from the repository root, as a reader would,
// and checks that the README shows the lines between the markers unchanged.
// readme-sample:start
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.CareActDetermination;
import uk.ras.assessment.CareActOutcome;
import uk.ras.assessment.Eligibility;
import uk.ras.rules.RuleSetReader;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.RuleSet;

public class AllocateOne {
  public static void main(String[] args) throws IOException {
    RuleSet rules = RuleSetReader.create()
        .read(Path.of("ras-examples/src/main/resources/uk/ras/examples/northshire-mh-2026.yaml"));
    Calculator calculator = Calculator.compile(rules); // compile once, allocate many times

    Assessment.Builder answers = Assessment.builder("P0042").date(LocalDate.of(2026, 6, 1));
    for (Domain domain : rules.domains()) {
      for (Question question : domain.questions()) {
        answers.answer(question.id().value(), "no_help");
      }
    }
    answers.answer("pc_wash", "some_help")          // 3 points
        .answer("dl_medication", "all_tasks")       // 5 points
        .answer("hs_tenancy", "some_help")          // 2 points
        .answer("wb_mental", "all_tasks")           // 4 points
        .answer("informal_support", "a_little");    // family meet a quarter of practical need

    // Who pays depends on eligibility, recorded by the assessor: without it, adult social care pays
    // nothing. Here a Care Act 2014 determination finds the person eligible.
    answers.eligibility(Eligibility.of(null, new CareActDetermination(
        Set.of(CareActOutcome.PERSONAL_HYGIENE, CareActOutcome.HABITABLE_HOME),
        true,     // the needs arise from a mental impairment or illness
        true)));  // with a significant impact on wellbeing

    Budget budget = calculator.allocate(answers.build());
    System.out.println(budget.weekly() + " a week, " + budget.annual() + " a year");
    System.out.println(budget.explanation().orElseThrow().toText());
  }
}
// readme-sample:end
