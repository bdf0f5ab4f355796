package uk.ras.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.ras.ruleset.RuleSet;
import uk.ras.rules.RuleSetReader;

/** The bundled Northshire 2026 rule set, and the DMN model written from it. */
public final class Northshire {
  /** The rule set, a resource of the ras-examples jar. */
  public static final String RULES = "/uk/ras/examples/northshire-mh-2026.yaml";

  /**
   * The DMN model of the same rules, written by {@link uk.ras.benchmarks.dmn.DmnModelWriter}; a test
   * and the peer benchmarks' set-up check that it is what the writer writes today.
   */
  public static final String DMN = "/uk/ras/benchmarks/northshire-mh-2026.dmn";

  /** The DMN model's name. */
  public static final String DMN_MODEL_NAME = "northshire_mh_2026";

  private Northshire() {}

  /**
   * The bundled rule set's scoring and pricing, without its funding streams: what the DMN model, the
   * hand-written lookup and the peers express, and what a scoring benchmark must compare. (With streams,
   * a person's budget also depends on their eligibility facts; {@link BulkAllocationBenchmark} measures
   * that.) Never null.
   */
  public static RuleSet rules() {
    RuleSet bundled = bundledRules();
    return bundled
        .withStreams(List.of())
        .withPools(List.of())
        .withDomains(bundled.domains().stream().map(d -> d.withFunding(List.of())).toList());
  }

  /** The bundled rule set exactly as the file states it, funding streams included; never null. */
  public static RuleSet bundledRules() {
    try (InputStream in = open(RULES)) {
      return RuleSetReader.create().read("northshire-mh-2026.yaml", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The committed DMN model's text; never null. */
  public static String dmn() {
    try (InputStream in = open(DMN)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = Northshire.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the class path");
    }
    return in;
  }
}
