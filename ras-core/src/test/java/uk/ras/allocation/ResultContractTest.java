package uk.ras.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.ras.ValueContract.check;
import static uk.ras.ValueContract.sameTwice;

import java.math.BigDecimal;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.Eligibility;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.QuestionId;

/**
 * The allocation's results compare as values: made twice from the same assessment they are equal, with
 * equal hash codes and text; unequal when any one field differs; written as {@code Name[field=value, ...]}.
 */
class ResultContractTest {
  private static final DomainId PC = DomainId.of("personal_care");
  private static final DomainId SF = DomainId.of("safety");

  private static Explanation explain() {
    Assessment a =
        Assessment.builder("A")
            .answer("pc_wash", "all")
            .answer("pc_dress", "all")
            .answer("sf_home", "some")
            .answer("informal", "half")
            .eligibility(Eligibility.of(FacsBand.SUBSTANTIAL, null))
            .build();
    return Calculator.compile(FundingTest.rules(true)).allocate(a, Detail.EXPLAINED).explanation().orElseThrow();
  }

  @Test
  void everyLineOfAnExplanationMadeTwiceIsEqual() {
    Explanation first = explain();
    Explanation second = explain();
    assertFalse(first.answers().isEmpty());
    assertFalse(first.attributions().isEmpty());
    assertFalse(first.steps().isEmpty());
    assertEquals(2, first.streams().size());
    for (int i = 0; i < first.answers().size(); i++) {
      sameTwice(first.answers().get(i), second.answers().get(i));
    }
    for (int i = 0; i < first.domains().size(); i++) {
      sameTwice(first.domains().get(i), second.domains().get(i));
    }
    sameTwice(first.informalSupport().orElseThrow(), second.informalSupport().orElseThrow());
    for (int i = 0; i < first.steps().size(); i++) {
      sameTwice(first.steps().get(i), second.steps().get(i));
    }
    for (int i = 0; i < first.attributions().size(); i++) {
      sameTwice(first.attributions().get(i), second.attributions().get(i));
    }
    for (int i = 0; i < first.streams().size(); i++) {
      sameTwice(first.streams().get(i), second.streams().get(i));
    }
  }

  @Test
  void aBudgetsDomainPointsMadeTwiceAreEqual() {
    Budget first = Calculator.compile(Testshire.rules()).allocate(Assessment.builder("A").answer("pc_wash", "all").answer("pc_dress", "none").answer("sf_home", "some").build());
    Budget second = Calculator.compile(Testshire.rules()).allocate(Assessment.builder("A").answer("pc_wash", "all").answer("pc_dress", "none").answer("sf_home", "some").build());
    assertEquals(2, first.domains().size());
    sameTwice(first.domains().get(0), second.domains().get(0));
    sameTwice(first.domains().get(1), second.domains().get(1));
  }

  @Test
  void domainPointsAreAValue() {
    check(
        new DomainPoints(PC, 6),
        new DomainPoints(DomainId.of("personal_care"), 6),
        "DomainPoints[domain=personal_care, points=6]",
        new DomainPoints(SF, 6),
        new DomainPoints(PC, 7));
  }

  private static AnswerTrace answer(DomainId d, String q, String text, String o, String label, int points) {
    return new AnswerTrace(d, QuestionId.of(q), text, OptionId.of(o), label, points);
  }

  @Test
  void anAnswerTraceIsAValue() {
    check(
        answer(PC, "pc_wash", "Washing", "all", "All help", 6),
        answer(DomainId.of("personal_care"), "pc_wash", "Washing", "all", "All help", 6),
        "AnswerTrace[domain=personal_care, question=pc_wash, questionText=Washing, option=all,"
            + " optionLabel=All help, points=6]",
        answer(SF, "pc_wash", "Washing", "all", "All help", 6),
        answer(PC, "pc_dress", "Washing", "all", "All help", 6),
        answer(PC, "pc_wash", "Bathing", "all", "All help", 6),
        answer(PC, "pc_wash", "Washing", "some", "All help", 6),
        answer(PC, "pc_wash", "Washing", "all", "Every help", 6),
        answer(PC, "pc_wash", "Washing", "all", "All help", 5));
  }

  private static DomainTrace domain(DomainId d, String name, int raw, OptionalInt cap, int capped, String share, int points) {
    return new DomainTrace(d, name, raw, cap, capped, new BigDecimal(share), points);
  }

  @Test
  void aDomainTraceIsAValue() {
    OptionalInt cap = OptionalInt.of(10);
    check(
        domain(PC, "Personal care", 12, cap, 10, "0.5", 5),
        domain(DomainId.of("personal_care"), "Personal care", 12, OptionalInt.of(10), 10, "0.5", 5),
        "DomainTrace[domain=personal_care, name=Personal care, rawPoints=12, cap=OptionalInt[10],"
            + " cappedPoints=10, informalShare=0.5, points=5]",
        domain(SF, "Personal care", 12, cap, 10, "0.5", 5),
        domain(PC, "Care", 12, cap, 10, "0.5", 5),
        domain(PC, "Personal care", 11, cap, 10, "0.5", 5),
        domain(PC, "Personal care", 12, OptionalInt.empty(), 10, "0.5", 5),
        domain(PC, "Personal care", 12, cap, 9, "0.5", 5),
        domain(PC, "Personal care", 12, cap, 10, "0.25", 5),
        domain(PC, "Personal care", 12, cap, 10, "0.5", 4));
  }

  private static InformalSupportTrace informal(String q, String o, String label, String share) {
    return new InformalSupportTrace(QuestionId.of(q), OptionId.of(o), label, new BigDecimal(share));
  }

  @Test
  void anInformalSupportTraceIsAValue() {
    check(
        informal("informal", "half", "Half met by family", "0.5"),
        informal("informal", "half", "Half met by family", "0.5"),
        "InformalSupportTrace[question=informal, option=half, label=Half met by family, share=0.5]",
        informal("carer", "half", "Half met by family", "0.5"),
        informal("informal", "all", "Half met by family", "0.5"),
        informal("informal", "half", "Half", "0.5"),
        informal("informal", "half", "Half met by family", "0.4"));
  }
}
