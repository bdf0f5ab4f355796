package uk.ras.examples.files;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.BudgetHolding;
import uk.ras.assessment.CareActDetermination;
import uk.ras.assessment.CareActOutcome;
import uk.ras.assessment.Eligibility;
import uk.ras.assessment.PractitionerAttribution;
import uk.ras.examples.files.CellValues;
import uk.ras.money.Money;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.StreamId;

/**
 * The optional columns of an assessments CSV that are not answers: eligibility facts, the weekly
 * contribution and how the budget is held. Each bad cell is a problem of its own, named by its column;
 * a blank cell means "not recorded". Values are read in any case.
 *
 * <ul>
 *   <li>{@code facs_band}: low, moderate, substantial or critical.
 *   <li>{@code care_act_outcomes}: the Care Act outcomes the person is unable to achieve, separated by
 *       {@code ;}, such as {@code nutrition;habitable_home}; {@code none} for none. With it, {@code
 *       care_act_impairment} and {@code care_act_wellbeing} ({@code true} or {@code false}) are required:
 *       a determination has all three parts, and a blank one is never taken as false.
 *   <li>{@code contribution}: pounds a week, at most 2 decimals, not negative; a {@code £}, thousands
 *       separators and spaces around are allowed ({@code £1,385.67}).
 *   <li>{@code holding}: direct_payment, managed, inactive_virtual, individual_service_fund, block_contract
 *       or mix; {@code personally_controlled} (pounds a week) is required for mix and refused otherwise.
 *   <li>{@code section_117}: {@code true} (or {@code yes}) when the person is entitled to after-care
 *       under section 117 of the Mental Health Act 1983, {@code false} (or {@code no}) or blank when not.
 *   <li>{@code attribution:<domain id>}, one column per domain, such as {@code attribution:wellbeing}: a
 *       practitioner's decision of who pays for that domain's need, where the rule set lets a practitioner
 *       choose: a stream's id for all of it ({@code supporting_people}), or each stream's id and its
 *       percentage, separated by {@code ;}, adding up to exactly 100 ({@code
 *       social_care=60;supporting_people=40}). Whether the rule set allows the streams, and the person is
 *       eligible for them, is for the calculator to say, naming the domain.
 * </ul>
 */
public final class FactColumns {
  static final String FACS_BAND = "facs_band";
  static final String CARE_ACT_OUTCOMES = "care_act_outcomes";
  static final String CARE_ACT_IMPAIRMENT = "care_act_impairment";
  static final String CARE_ACT_WELLBEING = "care_act_wellbeing";
  static final String CONTRIBUTION = "contribution";
  static final String HOLDING = "holding";
  static final String PERSONALLY_CONTROLLED = "personally_controlled";

  /** Entitlement to section 117 after-care; not in {@link #ALL}, which the sample writes. */
  public static final String SECTION_117 = "section_117";

  /** The prefix of the columns of a practitioner's attribution, followed by the domain's id. */
  public static final String ATTRIBUTION = "attribution:";

  /** Every fact column, in the order the sample writes them. */
  public static final List<String> ALL =
      List.of(
          FACS_BAND, CARE_ACT_OUTCOMES, CARE_ACT_IMPAIRMENT, CARE_ACT_WELLBEING, CONTRIBUTION, HOLDING,
          PERSONALLY_CONTROLLED);

  /** A problem with one cell. */
  public record Problem(String column, String reason) {}

  private FactColumns() {}

  /** {@return whether a header's column is a fact column rather than a question's answers} */
  static boolean isFact(String column) {
    return ALL.contains(column) || column.equals(SECTION_117) || column.startsWith(ATTRIBUTION);
  }

  /** {@return the attribution column of {@code domain}, such as attribution:wellbeing} */
  public static String attributionColumn(DomainId domain) {
    return ATTRIBUTION + domain.value();
  }

