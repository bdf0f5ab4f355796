package uk.ras.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.allocation.RuleSetRegistry;
import uk.ras.assessment.Assessment;
import uk.ras.examples.Cli;
import uk.ras.examples.commands.AllocateCommand;
import uk.ras.examples.files.RuleFiles;
import uk.ras.ruleset.DomainId;

/**
 * Properties of {@code ras allocate} over generated CSV files with a share of broken rows. The inputs
 * come from one seed (QuickTheories prints the falsifying seed and size, which replay the case).
 */
class AllocateProperties {
  @TempDir Path dir;

  private static final RuleSetRegistry REGISTRY = RuleFiles.bundled();
  private static final Pattern READ = Pattern.compile("Rows read: +(\\d+)");
  private static final Pattern ALLOCATED = Pattern.compile("Allocated: +(\\d+)");
  private static final Pattern REJECTED = Pattern.compile("Rejected: +(\\d+)");

  /** A generated file: its text and, for each row, its assessment if the row is good, else null. */
  private record Generated(String text, List<Assessment> good) {}

  @Test
  void everyRowIsAllocatedOrRejectedAndEachGoodRowIsAllocatedAsIfAlone() {
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(0, 60))
        .checkAssert((seed, rows) -> check(generate(seed, rows)));
  }

  private void check(Generated g) {
    try {
      Path in = Files.createTempFile(dir, "in", ".csv");
      Path out = Files.createTempFile(dir, "out", ".csv");
      Files.writeString(in, g.text(), StandardCharsets.UTF_8);
      Cli cli = Cli.run("allocate", "--assessments", in.toString(), "--out", out.toString());
      long good = g.good().stream().filter(a -> a != null).count();
      long read = number(READ, cli.out);
      long allocated = number(ALLOCATED, cli.out);
      long rejected = number(REJECTED, cli.out);
      assertEquals(g.good().size(), read, cli::toString);
      assertEquals(read, allocated + rejected, cli::toString);
      assertEquals(good, allocated, cli::toString);
      assertEquals(rejected == 0 ? 0 : 1, cli.exit, cli::toString);

      List<DomainId> domains =
          REGISTRY.latest().ruleSet().domains().stream().map(d -> d.id()).collect(Collectors.toList());
      List<List<String>> expected = new ArrayList<>();
      for (Assessment a : g.good()) {
        if (a != null) {
          Calculator c = a.date().isPresent() ? REGISTRY.inForceOn(a.date().get()) : REGISTRY.latest();
          expected.add(
              AllocateCommand.budgetRow(
                  c.allocate(a, Detail.FIGURES), domains, AllocateCommand.streamColumns(REGISTRY)));
        }
      }
      List<List<String>> written = RasTest.readCsv(out);
      assertEquals(expected, written.subList(1, written.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long number(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      throw new AssertionError("no " + p + " in\n" + text);
    }
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  /** About one row in five is broken in one of several ways; the rest are valid. */
  private static Generated generate(long seed, int rows) {
    Random random = new Random(seed);
    Calculator calc = REGISTRY.latest();
    List<String> questions = calc.questions().stream().map(q -> q.value()).collect(Collectors.toList());
    String eol = random.nextBoolean() ? "\r\n" : "\n";
    StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
    text.append("person_id,assessment_date,").append(String.join(",", questions)).append(eol);
    List<Assessment> good = new ArrayList<>();
    for (int r = 1; r <= rows; r++) {
      String person = "Q" + r;
      LocalDate date =
          random.nextInt(10) == 0 ? null : LocalDate.of(2025, 4, 1).plusDays(random.nextInt(600));
      Assessment.Builder builder = Assessment.builder(person);
      if (date != null) {
        builder.date(date);
      }
      List<String> cells = new ArrayList<>();
      Calculator c = date == null ? REGISTRY.latest() : REGISTRY.inForceOn(date);
      for (var d : c.ruleSet().domains()) {
        for (var q : d.questions()) {
          if (!q.required() && random.nextBoolean()) {
            cells.add("");
          } else {
            String option = q.options().get(random.nextInt(q.options().size())).id().value();
            cells.add(random.nextInt(4) == 0 ? "\"" + option + "\"" : option);
            builder.answer(q.id().value(), option);
          }
        }
      }
      var informal = c.ruleSet().informalSupport().get();
      if (random.nextBoolean()) {
        String option = informal.options().get(random.nextInt(informal.options().size())).id().value();
        cells.add(option);
        builder.answer(informal.question().value(), option);
      } else {
        cells.add("");
      }
      String dateCell = date == null ? "" : date.toString();
      boolean broken = random.nextInt(5) == 0;
      if (broken) {
        int q = random.nextInt(18); // a required question
        switch (random.nextInt(5)) {
          case 0: cells.set(q, "not_an_option"); break;
          case 1: cells.set(q, ""); break;
          case 2: dateCell = "2026-02-30"; break;
          case 3: dateCell = "2024-01-01"; break;
          default: cells.add("extra"); break;
        }
      }
      text.append(person).append(',').append(dateCell).append(',').append(String.join(",", cells)).append(eol);
      if (random.nextInt(20) == 0) {
        text.append(eol); // a blank line, skipped
      }
      good.add(broken ? null : builder.build());
    }
    return new Generated(text.toString(), good);
  }
}
