package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static uk.ras.rules.MalformedRuleFilesTest.resource;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import uk.ras.money.Money;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;

/**
 * Invariants of the reader over generated input. QuickTheories prints the seed of a falsified property;
 * replay it with {@code qt().withFixedSeed(seed)}.
 */
class RuleSetReaderProperties {
  private static final RuleSetReader READER = RuleSetReader.create();

  /** Characters that break YAML or JSON in interesting ways; index ALPHABET.length() means delete. */
  private static final String ALPHABET = ":-{}[]\"'\n &*!#x9.,\t%@|>";

  @Test
  void aDamagedFileFailsOnlyWithLocatedRuleFileProblems() throws IOException {
    for (String name : List.of("good/tiny.yaml", "good/everything.yaml", "good/tiny.json")) {
      String original = resource(name);
      qt().withExamples(400)
          .forAll(
              integers().between(0, original.length() - 1),
              integers().between(0, ALPHABET.length()),
              integers().between(1, 3))
          .checkAssert(
              (at, what, times) -> {
                String damaged = damage(original, at, what, times);
                int lines = damaged.split("\n", -1).length;
                try {
                  READER.read(name, damaged);
                } catch (RuleFileException e) {
                  assertFalse(e.problems().isEmpty());
                  for (RuleFileProblem p : e.problems()) {
                    assertTrue(p.line() >= 1 && p.line() <= lines, p.toString());
                    assertTrue(p.column() >= 1, p.toString());
                    assertFalse(p.message().contains("com.fasterxml"), p.toString());
                    assertFalse(p.message().isBlank(), p.toString());
                  }
                }
              });
    }
  }

  @Test
  void everyTruncationOfAFileFailsOnlyWithRuleFileProblems() throws IOException {
    for (String name : List.of("good/everything.yaml", "good/tiny.json")) {
      String original = resource(name);
      qt().forAll(integers().between(0, original.length() - 1))
          .checkAssert(
              end -> {
                try {
                  READER.read(name, original.substring(0, end));
                } catch (RuleFileException e) {
                  assertFalse(e.problems().isEmpty());
                }
              });
    }
  }

  @Test
  void aRuleSetWrittenAsYamlOrJsonReadsBackEqual() {
    qt().withExamples(200)
        .forAll(questionnaires(), integers().between(0, 100_000), integers().between(-1, 50_000))
        .checkAssert(
            (points, pricePence, floorPence) -> {
              RuleSet rules = ruleSet(points, pricePence, floorPence);
              assertEquals(rules, READER.read("generated.yaml", yaml(rules)));
              assertEquals(rules, READER.read("generated.json", json(rules)));
            });
  }

  @Test
  void aRuleSetWrittenByRuleSetWriterReadsBackEqual() {
    RuleSetWriter writer = RuleSetWriter.create();
    qt().withExamples(100)
        .forAll(questionnaires(), integers().between(0, 100_000), integers().between(-1, 50_000))
        .checkAssert(
            (points, pricePence, floorPence) -> {
              RuleSet rules = ruleSet(points, pricePence, floorPence);
              assertEquals(rules, READER.read("written.yaml", writer.toYaml(rules)));
              assertEquals(rules, READER.read("written.json", writer.toJson(rules)));
            });
  }

  @Test
  void everyBundledRuleFileWrittenByRuleSetWriterReadsBackEqualStreamsPoolsAndAll() throws IOException {
    // The bundled files have funding streams with eligibility, a stream's own fallbacks, envelopes and a
    // pooled fund: a writer that dropped any of them (as one once did) would change money on reading back.
    RuleSetWriter writer = RuleSetWriter.create();
    for (String name : List.of("good/everything.yaml", "good/tiny.json")) {
      RuleSet rules = READER.read(name, resource(name));
      assertEquals(rules, READER.read("written.yaml", writer.toYaml(rules)), name);
      assertEquals(rules, READER.read("written.json", writer.toJson(rules)), name);
    }
    for (String bundled : List.of("northshire-mh-2025.yaml", "northshire-mh-2026.yaml", "block-contract.yaml")) {
      java.nio.file.Path file = java.nio.file.Path.of("../ras-examples/src/main/resources/uk/ras/examples", bundled);
      RuleSet rules = READER.read(file);
      assertFalse(rules.streams().isEmpty(), bundled);
      assertEquals(rules, READER.read("written.yaml", writer.toYaml(rules)), bundled);
      assertEquals(rules, READER.read("written.json", writer.toJson(rules)), bundled);
    }
  }

