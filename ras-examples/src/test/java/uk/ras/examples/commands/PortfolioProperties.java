package uk.ras.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.allocation.RuleSetRegistry;
import uk.ras.examples.Cli;
import uk.ras.examples.files.RuleFiles;
import uk.ras.money.Money;
import uk.ras.ruleset.FundingStream;

/** The portfolio CSV adds up to exactly what allocate writes for the same assessments. */
class PortfolioProperties {
  @TempDir Path dir;

  private static final RuleSetRegistry REGISTRY = RuleFiles.bundled();

  @Test
  void thePortfolioTotalsEqualTheSumsOfTheAllocatedBudgets() {
    qt().withExamples(12)
        .forAll(longs().all(), integers().between(0, 80))
        .checkAssert(
            (seed, count) -> {
              try {
                check(seed, count);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private void check(long seed, int count) throws IOException {
    Path in = Files.createTempFile(dir, "in", ".csv");
    Path budgets = Files.createTempFile(dir, "budgets", ".csv");
    Path portfolio = Files.createTempFile(dir, "portfolio", ".csv");
    assertEquals(0, Cli.run("sample", "--count", Integer.toString(count), "--seed", Long.toString(seed), "--out", in.toString()).exit);
    Cli allocate = Cli.run("allocate", "--assessments", in.toString(), "--out", budgets.toString());
    Cli report = Cli.run("portfolio", "--assessments", in.toString(), "--out", portfolio.toString());
    String replay = "seed " + seed + ", count " + count;
    assertEquals(0, allocate.exit, () -> replay + "\n" + allocate);
    assertEquals(0, report.exit, () -> replay + "\n" + report);
    List<List<String>> rows = RasTest.readCsv(budgets);
    List<String> header = rows.get(0);
    List<List<String>> totals = RasTest.readCsv(portfolio);
    assertEquals(List.of("total", "all", "", "people", Integer.toString(rows.size() - 1)), totals.get(1), replay);
    assertEquals(List.of("total", "all", "", "weekly", sum(rows, header.indexOf("weekly")).toPlainString()), totals.get(2), replay);
    assertEquals(List.of("total", "all", "", "annual", sum(rows, header.indexOf("annual")).toPlainString()), totals.get(3), replay);
    for (FundingStream s : REGISTRY.latest().ruleSet().streams()) {
      String id = s.id().value();
      Money liability = sum(rows, header.indexOf(id + "_annual"));
      assertEquals(true, totals.contains(List.of("stream", id, id, "liability", liability.toPlainString())), replay + " " + id);
      // The versions' liabilities add up to the same total: each budget is in exactly one version.
      Money versions = Money.zero();
      for (List<String> row : totals) {
        if (row.get(0).equals("version") && row.get(2).equals(id) && row.get(3).equals("liability")) {
          versions = versions.plus(Money.parse(row.get(4)));
        }
      }
      assertEquals(liability, versions, replay + " " + id);
    }
  }

  private static Money sum(List<List<String>> rows, int column) {
    Money total = Money.zero();
    for (List<String> row : rows.subList(1, rows.size())) {
      total = total.plus(row.get(column).isEmpty() ? Money.zero() : Money.parse(row.get(column)));
    }
    return total;
  }
}
