package uk.ras.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.Help;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;
import uk.ras.examples.commands.AllocateCommand;
import uk.ras.examples.commands.CalibrateCommand;
import uk.ras.examples.commands.CompareCommand;
import uk.ras.examples.commands.CostCommand;
import uk.ras.examples.commands.IsfCommand;
import uk.ras.examples.commands.PlanCommand;
import uk.ras.examples.commands.PortfolioCommand;
import uk.ras.examples.files.Cells;
import uk.ras.examples.files.TableReader;
import uk.ras.examples.ledger.LedgerCommand;
import uk.ras.examples.scenarios.SampleAssessments;

/**
 * The analysts' command line: {@code ras allocate} turns a CSV of assessments into a CSV of budgets and
 * a report; {@code ras portfolio} adds budgets up by funding stream, holding and pooled fund; {@code ras
 * sample} writes synthetic assessments; {@code ras isf} splits shared-setting costs into Individual Service
 * Funds (docs/isf.md, with its own exit codes); {@code ras calibrate} fits the price per point to current
 * spend and an envelope (docs/calibration.md). See docs/cli.md and docs/funding.md.
 *
 * <p>Every command is a picocli command: {@code --help} and {@code --version} on each, a suggestion for a
 * mistyped option or command, and a usage error is one line on standard error followed by a pointer to
 * the command's {@code --help}.
 *
 * <p>Exit codes: 0 every row allocated; 1 some rows rejected (the others are still written); 2 a usage
 * or rule-file error (nothing allocated).
 */
public final class Ras {
  /** Exit code: done. */
  public static final int OK = 0;
  /** Exit code: some rows rejected (the others still written), or invalid input. */
  public static final int ROWS_REJECTED = 1;
  /** Exit code: a usage or rule-file error. */
  public static final int USAGE = 2;

  /** What a command does once picocli has set its options; public for the commands of other packages. */
  public interface Subcommand {
    /**
     * @return the exit code
     * @throws UsageException for a mistake found only when running (a missing file, a bad header)
     */
    int run(PrintStream out, PrintStream err) throws UsageException;
  }

  /**
   * The top command, {@code ras}: only subcommands, help and version. Its help and version options are
   * inherited by every subcommand ({@code scope = INHERIT}), so no command declares them again.
   */
  @Command(
      name = "ras",
      mixinStandardHelpOptions = true,
      versionProvider = Ras.Version.class,
      scope = CommandLine.ScopeType.INHERIT,
      description = "Resource allocation for social care: personal budgets, portfolios, Individual Service "
          + "Funds and calibration. See docs/cli.md.",
      synopsisSubcommandLabel = "COMMAND",
      footerHeading = "%n",
      footer = {
        "Run 'ras COMMAND --help' for a command's options and their defaults.",
        "Exit codes: 0 done; 1 some rows rejected (the others are still written), or, for isf, invalid "
            + "input; 2 usage or rule-file error; 3 (launcher only) java or mvn missing, or the build failed."
      })
  static final class Root {}

