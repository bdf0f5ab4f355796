package uk.ras.rules.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import uk.ras.assessment.PersonId;
import uk.ras.plan.Decision;
import uk.ras.plan.SupportPlan;

/**
 * Not API: what a support-plan file holds once its structure is read, for {@code
 * uk.ras.rules.plan.PlanReader} to wrap.
 *
 * @param person whose plan it is
 * @param date the day the plan is checked on
 * @param assessmentDate the assessment's own date, when the file gives one
 * @param answers question id to option id, in the file's order
 * @param facts fact name (an assessments CSV's column) to its text, in the file's order
 * @param plan the items
 * @param decision the decision, when the file records one
 */
public record PlanContent(
    PersonId person,
    LocalDate date,
    Optional<LocalDate> assessmentDate,
    Map<String, String> answers,
    Map<String, String> facts,
    SupportPlan plan,
    Optional<Decision> decision) {
  /** Copies the maps, keeping their order. */
  public PlanContent {
    answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
    facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
  }
}
