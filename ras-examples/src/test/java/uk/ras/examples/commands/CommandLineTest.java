package uk.ras.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;
import uk.ras.examples.Cli;
import uk.ras.examples.Ras;
import uk.ras.examples.commands.CalibrateCommand;
import uk.ras.examples.scenarios.PilotCouncil;

/** The command line's help, version, suggestions and usage errors, the same for every command (issue 18). */
class CommandLineTest {
  /** Every command that runs something, as typed after {@code ras}. */
  static List<List<String>> commands() {
    List<List<String>> names = new ArrayList<>();
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    collect(Ras.commandLine(nowhere, nowhere), new ArrayList<>(), names);
    return names;
  }

  private static void collect(CommandLine cl, List<String> path, List<List<String>> names) {
    names.add(List.copyOf(path));
    cl.getSubcommands().forEach((name, sub) -> {
      if (!name.equals("help")) {
        List<String> deeper = new ArrayList<>(path);
        deeper.add(name);
        collect(sub, deeper, names);
      }
    });
  }

  private static Cli run(List<String> command, String... more) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void everyCommandIsThere() {
    assertEquals(
        List.of(List.of(), List.of("allocate"), List.of("portfolio"), List.of("sample"), List.of("isf"),
            List.of("isf", "split"), List.of("isf", "leave"), List.of("isf", "join"), List.of("isf", "portfolio"),
            List.of("calibrate"), List.of("cost"), List.of("compare"), List.of("plan"), List.of("plan", "check"),
            List.of("ledger"), List.of("ledger", "init"), List.of("ledger", "record"), List.of("ledger", "import"),
            List.of("ledger", "statement"), List.of("ledger", "reconcile"), List.of("ledger", "reviews")),
        commands());
  }

  @Test
  void everyCommandHasHelpListingEveryOptionWithItsDefault() {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    CommandLine root = Ras.commandLine(nowhere, nowhere);
    for (List<String> command : commands()) {
      Cli cli = run(command, "--help");
      assertEquals(0, cli.exit, cli::toString);
      assertEquals("", cli.err, cli::toString);
      assertTrue(cli.out.startsWith("Usage: " + String.join(" ", prefixed(command))), cli::toString);
      CommandLine cl = root;
      for (String name : command) {
        cl = cl.getSubcommands().get(name);
      }
      for (OptionSpec option : cl.getCommandSpec().options()) {
        if (option.usageHelp() || option.versionHelp()) {
          continue;
        }
        assertTrue(cli.out.contains("  " + option.longestName()), () -> option.longestName() + " in " + cli.out);
        String description = String.join(" ", option.description());
        assertTrue(description.contains("Default: ") || description.contains("Required"),
            () -> command + " " + option.longestName() + " states no default: " + description);
      }
    }
  }

  private static List<String> prefixed(List<String> command) {
    List<String> all = new ArrayList<>(List.of("ras"));
    all.addAll(command);
    return all;
  }

  @Test
  void helpIsAlsoACommand() {
    Cli cli = Cli.run("help", "allocate");
    assertEquals(0, cli.exit, cli::toString);
    assertEquals(Cli.run("allocate", "--help").out, cli.out);
  }

  @Test
  void everyCommandShowsTheVersion() throws IOException {
    Properties built = new Properties();
    try (InputStream in = Ras.class.getResourceAsStream("version.properties")) {
      built.load(in);
    }
    String expected = "ras " + built.getProperty("version") + "\n";
    assertFalse(expected.contains("${"), "version.properties is filtered by Maven");
    for (List<String> command : commands()) {
      for (String flag : List.of("--version", "-V")) {
        Cli cli = run(command, flag);
        assertEquals(0, cli.exit, cli::toString);
        assertEquals(expected, cli.out, cli::toString);
      }
    }
  }

