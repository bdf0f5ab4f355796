package uk.ras.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.examples.Cli;

/** {@code ras isf}: exit codes and the exact JSON shape of the contract in issue 4. */
class IsfCommandTest {
  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+\\.[0-9]{2}");

  static JsonNode json(Cli cli) throws Exception {
    assertEquals(0, cli.exit, cli::toString);
    return JSON.readTree(cli.out);
  }

  static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  static void assertAmount(JsonNode node) {
    assertTrue(node.isTextual() && AMOUNT.matcher(node.asText()).matches(), () -> "not an amount string: " + node);
  }

  @Test
  void splitPrintsTheContractFieldsInOrderWithAmountStrings() throws Exception {
    JsonNode root = json(Cli.run("isf", "split"));
    assertEquals(List.of("setting", "period", "total", "people"), fields(root).subList(0, 4));
    assertEquals("Elm Road", root.get("setting").asText());
    assertEquals("week", root.get("period").asText());
    assertEquals("2881.10", root.get("total").asText());
    List<String> ids = new ArrayList<>();
    for (JsonNode p : root.get("people")) {
      assertEquals(List.of("id", "core", "shared", "personal", "total"), fields(p).subList(0, 5));
      for (String f : List.of("core", "shared", "personal", "total", "controlled", "heldByProvider")) {
        assertAmount(p.get(f));
      }
      ids.add(p.get("id").asText());
    }
    assertEquals(List.of("A", "B", "C", "D", "E", "F"), ids);
    // Hand-worked in SettingTest: A = 257.51 + 189.94 + 120.00.
    JsonNode a = root.get("people").get(0);
    assertEquals("257.51", a.get("core").asText());
    assertEquals("189.94", a.get("shared").asText());
    assertEquals("567.45", a.get("total").asText());
    assertEquals("other-provider", root.get("people").get(4).get("spentWith").asText());
    assertEquals("310.01", root.get("people").get(4).get("heldByProvider").asText());
  }

  @Test
  void leaveUnderResplitHasUnallocatedAndNoVacancy() throws Exception {
    JsonNode root = json(Cli.run("isf", "leave", "--person", "C"));
    assertEquals(
        List.of("setting", "period", "leaver", "policy", "budgetReduction", "previousTotal", "newTotal", "people", "unallocated"),
        fields(root).subList(0, 9));
    assertFalse(root.has("vacancy"));
    assertEquals("resplit", root.get("policy").asText());
    assertEquals("150.00", root.get("budgetReduction").asText());
    assertEquals("2881.10", root.get("previousTotal").asText());
    assertEquals("2731.10", root.get("newTotal").asText());
    JsonNode a = root.get("people").get(0);
    assertEquals(List.of("id", "core", "shared", "personal", "total", "change"), fields(a).subList(0, 6));
    assertEquals("705.16", a.get("total").asText());
    assertEquals("137.71", a.get("change").asText());
    assertEquals(5, root.get("people").size());
    assertEquals(0, root.get("unallocated").size());
  }

  @Test
  void leaveUnderHoldVacancyHasVacancyInsteadOfUnallocated() throws Exception {
    JsonNode root = json(Cli.run("isf", "leave", "--person=C", "--policy", "hold-vacancy"));
    assertFalse(root.has("unallocated"));
    JsonNode vacancy = root.get("vacancy");
    assertEquals(4, vacancy.size());
    assertEquals(List.of("name", "amount"), fields(vacancy.get(0)).subList(0, 2));
    assertEquals("Sleep-in night support", vacancy.get(0).get("name").asText());
    assertEquals("169.17", vacancy.get(0).get("amount").asText());
    assertEquals("0.00", root.get("people").get(0).get("change").asText());
  }

