package uk.ras.examples.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.RuleSetRegistry;
import uk.ras.examples.UsageException;
import uk.ras.rules.RuleSetReader;
import uk.ras.ruleset.RuleSet;

/** Reads rule files, or the bundled Northshire rules, into a registry of compiled calculators. */
public final class RuleFiles {
  public static final String RESOURCE_DIR = "/uk/ras/examples/";
  static final List<String> BUNDLED = List.of("northshire-mh-2025.yaml", "northshire-mh-2026.yaml");

  private RuleFiles() {}

  /**
   * Reads and compiles the files into a registry.
   *
   * @throws UsageException if a file cannot be used, saying why in plain words (not found, a directory,
   *     not a regular file, not readable)
   * @throws uk.ras.RasException (a rule-file or rule-set error) listing every located problem
   */
  public static RuleSetRegistry load(List<Path> files) throws UsageException {
    for (Path file : files) {
      readable(file);
    }
    try {
      return RuleSetReader.create().readRegistry(files);
    } catch (IOException e) {
      throw new UsageException("cannot read a rule file: " + FileChecks.plainReason(e));
    }
  }

  /**
   * Reads one rule file.
   *
   * @throws UsageException as {@link #load}
   * @throws uk.ras.RasException (a rule-file or rule-set error) listing every located problem
   */
  public static RuleSet read(Path file) throws UsageException {
    readable(file);
    try {
      return RuleSetReader.create().read(file);
    } catch (IOException e) {
      throw new UsageException("cannot read the rule file " + Cells.escapeControls(file.toString()) + ": "
          + FileChecks.plainReason(e));
    }
  }

  private static void readable(Path file) throws UsageException {
    try {
      FileChecks.readable(file, "rule file");
    } catch (UnusableFileException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The bundled Northshire rules, 2025 and 2026, as a registry. */
  public static RuleSetRegistry bundled() {
    List<Calculator> calculators = new ArrayList<>();
    for (String name : BUNDLED) {
      calculators.add(Calculator.compile(bundledRuleSet(name)));
    }
    try {
      return registry(calculators);
    } catch (UsageException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads one bundled rule file by its file name, such as "northshire-mh-2026.yaml". */
  public static RuleSet bundledRuleSet(String name) {
    return RuleSetReader.create().read(name, resource(name));
  }

  /**
   * Opens one bundled file by its name under {@link #RESOURCE_DIR}, such as "costing/rates.yaml"; the
   * caller closes it. A missing one is a broken jar, not a user's mistake.
   */
  public static InputStream open(String name) {
    InputStream in = RuleFiles.class.getResourceAsStream(RESOURCE_DIR + name);
    if (in == null) {
      throw new IllegalStateException("bundled example missing from the jar: " + RESOURCE_DIR + name);
    }
    return in;
  }

  public static String resource(String name) {
    try (InputStream in = RuleFiles.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + RESOURCE_DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RuleSetRegistry registry(List<Calculator> calculators) throws UsageException {
    try {
      return RuleSetRegistry.of(calculators);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
