package uk.ras.rules.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.PersonId;
import uk.ras.plan.Decision;
import uk.ras.plan.SupportPlan;
import uk.ras.rules.RuleFileProblem;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.QuestionId;

/**
 * What a support-plan file holds: whose plan, the day it is checked on, the person's assessment (its
 * answers, and its facts as an assessments CSV records them), the plan's items and the decision on it if
 * one is recorded. A file is read before it meets the rules and rates: whether its questions, domains,
 * staff types and figures fit them is known only when the plan is checked, and {@link #problemAt} places
 * what that finds in the file. Made by {@link PlanReader}. Immutable and thread-safe.
 */
public final class PlanFile {
  private final String source;
  private final PersonId person;
  private final LocalDate date;
  private final Assessment assessment;
  private final Map<String, String> facts;
  private final SupportPlan plan;
  private final Optional<Decision> decision;
  private final BiFunction<String, String, RuleFileProblem> locator;

  PlanFile(
      String source,
      PersonId person,
      LocalDate date,
      Assessment assessment,
      Map<String, String> facts,
      SupportPlan plan,
      Optional<Decision> decision,
      BiFunction<String, String, RuleFileProblem> locator) {
    this.source = source;
    this.person = person;
    this.date = date;
    this.assessment = assessment;
    this.facts = facts;
    this.plan = plan;
    this.decision = decision;
    this.locator = locator;
  }

  /** {@return the name the file was read under, as problems show it; never null} */
  public String source() {
    return source;
  }

  /** {@return whose plan it is; never null} */
  public PersonId person() {
    return person;
  }

  /** {@return the day the plan is checked on, whose rates cost it; never null} */
  public LocalDate date() {
    return date;
  }

  /**
   * {@return the person's assessment as the file gives it: person, the assessment's date if given, and
   * the answers (question id to option id); without its facts, which are {@link #facts()}; never null}
   */
  public Assessment assessment() {
    return assessment;
  }

  /**
   * {@return the assessment's facts, by the names of an assessments CSV's fact columns ({@code
   * facs_band}, {@code care_act_outcomes}, {@code care_act_impairment}, {@code care_act_wellbeing},
   * {@code contribution}, {@code holding}, {@code personally_controlled}, {@code section_117}, {@code
   * attribution:DOMAIN}), each as the text such a cell would hold (amounts in pounds, true or false,
   * outcomes separated by ';'), checked for type but not for meaning; in the file's order; never null}
   */
  public Map<String, String> facts() {
    return facts;
  }

  /** {@return the plan's items, in the file's order; never null} */
  public SupportPlan plan() {
    return plan;
  }

  /** {@return the decision on the plan, when the file records one} */
  public Optional<Decision> decision() {
    return decision;
  }

  /**
   * Places a problem found after reading, such as one of {@link SupportPlan#check}'s ({@code
   * items[2].needs}) or of allocating the assessment, at the node {@code path} names, or its nearest
   * parent in the file: {@code items[2].needs[0]}, {@code assessment.answers.pc_wash}, {@code
   * assessment.facts.contribution}.
   *
   * @param path a path in the file's terms, not null; "" for the file as a whole
   * @param message what is wrong, not null
   * @return the located problem, never null
   */
  public RuleFileProblem problemAt(String path, String message) {
    return locator.apply(Objects.requireNonNull(path, "path"), Objects.requireNonNull(message, "message"));
  }

  /** The answers as the core's ids. */
  static Assessment assessment(PersonId person, Optional<LocalDate> date, Map<String, String> answers) {
    Map<QuestionId, OptionId> ids = new java.util.LinkedHashMap<>();
    answers.forEach((q, o) -> ids.put(QuestionId.of(q), OptionId.of(o)));
    return Assessment.of(person, date.orElse(null), ids);
  }

  @Override
  public String toString() {
    return "PlanFile[source=" + source + ", person=" + person + ", date=" + date + ", items=" + plan.items().size()
        + ", decision=" + decision.map(d -> d.isApproved() ? "approved" : "not approved").orElse("none") + "]";
  }
}
