package uk.ras.rules.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/rates-file.schema.json and docs/cost-plan.schema.json accept the files the reader accepts (the
 * bundled ones and the reader test's) and refuse structural mistakes.
 */
class CostingSchemaTest {
  private static final Path BUNDLED = Path.of("../ras-examples/src/main/resources/uk/ras/examples/costing");

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
          .build();

  private static JsonSchema schema(String name) throws IOException {
    JsonNode node = new ObjectMapper().readTree(Files.readString(Path.of("../docs", name)));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  @Test
  void theBundledAndTestFilesMatchTheSchemas() throws IOException {
    JsonSchema rates = schema("rates-file.schema.json");
    JsonSchema plan = schema("cost-plan.schema.json");
    assertEquals(Set.of(), rates.validate(YAML.readTree(BUNDLED.resolve("rates.yaml").toFile())));
    assertEquals(Set.of(), rates.validate(YAML.readTree(CostingReaderTest.RATES)));
    assertEquals(Set.of(), rates.validate(YAML.readTree(CostingReaderTest.RATES + CostingReaderTest.EMPLOYER)));
    assertEquals(Set.of(), plan.validate(YAML.readTree(BUNDLED.resolve("rowan-house.yaml").toFile())));
    assertEquals(Set.of(), plan.validate(YAML.readTree(CostingReaderTest.PLAN)));
  }

  @Test
  void theSchemasRefuseStructuralMistakes() throws IOException {
    JsonSchema rates = schema("rates-file.schema.json");
    for (String bad :
        List.of(
            CostingReaderTest.RATES.replace("rounding: HALF_UP", "rounding: nearest"),
            CostingReaderTest.RATES.replace("method: margin", "method: profit"),
            CostingReaderTest.RATES.replace("hourly: \"20.00\"", "hourly: \"20.001\""),
            CostingReaderTest.RATES.replace("      - {name: weekend, multiplier: 1.5}", "      - {name: weekend}"),
            CostingReaderTest.RATES.replace("    mileage:", "    milage:"))) {
      Set<ValidationMessage> errors = rates.validate(YAML.readTree(bad));
      assertFalse(errors.isEmpty(), bad);
    }
    JsonSchema plan = schema("cost-plan.schema.json");
    for (String bad :
        List.of(
            CostingReaderTest.PLAN.replace("kind: sleep-in, scope: core", "kind: naps, scope: core"),
            CostingReaderTest.PLAN.replace("scope: shared, users: [C, A], staff", "scope: shared, staff"),
            CostingReaderTest.PLAN.replace("nightsPerWeek: 7,", "nightsPerWeek: 7, years: 2,"),
            CostingReaderTest.PLAN.replace("scope: core, nightsPerWeek", "scope: core, person: A, nightsPerWeek"))) {
      Set<ValidationMessage> errors = plan.validate(YAML.readTree(bad));
      assertFalse(errors.isEmpty(), bad);
    }
  }
}