  @Test
  void aTypoIsOneLineWithASuggestionThenAPointerToHelp() {
    Cli cli = Cli.run("allocate", "--rule", "mine.yaml");
    assertEquals(2, cli.exit);
    assertEquals("", cli.out);
    assertEquals("ras: unknown option '--rule'; did you mean --rules?\nsee 'ras allocate --help'\n", cli.err);

    Cli isf = Cli.run("isf", "leave", "--persn", "C");
    assertEquals(2, isf.exit);
    assertEquals("ras: unknown option '--persn'; did you mean --person?\nsee 'ras isf leave --help'\n", isf.err);

    Cli calibrate = Cli.run("calibrate", "--envelop", "9300000");
    assertEquals(2, calibrate.exit);
    assertEquals("ras: unknown option '--envelop'; did you mean --envelope?\nsee 'ras calibrate --help'\n",
        calibrate.err);

    Cli sub = Cli.run("isf", "splt");
    assertEquals(2, sub.exit);
    assertEquals("ras: unknown command 'splt'; did you mean split?\nsee 'ras isf --help'\n", sub.err);
  }

  @Test
  void aMissingFileIsOneLineThenAPointerToHelp(@TempDir Path dir) {
    Cli cli = Cli.run("allocate", "--assessments", dir.resolve("nope.csv").toString());
    assertEquals(2, cli.exit);
    assertEquals(List.of("ras: assessments file not found: " + dir.resolve("nope.csv"), "see 'ras allocate --help'"),
        cli.err.lines().toList());
  }

  @Test
  void rasAloneShowsTheCommandsAndExitsTwo() {
    Cli cli = Cli.run();
    assertEquals(2, cli.exit);
    assertTrue(cli.out.startsWith("Usage: ras [-hV] COMMAND"), cli::toString);
    for (String command : List.of("allocate", "portfolio", "sample", "isf", "calibrate")) {
      assertTrue(cli.out.contains("\n  " + command + " "), command);
    }
  }

  @Test
  void everyMissingRequiredOptionIsReportedAtOnce(@TempDir Path dir) {
    Cli cli = Cli.run("calibrate", "--assessments", dir.resolve("a.csv").toString());
    assertEquals(2, cli.exit);
    assertEquals(
        "ras: with your own data, calibrate also needs --current-costs=FILE.csv, --envelope=AMOUNT, --out=DIR "
            + "(or leave out --assessments and --current-costs for the bundled scenario)\n"
            + "see 'ras calibrate --help'\n",
        cli.err);
  }

  @Test
  void calibrateWithOnlyOutRunsTheBundledScenarioThere(@TempDir Path dir) {
    Cli cli = Cli.run("calibrate", "--out", dir.toString());
    assertEquals(0, cli.exit, cli::toString);
    assertTrue(cli.out.startsWith("A pilot council: calibration of northshire-mh 2026.1\n"), cli::toString);
    assertTrue(cli.out.contains("over 5 years"), cli::toString);
    assertTrue(Files.isRegularFile(dir.resolve("report.html")));
    assertTrue(Files.isRegularFile(dir.resolve("people.csv")));
  }

  @Test
  void calibratesOldVersionOptionIsPointedAtItsNewName() {
    Cli cli = Cli.run("calibrate", "--version", "2026.5");
    assertEquals(2, cli.exit);
    assertEquals("ras: --version shows the version of ras; the new rule file's version is --new-version 2026.5\n"
        + "see 'ras calibrate --help'\n", cli.err);
  }

  // ---- calibrate's values, parsed without running ----

  private static CalibrateCommand.Options calibrate(String... args) {
    CalibrateCommand.Options options = new CalibrateCommand.Options();
    new CommandLine(options).parseArgs(args);
    options.resolve();
    return options;
  }

  private static String refused(String... args) {
    return assertThrows(ParameterException.class, () -> calibrate(args)).getMessage();
  }

