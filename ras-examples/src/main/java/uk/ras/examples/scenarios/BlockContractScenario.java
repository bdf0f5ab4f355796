package uk.ras.examples.scenarios;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.RuleSetRegistry;
import uk.ras.examples.files.CsvOut;
import uk.ras.examples.files.FactColumns;
import uk.ras.examples.files.RuleFiles;
import uk.ras.examples.report.Numbers;
import uk.ras.money.Money;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.RuleSet;

/**
 * The bundled scenario "unpicking a block contract" (docs/funding.md; the project's DOMAIN notes,
 * "Numbers to keep in mind"): two block contracts of floating support, social care and Supporting
 * People, for 89 people in 91 units, about 380 hours a week; everyone re-assessed with the integrated
 * questionnaire; budgets held four ways (ISF, virtual budget, inactive virtual budget, still on the block
 * contract); the two pots pooled into one fund after an 11% cut.
 *
 * <p>The people are generated from {@link #SEED}, chosen so that 50 of the 89 end with jointly funded
 * budgets and the re-assessed need comes to about 380 hours a week; {@code BlockContractScenarioTest}
 * checks both, and that the committed CSV is what the seed gives.
 */
public final class BlockContractScenario {
  public static final String NAME = "block-contract";
  static final String RULES = "block-contract.yaml";
  public static final String ASSESSMENTS = "block-contract-assessments.csv";

  static final int PEOPLE = 89;
  static final int UNITS = 91;
  static final BigDecimal SOCIAL_CARE_HOURS = BigDecimal.valueOf(220);
  static final BigDecimal SUPPORTING_PEOPLE_HOURS = BigDecimal.valueOf(160);
  static final Money HOURLY_RATE = Money.ofPence(24_00);
  static final BigDecimal CUT_PERCENT = BigDecimal.valueOf(11);
  static final long SEED = 707L;

  /** How many people hold their budget each way: ISF, virtual, inactive virtual, block contract. */
  static final List<String> HOLDINGS =
      List.of("individual_service_fund", "managed", "inactive_virtual", "block_contract");

  static final int[] HOLDING_COUNTS = {31, 24, 12, 22};

  private static final LocalDate REASSESSED_FROM = LocalDate.of(2026, 4, 6);

  private BlockContractScenario() {}

  static RuleSet rules() {
    return RuleFiles.bundledRuleSet(RULES);
  }

  public static RuleSetRegistry registry() {
    return RuleSetRegistry.of(List.of(Calculator.compile(rules())));
  }

  /**
   * Writes the scenario's assessments CSV.
   *
   * @param seed the random seed; {@link #SEED} gives the bundled file
   * @param out not null; not closed
   */
  static void generate(long seed, Writer out) throws IOException {
    RuleSet rules = rules();
    Random random = new Random(seed);
    List<String> header = new ArrayList<>(List.of("person_id", "assessment_date"));
    for (Domain d : rules.domains()) {
      for (Question q : d.questions()) {
        header.add(q.id().value());
      }
    }
    header.add(rules.informalSupport().orElseThrow().question().value());
    header.addAll(FactColumns.ALL);
    CsvOut csv = CsvOut.to(out);
    csv.row(header);
    List<String> holdings = new ArrayList<>();
    for (int h = 0; h < HOLDINGS.size(); h++) {
      holdings.addAll(Collections.nCopies(HOLDING_COUNTS[h], HOLDINGS.get(h)));
    }
    Collections.shuffle(holdings, random);
    for (int i = 1; i <= PEOPLE; i++) {
      List<String> row = new ArrayList<>();
      row.add(String.format("B%03d", i));
      row.add(REASSESSED_FROM.plusDays(random.nextInt(120)).toString());
      // Floating-support tenants: moderate need, housing-related need above all.
      double need = 0.24 + 0.46 * random.nextDouble();
      boolean housingNeed = random.nextInt(100) < 82;
      for (Domain d : rules.domains()) {
        String id = d.id().value();
        double weight =
            switch (id) {
              case "personal_care" -> 0.75;
              case "eating_drinking" -> 0.8;
              case "housing", "finances" -> housingNeed ? 0.6 : 0.1;
              case "safety" -> housingNeed ? 0.4 : 0.1;
              case "wellbeing" -> 1.0;
              case "community" -> 1.3;
              default -> 1.0;
            };
        for (Question q : d.questions()) {
          row.add(!q.required() && random.nextInt(100) < 30 ? "" : SampleAssessments.answer(q, need * weight, random));
        }
      }
      row.add(random.nextInt(100) < 70 ? "none" : "a_little");
      // About 55% meet the social-care threshold, more of those with more need.
      double banded = need + random.nextGaussian() * 0.12;
      String band = banded < 0.3 ? "low" : banded < 0.44 ? "moderate" : banded < 0.58 ? "substantial" : "critical";
      row.addAll(List.of(band, "", "", ""));
      row.add(random.nextInt(4) == 0 ? (10 + random.nextInt(30)) + ".00" : "");
      row.add(holdings.get(i - 1));
      row.add("");
      csv.row(row);
    }
    csv.flush();
  }
}
