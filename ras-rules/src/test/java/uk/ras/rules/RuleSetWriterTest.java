package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.rules.MalformedRuleFilesTest.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.ruleset.RuleSet;

class RuleSetWriterTest {
  private static final RuleSetReader READER = RuleSetReader.create();
  private static final RuleSetWriter WRITER = RuleSetWriter.create();

  @Test
  void everyTestRuleFileReadsBackEqualFromYamlAndJson() throws IOException {
    for (String name :
        List.of("good/everything.yaml", "good/tiny.yaml", "good/tiny.json", "good/streams.yaml", "good/choices.yaml")) {
      RuleSet rules = READER.read(name, resource(name));
      assertEquals(rules, READER.read("written.yaml", WRITER.toYaml(rules)), name);
      assertEquals(rules, READER.read("written.json", WRITER.toJson(rules)), name);
    }
  }

  @Test
  void theFileFormatFollowsTheExtension(@TempDir Path dir) throws IOException {
    RuleSet rules = READER.read("good/everything.yaml", resource("good/everything.yaml"));
    WRITER.write(rules, dir.resolve("out.json"));
    WRITER.write(rules, dir.resolve("out.yaml"));
    assertTrue(Files.readString(dir.resolve("out.json")).startsWith("{"));
    assertTrue(Files.readString(dir.resolve("out.yaml")).startsWith("id: "));
    assertEquals(rules, READER.read(dir.resolve("out.json")));
    assertEquals(rules, READER.read(dir.resolve("out.yaml")));
  }

  @Test
  void yamlKeepsTheVersionAStringAndTheDateReadable() throws IOException {
    RuleSet rules = READER.read("good/tiny.yaml", resource("good/tiny.yaml")).withVersion("2027.10");
    String yaml = WRITER.toYaml(rules);
    assertTrue(yaml.contains("version: \"2027.10\""), yaml);
    assertTrue(yaml.contains("effectiveFrom: \"2026-04-01\""), yaml);
    assertEquals("2027.10", READER.read("v.yaml", yaml).version());
  }

  @Test
  void bandsAndEachWeeksPerYearAreWrittenSoThatTheyReadBackEqual() throws IOException {
    String tiny = HostileRuleFilesTest.tiny();
    String banded =
        tiny.substring(0, tiny.indexOf("pricing:"))
            + "pricing:\n  bands:\n    - { from: 0, to: 3, weekly: 10.00 }\n    - { from: 4, weekly: 20.50 }\n";
    for (String weeks : List.of("\"52\"", "\"365/7\"", "\"365.25/7\"")) {
      RuleSet rules =
          READER.read(
              "b.yaml", banded.replace("effectiveFrom: 2026-04-01\n", "effectiveFrom: 2026-04-01\nweeksPerYear: " + weeks + "\n"));
      String yaml = WRITER.toYaml(rules);
      assertTrue(yaml.contains("weeksPerYear: " + weeks), yaml);
      assertEquals(rules, READER.read("written.yaml", yaml), weeks);
      assertEquals(rules, READER.read("written.json", WRITER.toJson(rules)), weeks);
    }
  }

  @Test
  void aPathWithoutAFileNameIsAnIoErrorNotANullPointer() throws IOException {
    RuleSet rules = READER.read("good/tiny.yaml", resource("good/tiny.yaml"));
    Path root = Path.of("/");
    assertEquals(null, root.getFileName());
    org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> WRITER.write(rules, root));
  }
}