  @Test
  void aNegativeChangeHasAMinusSign() throws Exception {
    // B: 257.51 + 52.50 + 95.50 = 405.51 before; G joins: core 154505p / 7 = 22072 r 1 (A gets the penny),
    // so B's core is 220.72; vehicle 210.00 / 5 = 42.00: B 358.22, change -47.29.
    JsonNode root = json(Cli.run("isf", "join", "--id", "G", "--personal-funding", "100.00", "--uses", "Vehicle"));
    assertEquals("-47.29", root.get("people").get(1).get("change").asText());
    assertEquals("G", root.get("people").get(6).get("id").asText());
    assertEquals("100.00", root.get("budgetIncrease").asText());
  }

  @Test
  void unallocatedLinesAreListedInFileOrder() throws Exception {
    Path file = dir.resolve("two.yaml");
    Files.writeString(
        file,
        "setting: Two\nperiod: year\npeople:\n  - {id: A, personalFunding: 10}\n  - {id: B, personalFunding: 20}\n"
            + "costs:\n  - {name: Allotment, kind: shared, amount: 12.40, usedBy: [B]}\n"
            + "  - {name: Manager, kind: core, amount: 100}\n  - {name: Gym, kind: shared, amount: 7, usedBy: [B]}\n",
        StandardCharsets.UTF_8);
    JsonNode root = json(Cli.run("isf", "leave", file.toString(), "--person", "B"));
    JsonNode un = root.get("unallocated");
    assertEquals("Allotment", un.get(0).get("name").asText());
    assertEquals("12.40", un.get(0).get("amount").asText());
    assertEquals("Gym", un.get(1).get("name").asText());
    assertEquals("7.00", un.get(1).get("amount").asText());
    assertEquals("129.40", root.get("newTotal").asText());
  }

