package uk.ras.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The analysts' command line: {@code ras allocate} turns a CSV of assessments into a CSV of budgets and
 * a report; {@code ras portfolio} adds budgets up by funding stream, holding and pooled fund; {@code ras
 * sample} writes synthetic assessments; {@code ras isf} splits shared-setting costs into Individual Service
 * Funds (docs/isf.md, with its own exit codes); {@code ras calibrate} fits the price per point to current
 * spend and an envelope (docs/calibration.md). See docs/cli.md and docs/funding.md.
 *
 * <p>Exit codes: 0 every row allocated; 1 some rows rejected (the others are still written); 2 a usage
 * or rule-file error (nothing allocated).
 */
public final class Ras {
  static final int OK = 0;
  static final int ROWS_REJECTED = 1;
  static final int USAGE = 2;

  static final String USAGE_TEXT =
      String.join(
          "\n",
          "Usage:",
          "  ras allocate [--rules FILE]... [--assessments FILE.csv] [--out FILE.csv] [--explain PERSON_ID]...",
          "               [--ignore-dates]",
          "  ras portfolio [--rules FILE]... [--assessments FILE.csv] [--out FILE.csv]",
          "  ras portfolio --scenario block-contract [--out FILE.csv]",
          "  ras sample [--count N] [--seed N] [--out FILE.csv]",
          "  ras sample --scenario block-contract [--out FILE.csv]",
          IsfCommand.USAGE_LINES,
          "  ras calibrate [--rules FILE] --assessments FILE.csv --current-costs FILE.csv --envelope AMOUNT",
          "                [--contingency 5%] [--take-up 90%] [--protect 10%/year] [--protect-years N]",
          "                [--effective-from YYYY-MM-DD] [--version V] --out DIR",
          "  ras --help",
          "",
          "allocate  Allocates a budget for every row of an assessments CSV.",
          "  --rules FILE         a rule file (.yaml, .yml or .json); repeat for several versions: a row",
          "                       with an assessment_date uses the rules in force on that date, a row",
          "                       without one the latest. Default: the bundled Northshire 2025 and 2026 rules.",
          "  --assessments FILE   the assessments CSV: person_id, optional assessment_date (YYYY-MM-DD), then",
          "                       one column per question id holding an option id (blank: not answered).",
          "                       Default: the bundled sample of 250 synthetic assessments.",
          "  --out FILE           write the budgets CSV to FILE ('-' for standard output, the report then",
          "                       goes to standard error). Default: a readable table on standard output.",
          "  --explain PERSON_ID  also print the full explanation of that person's budget (repeatable).",
          "  --ignore-dates       allocate every row under the latest rules, whatever its date (to see",
          "                       what new rules would do to a whole caseload).",
          "portfolio Allocates every row as allocate does and reports the budgets a year by funding",
          "          stream (liability, envelope, committed, headroom), by budget holding and by pooled",
          "          fund (contributions, liabilities, cross-subsidy, reserve). Same --rules and",
          "          --assessments as allocate; streams, envelopes and pools are the latest rules'.",
          "  --out FILE           also write the report as CSV (section,item,stream,measure,value)",
          "                       to FILE ('-': standard output, the summary then goes to standard error).",
          "  --scenario block-contract  the bundled \"unpicking a block contract\" scenario (docs/funding.md).",
          "sample    Writes seeded synthetic assessments for the bundled questionnaire.",
          "  --count N            rows to write (default 250)",
          "  --seed N             random seed (default 20261122); the same seed gives the same file",
          "  --out FILE           where to write (default standard output)",
          "  --scenario block-contract  the scenario's 89 people instead (fixed seed; no --count/--seed)",
          IsfCommand.HELP,
          "calibrate Fits points to current package costs, solves the price per point (or banding scale) that",
          "          fits the annual envelope, and writes DIR/calibrated-ID-VERSION.yaml, DIR/people.csv and",
          "          DIR/report.html. With no options: the bundled 'pilot council' scenario. See docs/calibration.md.",
          "",
          "Exit codes: 0 all rows allocated; 1 some rows rejected (the others are still written);",
          "            2 usage or rule-file error.",
          "");

  private Ras() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one command; never calls {@link System#exit}.
   *
   * @param args the command line, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      out.print(USAGE_TEXT);
      return USAGE;
    }
    String command = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      switch (command) {
        case "-h":
        case "--help":
        case "help":
          out.print(USAGE_TEXT);
          return OK;
        case "allocate":
          return new AllocateCommand(AllocateCommand.Options.parse(rest), out, err).run();
        case "portfolio":
          return new PortfolioCommand(PortfolioCommand.Options.parse(rest), out, err).run();
        case "sample":
          return SampleAssessments.runCommand(rest, out);
        case "isf":
          return IsfCommand.run(rest, out, err);
        case "calibrate":
          return new CalibrateCommand(CalibrateCommand.Options.parse(rest), out, err).run();
        default:
          throw new UsageException("unknown command '" + command + "'");
      }
    } catch (UsageException e) {
      err.println("ras: " + e.getMessage());
      err.print(USAGE_TEXT);
      return USAGE;
    }
  }
}