  /**
   * Adds the row's facts to {@code assessment}.
   *
   * @param cells the row's cells by column name, trimmed, only the fact columns present in the header
   * @param problems receives one problem per bad cell
   * @return the assessment with its facts, or null if a cell was bad
   */
  public static Assessment apply(Assessment assessment, Map<String, String> cells, Consumer<Problem> problems) {
    boolean[] bad = {false};
    Consumer<Problem> report =
        p -> {
          bad[0] = true;
          problems.accept(p);
        };
    FacsBand band = facsBand(cells.getOrDefault(FACS_BAND, ""), report);
    CareActDetermination careAct = careAct(cells, report);
    Money contribution = pounds(CONTRIBUTION, cells.getOrDefault(CONTRIBUTION, ""), report);
    BudgetHolding holding = holding(cells.getOrDefault(HOLDING, ""), report);
    Money controlled =
        pounds(PERSONALLY_CONTROLLED, cells.getOrDefault(PERSONALLY_CONTROLLED, ""), report);
    if (holding == BudgetHolding.MIX && controlled == null && !bad[0]) {
      report.accept(
          new Problem(PERSONALLY_CONTROLLED, "a mix needs the weekly amount under the person's own control"));
    } else if (holding != BudgetHolding.MIX && controlled != null) {
      report.accept(
          new Problem(
              PERSONALLY_CONTROLLED,
              "an amount under the person's own control is given only for holding 'mix'"
                  + (holding == null ? " (the row has no holding)" : " (the row's holding is '" + name(holding) + "')")));
    }
    Map<DomainId, PractitionerAttribution> attributions = new LinkedHashMap<>();
    // In the order of the domains' ids, so that a row's problems come in one order whatever the map's.
    for (Map.Entry<String, String> cell : new TreeMap<>(cells).entrySet()) {
      if (cell.getKey().startsWith(ATTRIBUTION) && !cell.getValue().isEmpty()) {
        PractitionerAttribution a = attribution(cell.getKey(), cell.getValue(), report);
        if (a != null) {
          attributions.put(DomainId.of(cell.getKey().substring(ATTRIBUTION.length())), a);
        }
      }
    }
    String section117 = cells.getOrDefault(SECTION_117, "");
    Boolean entitled = section117.isEmpty() ? Boolean.FALSE : entitlement(section117, report);
    if (bad[0]) {
      return null;
    }
    Assessment a =
        assessment
            .withEligibility(Eligibility.of(band, careAct).withSection117Entitlement(entitled))
            .withAttributions(attributions);
    if (contribution != null) {
      a = a.withContribution(contribution);
    }
    return holding == null ? a : a.withHolding(holding, controlled);
  }

  public static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static FacsBand facsBand(String text, Consumer<Problem> problems) {
    if (text.isEmpty()) {
      return null;
    }
    for (FacsBand band : FacsBand.values()) {
      if (band.name().equalsIgnoreCase(text)) {
        return band;
      }
    }
    problems.accept(
        new Problem(FACS_BAND, "'" + text + "' is not a FACS band; expected low, moderate, substantial or critical"));
    return null;
  }

  private static CareActDetermination careAct(Map<String, String> cells, Consumer<Problem> problems) {
    String outcomesText = cells.getOrDefault(CARE_ACT_OUTCOMES, "");
    String impairmentText = cells.getOrDefault(CARE_ACT_IMPAIRMENT, "");
    String wellbeingText = cells.getOrDefault(CARE_ACT_WELLBEING, "");
    if (outcomesText.isEmpty() && impairmentText.isEmpty() && wellbeingText.isEmpty()) {
      return null;
    }
    boolean sound = true;
    Set<CareActOutcome> outcomes = EnumSet.noneOf(CareActOutcome.class);
    if (outcomesText.isEmpty()) {
      problems.accept(
          new Problem(
              CARE_ACT_OUTCOMES,
              "blank, but the row has a Care Act determination; list the outcomes the person cannot achieve"
                  + " (such as nutrition;habitable_home) or write none"));
      sound = false;
    } else if (!outcomesText.equalsIgnoreCase("none")) {
      for (String item : outcomesText.split(";", -1)) {
        String outcome = item.strip();
        CareActOutcome found = null;
        for (CareActOutcome o : CareActOutcome.values()) {
          if (o.name().equalsIgnoreCase(outcome)) {
            found = o;
          }
        }
        if (found == null) {
          problems.accept(
              new Problem(
                  CARE_ACT_OUTCOMES,
                  "'" + outcome + "' is not a Care Act outcome; expected some of " + outcomeNames() + ", separated by ;"));
          sound = false;
        } else if (!outcomes.add(found)) {
          problems.accept(new Problem(CARE_ACT_OUTCOMES, "'" + outcome + "' is listed twice"));
          sound = false;
        }
      }
    }
    Boolean impairment = bool(CARE_ACT_IMPAIRMENT, impairmentText, problems);
    Boolean wellbeing = bool(CARE_ACT_WELLBEING, wellbeingText, problems);
    if (!sound || impairment == null || wellbeing == null) {
      return null;
    }
    return new CareActDetermination(outcomes, impairment, wellbeing);
  }