  /**
   * The version: the jar's {@code Implementation-Version} when it has one, else the one Maven wrote into
   * {@code version.properties}, else "development" (classes run straight from an IDE).
   */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"ras " + version()};
    }

    static String version() {
      String fromJar = Ras.class.getPackage().getImplementationVersion();
      if (fromJar != null && !fromJar.isBlank()) {
        return fromJar;
      }
      try (InputStream in = Ras.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          Properties p = new Properties();
          p.load(in);
          String v = p.getProperty("version", "");
          if (!v.isBlank() && !v.startsWith("${")) {
            return v;
          }
        }
      } catch (IOException e) {
        // No readable version file: a development build.
      }
      return "development";
    }
  }

  private Ras() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The command tree, its help and error output going to {@code out} and {@code err}. */
  public static CommandLine commandLine(PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new Root());
    cl.addSubcommand(new AllocateCommand.Options());
    cl.addSubcommand(new PortfolioCommand.Options());
    cl.addSubcommand(new SampleAssessments.Options());
    cl.addSubcommand(IsfCommand.commandLine());
    cl.addSubcommand(new CalibrateCommand.Options());
    cl.addSubcommand(new CostCommand());
    cl.addSubcommand(new CompareCommand());
    cl.addSubcommand(PlanCommand.commandLine());
    cl.addSubcommand(LedgerCommand.commandLine());
    cl.addSubcommand(new CommandLine.HelpCommand());
    cl.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    layOut(cl);
    cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setParameterExceptionHandler((e, args) -> usageError(e.getCommandLine(), message(unknownFirst(e, args)), err));
    cl.setExecutionStrategy(parsed -> execute(parsed, out, err));
    cl.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          if (e instanceof UsageException) {
            return usageError(commandLine, e.getMessage(), err);
          }
          throw e;
        });
    return cl;
  }

  /** Options in the order they are declared, help and version last, in every command's help. */
  private static void layOut(CommandLine cl) {
    cl.getCommandSpec().usageMessage().sortOptions(false).sortSynopsis(false);
    cl.getSubcommands().values().forEach(Ras::layOut);
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
    CommandLine cl = commandLine(out, err);
    try {
      return cl.execute(args);
    } finally {
      cl.getOut().flush();
      cl.getErr().flush();
      out.flush();
      err.flush();
    }
  }

  private static int execute(ParseResult parsed, PrintStream out, PrintStream err) {
    List<CommandLine> chain = parsed.asCommandLineList();
    CommandLine last = chain.get(chain.size() - 1);
    ParseResult lastParsed = deepest(parsed);
    if (last.getCommand() instanceof CalibrateCommand.Options && last.isVersionHelpRequested()
        && !lastParsed.unmatched().isEmpty()) {
      // Before issue 18, calibrate's --version V named the new rule file's version.
      return usageError(last, "--version shows the version of ras; the new rule file's version is "
          + "--new-version " + lastParsed.unmatched().get(0), err);
    }
    Integer help = CommandLine.executeHelpRequest(parsed);
    if (help != null) {
      return help;
    }
    Object command = last.getCommand();
    if (!(command instanceof Subcommand)) {
      if (chain.size() == 1) {
        // `ras` alone: the overview, as a usage error.
        last.usage(last.getOut());
        last.getOut().flush();
        return USAGE;
      }
      return usageError(last, commandName(last).substring("ras ".length()) + " needs a subcommand: "
          + String.join(", ", last.getSubcommands().keySet()), err);
    }
    try {
      return ((Subcommand) command).run(out, err);
    } catch (ParameterException e) {
      throw e;
    } catch (TableReader.NotEnoughMemoryException e) {
      // The memory the failed allocation asked for was never given, and what the reader held has gone
      // with its stack: there is room for a line.
      err.println("ras: " + Cells.escapeControls(e.getMessage()) + moreMemory());
      return USAGE;
    } catch (OutOfMemoryError e) {
      err.println("ras: Java ran out of memory" + moreMemory());
      return USAGE;
    } catch (UsageException | RuntimeException e) {
      throw new ExecutionException(last, e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
  }

  /**
   * How much memory Java had and how to give it more, to follow "Java ran out of memory ...": every
   * launcher (./ras, bin/ras, bin/ras.cmd) passes RAS_JAVA_OPTS to Java. The size suggested is at least
   * 1 GB and four times the heap's power of two, so that it is always more than Java had.
   */
  static String moreMemory() {
    long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return String.format(
        " (its heap may grow to %,d MB): give it more with RAS_JAVA_OPTS, such as RAS_JAVA_OPTS=-Xmx%dm (docs/cli.md)",
        mb, Math.max(1024, Long.highestOneBit(Math.max(mb, 1)) * 4));
  }

  private static ParseResult deepest(ParseResult parsed) {
    ParseResult p = parsed;
    while (p.hasSubcommand()) {
      p = p.subcommand();
    }
    return p;
  }

  /** One line saying what is wrong, then where the command's help is; exit code 2. */
  static int usageError(CommandLine commandLine, String message, PrintStream err) {
    err.println("ras: " + message);
    err.println("see '" + commandName(commandLine) + " --help'");
    return USAGE;
  }

  private static String commandName(CommandLine commandLine) {
    return commandLine.getCommandSpec().qualifiedName(" ");
  }

  /**
   * An unknown option rather than the missing one it was probably meant to be: picocli checks required
   * options before reporting what it did not recognise, and {@code isf leave --persn C} is better told
   * about {@code --persn}.
   */
  private static ParameterException unknownFirst(ParameterException e, String[] args) {
    if (!(e instanceof MissingParameterException)) {
      return e;
    }
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    for (String arg : args) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (name.startsWith("-") && spec.findOption(name) == null) {
        return new UnmatchedArgumentException(e.getCommandLine(), List.of(arg));
      }
    }
    return e;
  }

  /** Picocli's message for a mistake, made one line, with a suggestion for a mistyped name. */
  static String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      CommandSpec spec = u.getCommandLine().getCommandSpec();
      String what;
      if (first.startsWith("-")) {
        what = "unknown option '" + first + "'";
      } else if (!spec.subcommands().isEmpty()) {
        what = "unknown command '" + first + "'";
      } else {
        what = "unexpected argument '" + first + "'";
      }
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) {
        what += "; did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "?";
      }
      return what;
    }
    String text = e.getMessage() == null ? e.toString() : e.getMessage();
    if (e instanceof MissingParameterException) {
      text = text.replace("Missing required option: ", "missing the required option ")
          .replace("Missing required options: ", "missing the required options ")
          .replace("Missing required parameter for option ", "a value is needed for option ");
    }
    return text.strip().replaceFirst("^Error: ", "").replace(System.lineSeparator(), " ").replace('\n', ' ');
  }
}
