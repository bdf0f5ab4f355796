package uk.ras.rules.plan;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/plan.schema.json accepts the files the reader accepts (the bundled ones and the reader test's) and refuses structural mistakes. */
class PlanSchemaTest {
  private static final Path BUNDLED = Path.of("../ras-examples/src/main/resources/uk/ras/examples/plans");

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
          .build();

  private static JsonSchema schema() throws IOException {
    JsonNode node = new ObjectMapper().readTree(Files.readString(Path.of("../docs/plan.schema.json")));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  @Test
  void theBundledAndTestFilesMatchTheSchema() throws IOException {
    JsonSchema schema = schema();
    List<Path> bundled;
    try (Stream<Path> files = Files.list(BUNDLED)) {
      bundled = files.sorted().toList();
    }
    assertEquals(4, bundled.size());
    for (Path file : bundled) {
      assertEquals(Set.of(), schema.validate(YAML.readTree(file.toFile())), file.toString());
    }
    assertEquals(Set.of(), schema.validate(YAML.readTree(PlanReaderTest.PLAN)));
  }

  @Test
  void theSchemaRefusesStructuralMistakes() throws IOException {
    JsonSchema schema = schema();
    String plan = PlanReaderTest.PLAN;
    for (String bad :
        List.of(
            plan.replace("kind: provider-quote", "kind: quote"),
            plan.replace("weekly: \"60.00\"}", "weekly: \"60.00\", years: 2}"),
            plan.replace("{control: isf, holder: Hillside}", "{control: isf}"),
            plan.replace("heldBy: {control: council}, weekly", "heldBy: {control: council, holder: Town Hall}, weekly"),
            plan.replace(", employmentAllowance: true", ""),
            plan.replace("willingness: not-confirmed", "willingness: maybe"),
            plan.replace("section_117: false", "section_117: \"no\""),
            plan.replace("facs_band:", "facs_bnd:"),
            plan.replace("approved: true", "approved: false"),
            plan + "  reason: fine\n",
            plan.replace("hourlyPay: \"13.00\"", "hourlyPay: \"13.001\""))) {
      assertFalse(schema.validate(YAML.readTree(bad)).isEmpty(), bad);
    }
  }
}
