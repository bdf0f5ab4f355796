package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.rules.MalformedRuleFilesTest.resource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.allocation.RuleSetRegistry;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.PooledFund;
import uk.ras.ruleset.StreamEligibility;
import uk.ras.ruleset.StreamId;
import uk.ras.ruleset.StreamShare;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.Ceiling;
import uk.ras.ruleset.CeilingPolicy;
import uk.ras.ruleset.Interpolation;
import uk.ras.ruleset.InterpolationPoint;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.InformalSupport;
import uk.ras.ruleset.InformalSupportOption;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;

class RuleSetReaderTest {
  /** The bundled files live in ras-examples; surefire runs in this module's directory. */
  static final Path BUNDLED = Path.of("../ras-examples/src/main/resources/uk/ras/examples");

  static final Path NORTHSHIRE_2025 = BUNDLED.resolve("northshire-mh-2025.yaml");
  static final Path NORTHSHIRE_2026 = BUNDLED.resolve("northshire-mh-2026.yaml");

  private final RuleSetReader reader = RuleSetReader.create();

  @Test
  void readsTheBundledNorthshire2026RulesFieldByField() throws IOException {
    RuleSet rules = reader.read(NORTHSHIRE_2026);

    assertEquals("northshire-mh", rules.id());
    assertEquals("Northshire integrated mental-health RAS", rules.name());
    assertEquals("2026.1", rules.version());
    assertEquals(LocalDate.of(2026, 4, 1), rules.effectiveFrom());
    assertEquals("GBP", rules.currency());
    assertEquals(PeriodConversion.WEEKS_52, rules.weeksPerYear());
    assertEquals(RoundingMode.HALF_UP, rules.rounding());
    assertEquals(
        List.of(
            "personal_care", "eating_drinking", "daily_living", "housing", "safety", "finances",
            "wellbeing", "community", "work_learning"),
        rules.domains().stream().map(d -> d.id().value()).toList());

    Domain personalCare = rules.domains().get(0);
    assertEquals("Personal care", personalCare.name());
    assertEquals(OptionalInt.of(24), personalCare.cap());
    assertEquals(3, personalCare.questions().size());
    Question wash = personalCare.questions().get(0);
    assertEquals(QuestionId.of("pc_wash"), wash.id());
    assertEquals("Washing, bathing and personal hygiene", wash.text());
    assertTrue(wash.required());
    assertEquals(
        AnswerOption.builder().id(OptionId.of("two_carers")).label("Two carers needed").points(8).build(),
        wash.options().get(4));
    Question work = rules.domains().get(8).questions().get(0);
    assertFalse(work.required());

    InformalSupport informal = rules.informalSupport().orElseThrow();
    assertEquals(QuestionId.of("informal_support"), informal.question());
    assertEquals(
        "How much of this need do family and friends meet, and will keep meeting?", informal.text());
    assertFalse(informal.required());
    assertEquals(
        List.of("personal_care", "eating_drinking", "daily_living", "housing", "finances"),
        informal.appliesTo().stream().map(DomainId::value).toList());
    assertEquals(RoundingMode.HALF_UP, informal.rounding());
    assertEquals(
        InformalSupportOption.builder()
            .id(OptionId.of("most"))
            .label("Most of it (about three quarters)")
            .share(new BigDecimal("0.75"))
            .build(),
        informal.options().get(3));

    assertEquals(PricePerPoint.of(new BigDecimal("4.85")), rules.pricing().method());
    assertEquals(new BigDecimal("5"), rules.pricing().contingencyPercent());
    assertEquals(Money.ofPence(4500), rules.pricing().floor().orElseThrow());
    assertEquals(
        Ceiling.of(Money.ofPence(42000), CeilingPolicy.REFER), rules.pricing().ceiling().orElseThrow());
  }

  @Test
  void readsTheBundledNorthshire2025Rules() throws IOException {
    RuleSet rules = reader.read(NORTHSHIRE_2025);

    assertEquals("2025.1", rules.version());
    assertEquals(LocalDate.of(2025, 4, 1), rules.effectiveFrom());
    assertEquals(PricePerPoint.of(new BigDecimal("4.60")), rules.pricing().method());
    assertEquals(Money.ofPence(4000), rules.pricing().floor().orElseThrow());
  }