  @Test
  void percentagesAreWrittenWithAPercentSign() {
    assertEquals(new BigDecimal("12.5"), calibrate("--contingency", "12.5%").contingencyPercent);
    assertEquals(new BigDecimal("0.90"), calibrate("--take-up", "90%").takeUp);
    assertEquals(new BigDecimal("10"), calibrate("--protect", "10%/year").protectPercent);
    assertEquals(new BigDecimal("10"), calibrate("--protect", "10%").protectPercent);
    assertEquals(new BigDecimal("0.1"), calibrate("--protect", "0.1%/year").protectPercent);
  }

  @Test
  void aBareNumberIsPercentOnlyWhereItCannotBeAFraction() {
    // Accepted before issue 18 and unambiguous: 0, and numbers over 1 (a share over 100% means nothing here).
    assertEquals(new BigDecimal("5"), calibrate("--contingency", "5").contingencyPercent);
    assertEquals(0, BigDecimal.ZERO.compareTo(calibrate("--contingency", "0").contingencyPercent));
    assertEquals(new BigDecimal("0.90"), calibrate("--take-up", "90").takeUp);
    // 0.1 was silently 0.1% a year; 1 could be 100%.
    assertEquals("Invalid value for option '--protect': '0.1' is ambiguous: write 10% for 10 percent, "
        + "or 0.1% if you mean that", refused("--protect", "0.1"));
    assertEquals("Invalid value for option '--take-up': '1' is ambiguous: write 100% for 100 percent, "
        + "or 1% if you mean that", refused("--take-up", "1"));
    assertEquals("Invalid value for option '--contingency': '5%/year' is not a percentage; write it like 10%",
        refused("--contingency", "5%/year"));
    assertEquals("Invalid value for option '--protect': 'ten' is not a percentage; write it like 10%/year",
        refused("--protect", "ten"));
  }

  @Test
  void protectionIsBoundedAndItsDefaultIsStated(@TempDir Path dir) {
    String[] own = {"--assessments", "a.csv", "--current-costs", "c.csv", "--envelope", "100", "--out",
        dir.toString()};
    // Before issue 18 protection without an end ran until the last person reached their target: 65 years
    // for the pilot council at 1% a year.
    assertEquals(CalibrateCommand.MAX_PROTECT_YEARS, calibrate(with(own, "--protect", "1%")).protectYears);
    assertEquals(10, CalibrateCommand.MAX_PROTECT_YEARS);
    assertEquals(3, calibrate(with(own, "--protect", "1%", "--protect-years", "3")).protectYears);
    assertEquals(null, calibrate(own).protectPercent, "no protection unless asked for");
    assertEquals(null, calibrate(own).protectYears);
    for (String years : List.of("0", "11", "65")) {
      assertEquals("option --protect-years must be from 1 to 10 years, not " + years,
          refused(with(own, "--protect", "10%", "--protect-years", years)));
    }
    assertEquals("--protect-years needs --protect, such as --protect 10%/year",
        refused(with(own, "--protect-years", "3")));
    // The scenario: 10% a year for at most 5 years, each replaceable.
    CalibrateCommand.Options scenario = calibrate();
    assertEquals(new BigDecimal("10"), scenario.protectPercent);
    assertEquals(5, scenario.protectYears);
    assertEquals(3, calibrate("--protect-years", "3").protectYears);
    assertEquals("option --protect-years must be from 1 to 10 years, not 11", refused("--protect-years", "11"));
  }

  private static String[] with(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void optionsLeftOutTakeTheirDefaults() {
    CalibrateCommand.Options scenario = calibrate("--out", "somewhere");
    assertTrue(scenario.scenario);
    assertEquals(Path.of("somewhere"), scenario.out);
    assertEquals(PilotCouncil.ENVELOPES.stream().map(uk.ras.money.Money::parse).toList(), scenario.envelopes);
    assertEquals(new BigDecimal(PilotCouncil.UPLIFT), scenario.upliftPercent);
    assertEquals(new BigDecimal("5"), scenario.contingencyPercent);
    assertEquals(CalibrateCommand.SCENARIO_OUT, calibrate().out);
  }
}