  @Test
  void invalidInputExitsOneWithOneLocatedMessagePerProblemAndNoStackTrace() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        "{\"setting\": \"S\", \"period\": \"week\",\n"
            + " \"people\": [{\"id\": \"A\", \"personalFunding\": \"1.00\"}, {\"id\": \"A\", \"personalFunding\": \"1.00\"}],\n"
            + " \"costs\": [{\"name\": \"x\", \"kind\": \"shared\", \"amount\": \"1\", \"usedBy\": [\"Q9\"]}]}\n",
        StandardCharsets.UTF_8);
    Cli cli = Cli.run("isf", "split", file.toString());
    assertEquals(1, cli.exit, cli::toString);
    assertEquals("", cli.out);
    String[] lines = cli.err.split("\n");
    assertEquals(2, lines.length, cli::toString);
    assertTrue(lines[0].startsWith(file + ":2:"), lines[0]);
    assertTrue(lines[0].contains(" people[1].id: duplicate person \"A\" (also people[0])"), lines[0]);
    assertTrue(lines[1].contains(" costs[0].usedBy[0]: unknown person \"Q9\""), lines[1]);
    assertFalse(cli.err.contains("Exception"), cli::toString);
  }

  @Test
  void malformedJsonExitsOne() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"setting\": ", StandardCharsets.UTF_8);
    Cli cli = Cli.run("isf", "split", file.toString());
    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.err.startsWith(file + ":1:"), cli::toString);
    assertTrue(cli.err.contains("JSON syntax error"), cli::toString);
  }

  @Test
  void anUnknownPersonExitsOneNamingTheOption() {
    Cli cli = Cli.run("isf", "leave", "--person", "Z");
    assertEquals(1, cli.exit, cli::toString);
    assertEquals(
        "--person: unknown person \"Z\" in setting \"Elm Road\"; expected one of A, B, C, D, E, F\n", cli.err);
  }

  @Test
  void aJoinThatDoesNotFitExitsOneNamingTheOptions() {
    Cli cli = Cli.run("isf", "join", "--id", "A", "--personal-funding", "1", "--uses", "Boat");
    assertEquals(1, cli.exit, cli::toString);
    assertEquals(
        "--id: duplicate person \"A\" (also people[0])\n"
            + "--uses (1): unknown shared cost line \"Boat\"; expected one of Vehicle, Day activity worker\n",
        cli.err);
  }

  @Test
  void joinNamesEveryMissingRequiredOptionInOneMessage() {
    // picocli alone said '--id=ID' on one run and the funding group only on the next.
    Cli none = Cli.run("isf", "join");
    assertEquals(2, none.exit, none::toString);
    assertEquals("ras: missing the required options '--id=ID' and '--personal-funding=AMOUNT' or '--weight=N'\n"
        + "see 'ras isf join --help'\n", none.err);
    Cli noFunding = Cli.run("isf", "join", "--id", "G");
    assertEquals(2, noFunding.exit, noFunding::toString);
    assertEquals("ras: missing the required option '--personal-funding=AMOUNT' or '--weight=N'\n"
        + "see 'ras isf join --help'\n", noFunding.err);
    Cli noId = Cli.run("isf", "join", "--weight", "2");
    assertEquals(2, noId.exit, noId::toString);
    assertEquals("ras: missing the required option '--id=ID'\nsee 'ras isf join --help'\n", noId.err);
  }

  @Test
  void usageErrorsExitTwo() {
    for (String[] args :
        List.of(
            new String[] {"isf"},
            new String[] {"isf", "divide"},
            new String[] {"isf", "leave"},
            new String[] {"isf", "leave", "--person", "C", "--policy", "evict"},
            new String[] {"isf", "split", "--format", "xml"},
            new String[] {"isf", "split", "--colour", "red"},
            new String[] {"isf", "split", dir.resolve("missing.json").toString()},
            new String[] {"isf", "join", "--id", "G"},
            new String[] {"isf", "join", "--id", "G", "--personal-funding", "1.005"})) {
      Cli cli = Cli.run(args);
      assertEquals(2, cli.exit, () -> String.join(" ", args) + "\n" + cli);
      assertTrue(cli.err.startsWith("ras: "), cli::toString);
      // One line saying what is wrong, then where the help is.
      List<String> lines = cli.err.lines().toList();
      assertEquals(2, lines.size(), cli::toString);
      assertTrue(lines.get(1).matches("see 'ras isf( [a-z]+)? --help'"), cli::toString);
    }
  }

  @Test
  void textFormatIsATableForPeople() {
    Cli cli = Cli.run("isf", "split", "--format", "text");
    assertEquals(0, cli.exit, cli::toString);
    assertTrue(cli.out.startsWith("Elm Road: ISFs per week\n"), cli::toString);
    assertTrue(cli.out.contains("£200.00 (39.2%)"), cli::toString); // E controls 200.00 of 510.01
    Cli leave = Cli.run("isf", "leave", "--person", "C", "--policy", "hold-vacancy", "--format", "text");
    assertEquals(0, leave.exit, leave::toString);
    assertTrue(leave.out.contains("Vacancy:\n"), leave::toString);
  }

  @Test
  void portfolioRunsEveryLeaveOfEverySetting() throws Exception {
    JsonNode root = json(Cli.run("isf", "portfolio"));
    assertEquals("resplit", root.get("policy").asText());
    assertEquals(2, root.get("settings").size());
    JsonNode birch = root.get("settings").get(1);
    assertEquals("Birch Close", birch.get("setting").asText());
    assertEquals("1000.01", birch.get("total").asText());
    assertEquals(3, birch.get("leaves").size());
    // G's personal funding: 60001p by 42:30:28 -> 252.01 (see SettingTest).
    assertEquals("252.01", birch.get("leaves").get(0).get("budgetReduction").asText());
    assertEquals(6, root.get("settings").get(0).get("leaves").size());
    Cli text = Cli.run("isf", "portfolio", "--policy", "hold-vacancy", "--format", "text");
    assertEquals(0, text.exit, text::toString);
    assertTrue(text.out.contains("2 settings, 9 leave analyses"), text::toString);
  }
}