  @Test
  void readsStreamsAttributionAndPoolsFieldByField() throws IOException {
    RuleSet rules = reader.read("streams.yaml", resource("good/streams.yaml"));

    StreamId sc = StreamId.of("social_care");
    StreamId sp = StreamId.of("supporting_people");
    assertEquals(
        List.of(
            FundingStream.builder()
                .id(sc)
                .name("Social care")
                .eligibility(StreamEligibility.requiring(FacsBand.SUBSTANTIAL, true))
                .annualEnvelope(Money.ofPence(100_000_00))
                .build(),
            FundingStream.builder()
                .id(sp)
                .name("Supporting People")
                .pricePerPoint(new BigDecimal("4.50"))
                .chargeable(false)
                .annualEnvelope(Money.ofPence(40_000_00))
                .build()),
        rules.streams());
    assertEquals(List.of(StreamShare.builder().stream(sc).build()), rules.domains().get(0).funding());
    assertEquals(
        List.of(
            StreamShare.builder().stream(sc).share(new BigDecimal("40")).otherwise(sp).build(),
            StreamShare.builder().stream(sp).share(new BigDecimal("60")).build()),
        rules.domains().get(1).funding());
    assertEquals(
        List.of(
            PooledFund.builder()
                .id("community")
                .name("Community support fund")
                .addStreams(sc, sp)
                .reservePercent(new BigDecimal("10"))
                .reservedFor(sp)
                .build()),
        rules.pools());
    // Absent eligibility is "anyone"; a rule file without streams has none and no funding.
    assertTrue(rules.streams().get(1).eligibility().isAnyone());
    RuleSet tiny = reader.read("tiny.yaml", resource("good/tiny.yaml"));
    assertEquals(List.of(), tiny.streams());
    assertEquals(List.of(), tiny.domains().get(0).funding());
  }

  @Test
  void readsAPractitionersChoiceAndTheSection117StreamsFieldByField() throws IOException {
    RuleSet rules = reader.read("choices.yaml", resource("good/choices.yaml"));

    StreamId sc = StreamId.of("social_care");
    StreamId sp = StreamId.of("supporting_people");
    StreamId afterCare = StreamId.of("after_care");
    assertEquals(List.of(), rules.domains().get(0).practitionerChoice());
    assertEquals(List.of(sc, sp, afterCare), rules.domains().get(1).practitionerChoice());
    assertEquals(List.of(afterCare), rules.section117Streams());
    assertFalse(rules.streams().get(2).chargeable());
    // Files without them have neither.
    RuleSet streams = reader.read("streams.yaml", resource("good/streams.yaml"));
    assertEquals(List.of(), streams.section117Streams());
    assertEquals(List.of(), streams.domains().get(1).practitionerChoice());
  }

  @Test
  void readsEveryOptionalFieldAndCaseInsensitiveNames() throws IOException {
    RuleSet rules = reader.read("everything.yaml", resource("good/everything.yaml"));

    assertEquals(PeriodConversion.DAYS_365_25, rules.weeksPerYear());
    assertEquals(RoundingMode.HALF_EVEN, rules.rounding());
    assertEquals(OptionalInt.of(6), rules.domains().get(0).cap());
    assertFalse(rules.domains().get(0).questions().get(0).required());
    InformalSupport informal = rules.informalSupport().orElseThrow();
    assertTrue(informal.required());
    assertEquals(RoundingMode.DOWN, informal.rounding());
    assertEquals(
        Interpolation.builder()
            .addPoints(
                InterpolationPoint.of(0, Money.zero()),
                InterpolationPoint.of(4, Money.ofPence(4000)),
                InterpolationPoint.of(6, Money.ofPence(5550)))
            .build(),
        rules.pricing().method());
    assertEquals(new BigDecimal("2.5"), rules.pricing().contingencyPercent());
    assertEquals(Ceiling.of(Money.ofPence(5000), CeilingPolicy.CAP), rules.pricing().ceiling().orElseThrow());
  }

  @Test
  void jsonAndYamlOfTheSameContentGiveTheSameRuleSet() throws IOException {
    assertEquals(
        reader.read("tiny.yaml", resource("good/tiny.yaml")),
        reader.read("tiny.json", resource("good/tiny.json")));
  }

