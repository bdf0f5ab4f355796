package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How the text of a file becomes the located tree, and how many problems one file reports: the paths of
 * duplicate fields count towards the nesting limit, alias names are cut at 60 characters, a YAML binary
 * value is refused twice over, a JSON number past Jackson's length limit is a located safety-limit
 * problem, and at most 100 problems are listed. Written to kill the mutants PIT found surviving in the
 * tree builder and the problem list.
 */
class RuleFileTreeTest {
  private static List<String> problems(RuleSetReader reader, String source, String content) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> reader.read(source, content));
    return e.problems().stream().map(RuleFileProblem::toString).collect(Collectors.toList());
  }

  @Test
  void theValueOfADuplicateFieldCountsTowardsTheNestingLimit() {
    RuleSetReader reader = RuleSetReader.builder().maxNestingDepth(8).build();
    // The root mapping is level 0 and the duplicate's value level 1: its eighth list is level 8.
    assertEquals(
        List.of(
            "d.json:1:10 a: duplicate field 'a' (first written at line 1)",
            "d.json:1:22 a[0][0][0][0][0][0][0]: nesting is deeper than 8 levels"),
        problems(reader, "d.json", "{\"a\": 1, \"a\": [[[[[[[[1]]]]]]]]}"));
  }

  @Test
  void anAliasNameIsShownInFullUpToSixtyCharacters() {
    String sixty = "n".repeat(60);
    assertEquals(
        List.of("a.yaml:2:4 b: YAML aliases are not allowed (found *" + sixty + "); write the value out in full"),
        problems(RuleSetReader.create(), "a.yaml", "a: &" + sixty + " x\nb: *" + sixty + "\n"));
    String sixtyOne = "m".repeat(61);
    assertEquals(
        List.of(
            "a.yaml:2:4 b: YAML aliases are not allowed (found *" + "m".repeat(57) + "...); write the value out"
                + " in full"),
        problems(RuleSetReader.create(), "a.yaml", "a: &" + sixtyOne + " x\nb: *" + sixtyOne + "\n"));
  }

  @Test
  void aYamlBinaryValueIsATagAndAnUnsupportedValue() throws IOException {
    String yaml = HostileRuleFilesTest.tiny().replace("name: Tiny council", "name: !!binary aGVsbG8=");
    assertEquals(
        List.of(
            "b.yaml:2:7 name: YAML tags are not allowed (found !!binary); remove the tag",
            "b.yaml:2:7 name: unsupported value; expected text, a number, a list or a mapping",
            "b.yaml:2:7 name: expected text, found no value"),
        problems(RuleSetReader.create(), "b.yaml", yaml));
  }

  @Test
  void aJsonNumberLongerThanAHundredDigitsIsASafetyLimitProblem() throws IOException {
    String json =
        MalformedRuleFilesTest.resource("good/tiny.json")
            .replace("\"pricePerPoint\": 5.00", "\"pricePerPoint\": 1" + "0".repeat(100));
    RuleFileException e = assertThrows(RuleFileException.class, () -> RuleSetReader.create().read("n.json", json));
    assertEquals(1, e.problems().size(), e::getMessage);
    RuleFileProblem p = e.problems().get(0);
    assertEquals(22, p.line(), e::getMessage);
    assertEquals(
        "the file exceeds a safety limit: Number value length (101) exceeds the maximum allowed (100)", p.message());
  }

  /** The tiny rule file with {@code n} unknown top-level fields, each a problem of its own. */
  private static String withUnknownFields(int n) throws IOException {
    return HostileRuleFilesTest.tiny()
        + IntStream.range(0, n).mapToObj(i -> "extra" + i + ": 1\n").collect(Collectors.joining());
  }

  @Test
  void aHundredProblemsAreListedAndPastThatOneLineSaysThereWereMore() throws IOException {
    List<String> hundred = problems(RuleSetReader.create(), "u.yaml", withUnknownFields(100));
    assertEquals(100, hundred.size());
    assertEquals(
        IntStream.range(0, 100).mapToObj(i -> "extra" + i).collect(Collectors.toList()),
        hundred.stream().map(p -> p.replaceAll("^.*unknown field '([^']*)'.*$", "$1")).collect(Collectors.toList()));

    List<String> more = problems(RuleSetReader.create(), "u.yaml", withUnknownFields(101));
    assertEquals(101, more.size());
    assertEquals(hundred, more.subList(0, 100));
    assertEquals("u.yaml:1:1 more problems were found; only the first 100 are shown", more.get(100));
  }

  @Test
  void aRegistryOfNoFilesIsACallerMistake() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RuleSetReader.create().readRegistry(List.<Path>of()));
    assertEquals("a registry needs at least one rule file", e.getMessage());
  }

  @Test
  void aProblemIsAtLineAndColumnOneOrMore() {
    assertEquals("f.yaml:1:1 p: m", new RuleFileProblem("f.yaml", 1, 1, "p", "m").toString());
    assertEquals(
        "line and column are 1-based: 0:1",
        assertThrows(IllegalArgumentException.class, () -> new RuleFileProblem("f.yaml", 0, 1, "p", "m"))
            .getMessage());
    assertEquals(
        "line and column are 1-based: 1:0",
        assertThrows(IllegalArgumentException.class, () -> new RuleFileProblem("f.yaml", 1, 0, "p", "m"))
            .getMessage());
    assertNotEquals(
        new RuleFileProblem("f.yaml", 1, 2, "p", "m"), new RuleFileProblem("f.yaml", 2, 1, "p", "m"));
  }

  @Test
  void aByteOrderMarkIsSkippedOnEveryWayIn() throws IOException {
    RuleSetReader reader = RuleSetReader.create();
    for (String name : List.of("good/tiny.yaml", "good/tiny.json")) {
      String text = MalformedRuleFilesTest.resource(name);
      String source = name.substring(name.indexOf('/') + 1);
      uk.ras.ruleset.RuleSet plain = reader.read(source, text);
      assertEquals(plain, reader.read(source, "\uFEFF" + text), name);
      byte[] bytes = ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(0xEF, bytes[0] & 0xFF);
      assertEquals(plain, reader.read(source, new java.io.ByteArrayInputStream(bytes)), name);
    }
  }

  @Test
  void anUnknownFieldNameIsShownInFullUpToFortyCharacters() throws IOException {
    String known =
        "; expected one of id, name, version, effectiveFrom, currency, weeksPerYear, rounding, domains,"
            + " informalSupport, pricing, streams, pools, section117Streams";
    String forty = "q".repeat(40);
    assertEquals(
        List.of("u.yaml:16:1 " + forty + ": unknown field '" + forty + "'" + known),
        problems(RuleSetReader.create(), "u.yaml", HostileRuleFilesTest.tiny() + forty + ": 1\n"));
    String fortyOne = "q".repeat(41);
    assertEquals(
        List.of("u.yaml:16:1 " + fortyOne + ": unknown field '" + "q".repeat(37) + "...'" + known),
        problems(RuleSetReader.create(), "u.yaml", HostileRuleFilesTest.tiny() + fortyOne + ": 1\n"));
  }
}
