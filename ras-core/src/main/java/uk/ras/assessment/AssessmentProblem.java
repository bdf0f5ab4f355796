package uk.ras.assessment;

import java.util.Objects;
import java.util.Optional;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.QuestionId;

/**
 * One reason an assessment cannot be allocated under a rule set, placed at the question answered or at
 * the domain whose practitioner's attribution is wrong. Immutable and thread-safe.
 *
 * @param kind what is wrong, not null
 * @param question the question concerned; empty for a problem with a practitioner's attribution
 * @param domain the domain whose practitioner's attribution is concerned; empty for a problem with an
 *     answer
 * @param value the answer or attribution given, or "" when the problem is a missing answer; not null
 * @param message the problem in words, naming the question or domain and the value; not null
 */
public record AssessmentProblem(
    Kind kind, Optional<QuestionId> question, Optional<DomainId> domain, String value, String message) {
  /**
   * Checks that no component is null and that the problem is placed at a question or a domain, not
   * both.
   *
   * @param kind what is wrong, not null
   * @param question the question concerned; empty for a problem with a practitioner's attribution
   * @param domain the domain whose practitioner's attribution is concerned; empty for a problem with an
   *     answer
   * @param value the answer or attribution given, or "" when the problem is a missing answer; not null
   * @param message the problem in words, naming the question or domain and the value; not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if neither or both of {@code question} and {@code domain} are given
   */
  public AssessmentProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
    if (question.isPresent() == domain.isPresent()) {
      throw new IllegalArgumentException("a problem is placed at a question or at a domain, not " + (question.isPresent() ? "both" : "neither"));
    }
  }

  /**
   * A problem with the answer to a question.
   *
   * @param kind what is wrong, not null
   * @param question the question concerned, not null
   * @param value the answer given, or "" when the problem is a missing answer; not null
   * @param message the problem in words, naming the question and value; not null
   * @throws NullPointerException if a component is null
   */
  public AssessmentProblem(Kind kind, QuestionId question, String value, String message) {
    this(kind, Optional.of(question), Optional.empty(), value, message);
  }

  /**
   * A problem with a practitioner's attribution of a domain's need.
   *
   * @param kind what is wrong, not null
   * @param domain the domain concerned, not null
   * @param value the attribution given, in words; not null
   * @param message the problem in words, naming the domain and the streams; not null
   * @throws NullPointerException if a component is null
   */
  public AssessmentProblem(Kind kind, DomainId domain, String value, String message) {
    this(kind, Optional.empty(), Optional.of(domain), value, message);
  }

  /** The kinds of problem. */
  public enum Kind {
    /** An answer to a question the rule set does not have. */
    UNKNOWN_QUESTION,
    /** An answer that is not one of the question's options. */
    UNKNOWN_OPTION,
    /** No answer to a required question. */
    MISSING_ANSWER,
    /** A practitioner's attribution for a domain the rule set does not have. */
    UNKNOWN_DOMAIN,
    /** A practitioner's attribution naming a stream the rule set does not let a practitioner choose there. */
    STREAM_NOT_ALLOWED,
    /** A practitioner's attribution naming a stream the person is not eligible for. */
    NOT_ELIGIBLE_FOR_STREAM
  }

  @Override
  public String toString() {
    return message;
  }
}