  /** The longest percentage read: more digits than any share needs, few enough to refuse 1e999999. */
  private static final int MAX_SHARE_CHARS = 20;

  /**
   * A practitioner's attribution: a stream id, or {@code stream=percent} pairs separated by {@code ;}
   * adding up to exactly 100.
   */
  private static PractitionerAttribution attribution(String column, String text, Consumer<Problem> problems) {
    if (!text.contains("=") && !text.contains(";")) {
      return PractitionerAttribution.whole(StreamId.of(text));
    }
    Map<StreamId, BigDecimal> shares = new LinkedHashMap<>();
    boolean sound = true;
    for (String item : text.split(";", -1)) {
      String part = item.strip();
      int equals = part.indexOf('=');
      String stream = equals < 0 ? part : part.substring(0, equals).strip();
      String percent = equals < 0 ? "" : part.substring(equals + 1).strip();
      if (stream.isEmpty() || percent.isEmpty()) {
        problems.accept(
            new Problem(
                column,
                "'"
                    + part
                    + "' is not a stream and its percentage; expected a stream's id for all of the need, or"
                    + " shares such as social_care=60;supporting_people=40"));
        sound = false;
        continue;
      }
      BigDecimal value = percent(percent);
      if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
        problems.accept(
            new Problem(column, "'" + percent + "' for '" + stream + "' is not a percentage more than 0 and at most 100"));
        sound = false;
        continue;
      }
      if (shares.put(StreamId.of(stream), value) != null) {
        problems.accept(new Problem(column, "stream '" + stream + "' is listed twice"));
        sound = false;
      }
    }
    if (!sound) {
      return null;
    }
    BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
      problems.accept(
          new Problem(
              column,
              "the shares add up to " + sum.stripTrailingZeros().toPlainString() + "%; expected exactly 100"));
      return null;
    }
    return PractitionerAttribution.shares(shares);
  }

  /** A percentage written in decimal digits, such as 60 or 33.34 (a % sign allowed), or null. */
  private static BigDecimal percent(String text) {
    String digits = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
    if (digits.length() > MAX_SHARE_CHARS || !digits.matches("[0-9]+(\\.[0-9]+)?")) {
      return null;
    }
    return new BigDecimal(digits);
  }

  private static Boolean entitlement(String text, Consumer<Problem> problems) {
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes")) {
      return true;
    }
    if (text.equalsIgnoreCase("false") || text.equalsIgnoreCase("no")) {
      return false;
    }
    problems.accept(
        new Problem(SECTION_117, "'" + text + "' is not true or false (entitled to section 117 after-care or not)"));
    return null;
  }

  private static Boolean bool(String column, String text, Consumer<Problem> problems) {
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes")) {
      return true;
    }
    if (text.equalsIgnoreCase("false") || text.equalsIgnoreCase("no")) {
      return false;
    }
    problems.accept(
        new Problem(
            column,
            text.isEmpty()
                ? "blank, but the row has a Care Act determination; expected true or false"
                : "'" + text + "' is not true or false"));
    return null;
  }

  private static Money pounds(String column, String text, Consumer<Problem> problems) {
    if (text.isEmpty()) {
      return null;
    }
    if (CellValues.isNegativeAmount(text)) {
      problems.accept(new Problem(column, "'" + text + "' is negative"));
      return null;
    }
    BigDecimal value = CellValues.pounds(text);
    if (value == null) {
      problems.accept(new Problem(column, "'" + text + "' is not an amount in pounds, such as 12.50 or £1,385.67"));
      return null;
    }
    if (value.stripTrailingZeros().scale() > 2) {
      problems.accept(new Problem(column, "'" + text + "' has a fraction of a penny"));
      return null;
    }
    return Money.ofPounds(value);
  }

  private static BudgetHolding holding(String text, Consumer<Problem> problems) {
    if (text.isEmpty()) {
      return null;
    }
    for (BudgetHolding h : BudgetHolding.values()) {
      if (h.name().equalsIgnoreCase(text)) {
        return h;
      }
    }
    StringBuilder names = new StringBuilder();
    for (BudgetHolding h : BudgetHolding.values()) {
      names.append(names.length() == 0 ? "" : ", ").append(name(h));
    }
    problems.accept(new Problem(HOLDING, "'" + text + "' is not a way of holding a budget; expected one of " + names));
    return null;
  }

  private static String outcomeNames() {
    StringBuilder s = new StringBuilder();
    for (CareActOutcome o : CareActOutcome.values()) {
      s.append(s.length() == 0 ? "" : ", ").append(name(o));
    }
    return s.toString();
  }
}
