package uk.ras.rules.ledger;

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
import org.junit.jupiter.api.Test;

/**
 * docs/ledger.schema.json accepts the files the reader accepts (the bundled scenario's setup and the reader
 * test's) and refuses structural mistakes the reader refuses too.
 */
class LedgerSchemaTest {
  private static final Path BUNDLED =
      Path.of("../ras-examples/src/main/resources/uk/ras/examples/ledger/floating-support/setup.yaml");

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
          .build();

  private static JsonSchema schema() throws IOException {
    JsonNode node = new ObjectMapper().readTree(Files.readString(Path.of("../docs/ledger.schema.json")));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  @Test
  void theBundledAndTestFilesMatchTheSchema() throws IOException {
    JsonSchema schema = schema();
    assertEquals(Set.of(), schema.validate(YAML.readTree(BUNDLED.toFile())));
    assertEquals(Set.of(), schema.validate(YAML.readTree(LedgerSetupReaderTest.SETUP)));
    String own =
        LedgerSetupReaderTest.SETUP.replace("calendar: england-and-wales",
            "calendar: {name: Test, firstYear: 2026, lastYear: 2026, dates: [2026-05-25, 2026-08-31]}");
    LedgerSetupReaderTest.READER.read("setup.yaml", own);
    assertEquals(Set.of(), schema.validate(YAML.readTree(own)));
  }

  @Test
  void theSchemaRefusesStructuralMistakes() throws IOException {
    JsonSchema schema = schema();
    String setup = LedgerSetupReaderTest.SETUP;
    for (String bad :
        List.of(
            setup.replace("notice: 1 day", "notise: 1 day"),
            setup.replace("notice: 1 day", "notice: 1 dya"),
            setup.replace("calendar: england-and-wales", "calendar: scotland"),
            setup.replace("day: Wednesday", "day: wednesday"),
            setup.replace("start: \"10:00\"", "start: \"10.00\""),
            setup.replace(", days: 14", ""),
            setup.replace("policy: pay-provider", "policy: bank"),
            setup.replace("surplusWeeks: 8", "surplusWeeks: 0"),
            setup.replace("everyMonths: 6", "everyMonths: 48"),
            setup.replace("weeklyBudget: \"100.00\"", "weeklyBudget: \"100.001\""),
            setup.replace("    planStart: 2026-05-04\n", ""),
            setup.replace(", reference: RA-2211", ""),
            setup.replace("{date: 2026-07-01", "{dated: 2026-07-01"))) {
      assertFalse(schema.validate(YAML.readTree(bad)).isEmpty(), bad);
      org.junit.jupiter.api.Assertions.assertThrows(
          uk.ras.rules.RuleFileException.class, () -> LedgerSetupReaderTest.READER.read("setup.yaml", bad), bad);
    }
  }
}
