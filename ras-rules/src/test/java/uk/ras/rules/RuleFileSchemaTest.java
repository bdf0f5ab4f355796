package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.ras.rules.MalformedRuleFilesTest.resource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/rule-file.schema.json accepts the files the reader accepts and refuses structural mistakes. */
class RuleFileSchemaTest {
  private static final Path SCHEMA = Path.of("../docs/rule-file.schema.json");

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          // YAML 1.2, as the reader reads it: yes/no/on/off are text, so the schema refuses them as booleans.
          .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
          .build();

  private static JsonSchema schema() throws IOException {
    JsonNode schemaNode = new ObjectMapper().readTree(Files.readString(SCHEMA));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
  }

  @ParameterizedTest
  @ValueSource(strings = {"northshire-mh-2025.yaml", "northshire-mh-2026.yaml"})
  void theBundledRuleFilesMatchTheSchema(String name) throws IOException {
    JsonNode file = YAML.readTree(RuleSetReaderTest.BUNDLED.resolve(name).toFile());

    Set<ValidationMessage> errors = schema().validate(file);

    assertEquals(Set.of(), errors);
  }

  @ParameterizedTest
  @ValueSource(strings = {"good/tiny.yaml", "good/tiny.json", "good/everything.yaml", "good/streams.yaml", "good/choices.yaml"})
  void theTestRuleFilesMatchTheSchema(String name) throws IOException {
    Set<ValidationMessage> errors = schema().validate(YAML.readTree(resource(name)));

    assertEquals(Set.of(), errors);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "unknown-field.yaml", "missing-field.yaml", "wrong-type.yaml", "unquoted-version.yaml",
        "blank-id.yaml", "fraction-of-a-penny.yaml", "bad-rounding.yaml", "bad-weeks-per-year.yaml",
        "bad-ceiling-policy.yaml", "two-pricing-methods.yaml", "no-pricing-method.yaml",
        "huge-number.yaml", "negative-points.yaml", "share-out-of-range.yaml", "list-at-top.yaml",
        "bad-facs-band.yaml", "stream-field-problems.yaml", "pool-problems.yaml",
        "yaml-1-1-booleans.yaml", "yaml-1-1-typed-fields.yaml"
      })
  void theSchemaRefusesStructuralMistakes(String name) throws IOException {
    Set<ValidationMessage> errors = schema().validate(YAML.readTree(resource("bad/" + name)));

    assertFalse(errors.isEmpty(), name + " should not match the schema");
  }

  @Test
  void readAsYaml12TheSchemaRefusesYesInATrueFalseField() throws IOException {
    String yes = resource("good/streams.yaml").replace("chargeable: false", "chargeable: yes");

    Set<ValidationMessage> errors = schema().validate(YAML.readTree(yes));

    assertFalse(errors.isEmpty(), "'chargeable: yes' should not match the schema");
  }
}