  @Test
  void theBundledRulesConvertedToJsonGiveTheSameRuleSet() throws IOException {
    for (Path file : List.of(NORTHSHIRE_2025, NORTHSHIRE_2026)) {
      JsonNode tree =
          new YAMLMapper()
              .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
              // Keep 4.60 as 4.60: the rule set keeps amounts as written.
              .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
              .readTree(file.toFile());
      String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);

      assertEquals(reader.read(file), reader.read("converted.json", json), file.toString());
    }
  }

  @Test
  void readsFromAStreamAndSniffsJsonWithoutAKnownExtension() throws IOException {
    byte[] json = resource("good/tiny.json").getBytes(StandardCharsets.UTF_8);
    RuleSet expected = reader.read("tiny.yaml", resource("good/tiny.yaml"));

    assertEquals(expected, reader.read("upload.json", new ByteArrayInputStream(json)));
    assertEquals(expected, reader.read("upload", new ByteArrayInputStream(json)));
    assertEquals(expected, reader.read("upload.txt", resource("good/tiny.yaml")));
  }

  @Test
  void theSourceNameIsTheFileNameAsGiven(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("council.yaml");
    Files.writeString(file, resource("bad/negative-points.yaml"));

    RuleFileException e = assertThrows(RuleFileException.class, () -> reader.read(file));

    RuleFileProblem problem = e.problems().get(0);
    assertEquals(file.toString(), problem.source());
    assertEquals(13, problem.line());
    assertEquals(51, problem.column());
    assertEquals("domains[0].questions[0].options[1].points", problem.path());
  }

  @Test
  void aValidatorProblemAboutAnAbsentFieldIsPlacedAtItsParent() throws IOException {
    String yaml =
        resource("good/tiny.yaml")
            .replace(
                "  pricePerPoint: 5.00\n",
                "  bands:\n    - { from: 0, weekly: 10.00 }\n    - { from: 3, weekly: 20.00 }\n");

    RuleFileException e = assertThrows(RuleFileException.class, () -> reader.read("open.yaml", yaml));

    // bands[0] has no 'to': the problem is about a field that is not there, so it points at the band.
    assertEquals(
        "open.yaml:16:7 pricing.bands[0].to: only the last band may be open-ended (no 'to')",
        e.problems().get(0).toString());
  }

  @Test
  void anAliasBombIsRefusedQuicklyAtTheFirstAlias() throws IOException {
    // Nine levels of nine: expanded, this would be 387 million strings.
    String bomb = resource("bad/alias-bomb.yaml");

    RuleFileException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> assertThrows(RuleFileException.class, () -> reader.read("bomb.yaml", bomb)));

    assertEquals(1, e.problems().size());
    assertEquals(2, e.problems().get(0).line());
    assertTrue(e.getMessage().contains("YAML aliases are not allowed"), e.getMessage());
  }

  @Test
  void aJavaTypeTagIsRefusedAndNeverConstructed() {
    String yaml = "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost:1/\"]]]]\n";

    RuleFileException e = assertThrows(RuleFileException.class, () -> reader.read("tag.yaml", yaml));

    assertEquals(
        "tag.yaml:1:1 YAML tags are not allowed (found !!javax.script.ScriptEngineManager); remove the tag",
        e.problems().get(0).toString());
  }

  @Test
  void refusesAFileOverTheSizeLimitBeforeReadingIt(@TempDir Path dir) throws IOException {
    RuleSetReader small = RuleSetReader.builder().maxFileBytes(100).build();
    Path file = dir.resolve("big.yaml");
    Files.writeString(file, resource("good/tiny.yaml"));

    RuleFileException e = assertThrows(RuleFileException.class, () -> small.read(file));

    assertEquals(
        file + ":1:1 the file is " + Files.size(file) + " bytes; at most 100 are allowed",
        e.getMessage());
    assertThrows(
        RuleFileException.class,
        () -> small.read("big.yaml", new ByteArrayInputStream(Files.readAllBytes(file))));
  }

  @Test
  void refusesNestingDeeperThanTheLimit() {
    String json = "[".repeat(40) + "]".repeat(40);

    RuleFileException e = assertThrows(RuleFileException.class, () -> reader.read("deep.json", json));

    assertEquals(
        "deep.json:1:33 [0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nesting is deeper than 32 levels",
        e.getMessage());
  }

  @Test
  void refusesTextLongerThanTheLimit() throws IOException {
    RuleSetReader strict = RuleSetReader.builder().maxStringLength(100).build();
    String yaml = resource("good/tiny.yaml").replace("Tiny council", "x".repeat(101));

    for (String name : List.of("long.yaml", "long.json")) {
      String content =
          name.endsWith(".json")
              ? resource("good/tiny.json").replace("Tiny council", "x".repeat(101))
              : yaml;
      RuleFileException e = assertThrows(RuleFileException.class, () -> strict.read(name, content));
      assertEquals("name", e.problems().get(0).path(), e.getMessage());
      assertEquals(
          "text of 101 characters; at most 100 are allowed", e.problems().get(0).message());
    }
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    byte[] latin1 = "name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

    RuleFileException e =
        assertThrows(RuleFileException.class, () -> reader.read("latin1.yaml", new ByteArrayInputStream(latin1)));

    assertEquals("latin1.yaml:1:1 the file is not UTF-8 text; save it as UTF-8", e.getMessage());
  }

  @Test
  void aYamlKeyThatIsNotTextIsASyntaxErrorWithoutParserClassNames() {
    RuleFileException e =
        assertThrows(RuleFileException.class, () -> reader.read("key.yaml", "? [a, b]\n: x\n"));

    assertEquals(
        "key.yaml:1:4 YAML syntax error: a field name must be text, not a list or a mapping", e.getMessage());
  }

  @Test
  void refusesASecondYamlDocument() throws IOException {
    String yaml = resource("good/tiny.yaml") + "---\nid: other\n";

    RuleFileException e = assertThrows(RuleFileException.class, () -> reader.read("two.yaml", yaml));

    // Jackson places the second document where its content starts, after the '---'.
    assertEquals(17, e.problems().get(0).line(), e.getMessage());
    assertTrue(e.getMessage().endsWith("a rule file holds one document; found a second one"));
  }

  @Test
  void loadsSeveralFilesIntoARegistryByEffectiveDate() throws IOException {
    RuleSetRegistry registry = reader.readRegistry(List.of(NORTHSHIRE_2026, NORTHSHIRE_2025));

    assertEquals("2025.1", registry.inForceOn(LocalDate.of(2026, 3, 31)).ruleSet().version());
    assertEquals("2026.1", registry.inForceOn(LocalDate.of(2026, 4, 1)).ruleSet().version());
    assertEquals("2026.1", registry.latest().ruleSet().version());
  }

  @Test
  void aRegistryReportsTheProblemsOfEveryFileAtOnce(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    Files.writeString(a, resource("bad/bad-date.yaml"));
    Files.writeString(b, resource("bad/negative-points.yaml"));

    RuleFileException e =
        assertThrows(RuleFileException.class, () -> reader.readRegistry(List.of(a, b, NORTHSHIRE_2026)));

    assertEquals(List.of(a.toString(), b.toString()), e.problems().stream().map(RuleFileProblem::source).toList());
  }

  @Test
  void aRegistryRefusesTwoFilesTakingEffectOnTheSameDate(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("copy.yaml");
    Files.writeString(copy, Files.readString(NORTHSHIRE_2026).replace("2026.1", "2026.2"));

    RuleFileException e =
        assertThrows(RuleFileException.class, () -> reader.readRegistry(List.of(NORTHSHIRE_2026, copy)));

    assertEquals(
        copy
            + ":7:16 effectiveFrom: 2026-04-01 is also the effective date of "
            + NORTHSHIRE_2026
            + "; each version needs its own date",
        e.getMessage());
  }

  @Test
  void problemsFormatLikeACompilerAndTheExceptionNeedsOne() {
    assertEquals(
        "council.yaml:42:7 pricing.bands[3].from: message",
        new RuleFileProblem("council.yaml", 42, 7, "pricing.bands[3].from", "message").toString());
    assertEquals("council.yaml:1:1 message", new RuleFileProblem("council.yaml", 1, 1, "", "message").toString());
    assertThrows(IllegalArgumentException.class, () -> new RuleFileProblem("a", 0, 1, "", "m"));
    assertThrows(IllegalArgumentException.class, () -> new RuleFileException(List.of()));
  }

  @Test
  void theExamplesInTheFormatReferenceAreValid() throws IOException {
    String doc = Files.readString(Path.of("../docs/rule-file.md"));
    String yaml = block(doc, "```yaml\n");
    String json = block(doc, "```json\n");

    RuleSet fromYaml = reader.read("rule-file.md.yaml", yaml);
    RuleSet fromJson = reader.read("rule-file.md.json", json);

    assertEquals(fromYaml.domains().get(0).questions(), fromJson.domains().get(0).questions());
    assertEquals(fromYaml.pricing().method(), fromJson.pricing().method());
  }

  private static String block(String markdown, String opening) {
    int start = markdown.indexOf(opening) + opening.length();
    return markdown.substring(start, markdown.indexOf("```", start));
  }

  @Test
  void limitsAreCheckedWhenSet() {
    assertThrows(IllegalArgumentException.class, () -> RuleSetReader.builder().maxFileBytes(0));
    assertThrows(IllegalArgumentException.class, () -> RuleSetReader.builder().maxNestingDepth(7));
    assertThrows(IllegalArgumentException.class, () -> RuleSetReader.builder().maxStringLength(99));
  }
}
