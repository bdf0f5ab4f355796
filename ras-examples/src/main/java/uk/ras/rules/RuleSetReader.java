package uk.ras.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.pricing.Ceiling;
import uk.ras.pricing.CeilingPolicy;
import uk.ras.pricing.PricePerPoint;
import uk.ras.pricing.Pricing;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.InformalSupport;
import uk.ras.ruleset.InformalSupportOption;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;

/**
 * TEMPORARY stand-in for the ras-rules module's reader, with its agreed API, reading only what the
 * bundled Northshire files use (price per point). It does no validation and reports no locations.
 * Delete this package from ras-examples when ras-rules lands.
 */
public final class RuleSetReader {
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
  private final ObjectMapper json = new ObjectMapper();

  private RuleSetReader() {}

  public static RuleSetReader create() {
    return new RuleSetReader();
  }

  public RuleSet read(Path file) throws IOException {
    return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  public RuleSet read(String sourceName, String content) {
    try {
      JsonNode root = (sourceName.endsWith(".json") ? json : yaml).readTree(content);
      RuleSet.Builder b =
          RuleSet.builder()
              .id(root.path("id").asText())
              .name(root.path("name").asText())
              .version(root.path("version").asText())
              .effectiveFrom(LocalDate.parse(root.path("effectiveFrom").asText()))
              .rounding(RoundingMode.valueOf(root.path("rounding").asText("HALF_UP")));
      String weeks = root.path("weeksPerYear").asText("52");
      b.weeksPerYear(
          weeks.equals("52")
              ? PeriodConversion.WEEKS_52
              : weeks.equals("365/7") ? PeriodConversion.DAYS_365 : PeriodConversion.DAYS_365_25);
      for (JsonNode d : root.path("domains")) {
        Domain.Builder db =
            Domain.builder().id(DomainId.of(d.path("id").asText())).name(d.path("name").asText());
        if (d.has("cap")) {
          db.cap(d.path("cap").asInt());
        }
        for (JsonNode q : d.path("questions")) {
          Question.Builder qb =
              Question.builder()
                  .id(QuestionId.of(q.path("id").asText()))
                  .text(q.path("text").asText())
                  .required(q.path("required").asBoolean(true));
          for (JsonNode o : q.path("options")) {
            qb.addOptions(
                AnswerOption.builder()
                    .id(OptionId.of(o.path("id").asText()))
                    .label(o.path("label").asText())
                    .points(o.path("points").asInt())
                    .build());
          }
          db.addQuestions(qb.build());
        }
        b.addDomains(db.build());
      }
      JsonNode is = root.path("informalSupport");
      if (!is.isMissingNode()) {
        InformalSupport.Builder ib =
            InformalSupport.builder()
                .question(QuestionId.of(is.path("question").asText()))
                .text(is.path("text").asText())
                .required(is.path("required").asBoolean(false))
                .rounding(RoundingMode.valueOf(is.path("rounding").asText("HALF_UP")));
        for (JsonNode a : is.path("appliesTo")) {
          ib.addAppliesTo(DomainId.of(a.asText()));
        }
        for (JsonNode o : is.path("options")) {
          ib.addOptions(
              InformalSupportOption.builder()
                  .id(OptionId.of(o.path("id").asText()))
                  .label(o.path("label").asText())
                  .share(new BigDecimal(o.path("share").asText()))
                  .build());
        }
        b.informalSupport(ib.build());
      }
      JsonNode p = root.path("pricing");
      Pricing.Builder pb =
          Pricing.builder()
              .method(PricePerPoint.of(new BigDecimal(p.path("pricePerPoint").asText())))
              .contingencyPercent(new BigDecimal(p.path("contingencyPercent").asText("0")));
      if (p.has("floor")) {
        pb.floor(Money.parse(p.path("floor").asText()));
      }
      if (p.has("ceiling")) {
        pb.ceiling(
            Ceiling.of(
                Money.parse(p.path("ceiling").path("weekly").asText()),
                CeilingPolicy.valueOf(p.path("ceiling").path("policy").asText().toUpperCase())));
      }
      return b.pricing(pb.build()).build();
    } catch (IOException | RuntimeException e) {
      throw new RuleFileException(sourceName + ":1:1 : " + e.getMessage(), e);
    }
  }
}