  /** Domains of questions of the points of their options. */
  private static Gen<List<List<List<Integer>>>> questionnaires() {
    Gen<List<Integer>> question = lists().of(integers().between(0, 40)).ofSizeBetween(1, 4);
    Gen<List<List<Integer>>> domain = lists().of(question).ofSizeBetween(1, 3);
    return lists().of(domain).ofSizeBetween(1, 3);
  }

  private static RuleSet ruleSet(List<List<List<Integer>>> points, int pricePence, int floorPence) {
    RuleSet.Builder rules =
        RuleSet.builder()
            .id("generated")
            .name("Generated: \"quotes\", colons and # hashes")
            .version("1.0")
            .effectiveFrom(LocalDate.of(2026, 4, 1));
    for (int d = 0; d < points.size(); d++) {
      Domain.Builder domain = Domain.builder().id(DomainId.of("d" + d)).name("Domain " + d);
      for (int q = 0; q < points.get(d).size(); q++) {
        Question.Builder question =
            Question.builder().id(QuestionId.of("d" + d + "q" + q)).text("Question: " + q + "?");
        List<Integer> options = points.get(d).get(q);
        for (int o = 0; o < options.size(); o++) {
          question.addOptions(
              AnswerOption.builder().id(OptionId.of("o" + o)).label("Option " + o).points(options.get(o)).build());
        }
        domain.addQuestions(question.build());
      }
      rules.addDomains(domain.build());
    }
    Pricing.Builder pricing =
        Pricing.builder().method(PricePerPoint.of(BigDecimal.valueOf(pricePence, 2)));
    if (floorPence >= 0) {
      pricing.floor(Money.ofPence(floorPence));
    }
    return rules.pricing(pricing.build()).build();
  }

  private static String yaml(RuleSet rules) {
    StringBuilder out = new StringBuilder();
    out.append("id: ").append(rules.id()).append('\n');
    out.append("name: ").append(quoted(rules.name())).append('\n');
    out.append("version: \"").append(rules.version()).append("\"\n");
    out.append("effectiveFrom: ").append(rules.effectiveFrom()).append('\n');
    out.append("domains:\n");
    for (Domain d : rules.domains()) {
      out.append("  - id: ").append(d.id()).append("\n    name: ").append(d.name()).append("\n    questions:\n");
      for (Question q : d.questions()) {
        out.append("      - id: ").append(q.id()).append("\n        text: ").append(quoted(q.text()));
        out.append("\n        options:\n");
        for (AnswerOption o : q.options()) {
          out.append("          - { id: ").append(o.id()).append(", label: ").append(o.label());
          out.append(", points: ").append(o.points()).append(" }\n");
        }
      }
    }
    out.append("pricing:\n  pricePerPoint: ").append(price(rules)).append('\n');
    rules.pricing().floor().ifPresent(f -> out.append("  floor: ").append(f.toPlainString()).append('\n'));
    return out.toString();
  }

  private static String json(RuleSet rules) {
    List<String> domains = new ArrayList<>();
    for (Domain d : rules.domains()) {
      List<String> questions = new ArrayList<>();
      for (Question q : d.questions()) {
        List<String> options = new ArrayList<>();
        for (AnswerOption o : q.options()) {
          options.add(
              "{\"id\": " + quoted(o.id().value()) + ", \"label\": " + quoted(o.label()) + ", \"points\": " + o.points() + "}");
        }
        questions.add(
            "{\"id\": " + quoted(q.id().value()) + ", \"text\": " + quoted(q.text()) + ", \"options\": [" + String.join(", ", options) + "]}");
      }
      domains.add(
          "{\"id\": " + quoted(d.id().value()) + ", \"name\": " + quoted(d.name()) + ", \"questions\": [" + String.join(",\n", questions) + "]}");
    }
    String floor = rules.pricing().floor().map(f -> ", \"floor\": " + f.toPlainString()).orElse("");
    return "{\"id\": " + quoted(rules.id()) + ", \"name\": " + quoted(rules.name()) + ", \"version\": " + quoted(rules.version())
        + ", \"effectiveFrom\": \"" + rules.effectiveFrom() + "\",\n \"domains\": [" + String.join(",\n", domains)
        + "],\n \"pricing\": {\"pricePerPoint\": " + price(rules) + floor + "}}";
  }

  private static String price(RuleSet rules) {
    return ((PricePerPoint) rules.pricing().method()).poundsPerPoint().toPlainString();
  }

  /** A double-quoted string, valid in both YAML and JSON for the texts generated here. */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String damage(String original, int at, int what, int times) {
    StringBuilder s = new StringBuilder(original);
    for (int i = 0; i < times && at < s.length(); i++) {
      if (what == ALPHABET.length()) {
        s.deleteCharAt(at);
      } else {
        s.insert(at, ALPHABET.charAt(what));
      }
    }
    return s.toString();
  }
}
