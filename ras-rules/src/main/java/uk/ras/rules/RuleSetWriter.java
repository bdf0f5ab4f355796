package uk.ras.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.Band;
import uk.ras.ruleset.Banding;
import uk.ras.ruleset.Interpolation;
import uk.ras.ruleset.InterpolationPoint;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.PricingMethod;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.InformalSupport;
import uk.ras.ruleset.InformalSupportOption;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.PooledFund;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.StreamEligibility;
import uk.ras.ruleset.StreamId;
import uk.ras.ruleset.StreamShare;

/**
 * Writes a {@link RuleSet} as a rule file (YAML or JSON, the format of {@code docs/rule-file.md}) that
 * {@link RuleSetReader} reads back equal: the questionnaire, informal support, pricing, funding streams
 * with each domain's funding, and pooled funds. Every field is written, including defaults, except a
 * question's {@code required: true}, an informal-support question's {@code required: false}, a stream's
 * eligibility when it is open to anyone, a domain's funding and practitioner's choice when it has none,
 * and the section 117 streams when there are none; texts
 * are quoted, amounts are written as decimals (pounds with two decimals), and key order follows the
 * documentation.
 *
 * <pre>{@code
 * RuleSet recalibrated = rules.withVersion("2027.1").withEffectiveFrom(LocalDate.of(2027, 4, 1));
 * RuleSetWriter.create().write(recalibrated, Path.of("northshire-mh-2027.yaml"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleSetWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper YAML =
      new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());

  private RuleSetWriter() {}

  /** {@return a writer; never null} */
  public static RuleSetWriter create() {
    return new RuleSetWriter();
  }

  /**
   * The rule set as YAML.
   *
   * @param rules not null
   * @return never null
   */
  public String toYaml(RuleSet rules) {
    return write(YAML, rules);
  }

  /**
   * The rule set as JSON.
   *
   * @param rules not null
   * @return never null
   */
  public String toJson(RuleSet rules) {
    return write(JSON, rules) + "\n";
  }

  /**
   * Writes the rule set to a file, as JSON when the name ends in {@code .json} and as YAML otherwise, in
   * UTF-8, replacing the file if it exists.
   *
   * @param rules not null
   * @param file not null
   * @throws IOException if the file cannot be written
   */
  public void write(RuleSet rules, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    Files.writeString(file, name.endsWith(".json") ? toJson(rules) : toYaml(rules), StandardCharsets.UTF_8);
  }

  private static String write(ObjectMapper mapper, RuleSet rules) {
    Objects.requireNonNull(rules, "rules");
    try {
      return mapper.writeValueAsString(tree(rules));
    } catch (JsonProcessingException e) {
      // Only maps, lists, strings and numbers are written: this cannot happen.
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> tree(RuleSet rules) {
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("id", rules.id());
    top.put("name", rules.name());
    top.put("version", rules.version());
    top.put("effectiveFrom", rules.effectiveFrom().toString());
    top.put("currency", rules.currency());
    top.put("weeksPerYear", weeksPerYear(rules.weeksPerYear()));
    top.put("rounding", rules.rounding().name());
    List<Object> domains = new ArrayList<>();
    for (Domain d : rules.domains()) {
      Map<String, Object> domain = new LinkedHashMap<>();
      domain.put("id", d.id().value());
      domain.put("name", d.name());
      d.cap().ifPresent(c -> domain.put("cap", c));
      List<Object> questions = new ArrayList<>();
      for (Question q : d.questions()) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("id", q.id().value());
        question.put("text", q.text());
        if (!q.required()) {
          question.put("required", false);
        }
        List<Object> options = new ArrayList<>();
        for (AnswerOption o : q.options()) {
          Map<String, Object> option = new LinkedHashMap<>();
          option.put("id", o.id().value());
          option.put("label", o.label());
          option.put("points", o.points());
          options.add(option);
        }
        question.put("options", options);
        questions.add(question);
      }
      domain.put("questions", questions);
      if (!d.funding().isEmpty()) {
        List<Object> funding = new ArrayList<>();
        for (StreamShare f : d.funding()) {
          Map<String, Object> share = new LinkedHashMap<>();
          share.put("stream", f.stream().value());
          share.put("share", f.share());
          f.otherwise().ifPresent(o -> share.put("otherwise", o.value()));
          funding.add(share);
        }
        domain.put("funding", funding);
      }
      if (!d.practitionerChoice().isEmpty()) {
        domain.put("practitionerChoice", d.practitionerChoice().stream().map(StreamId::value).toList());
      }
      domains.add(domain);
    }
    top.put("domains", domains);
    rules.informalSupport().ifPresent(s -> top.put("informalSupport", informalSupport(s)));
    top.put("pricing", pricing(rules.pricing()));
    if (!rules.streams().isEmpty()) {
      top.put("streams", rules.streams().stream().map(RuleSetWriter::stream).toList());
    }
    if (!rules.pools().isEmpty()) {
      top.put("pools", rules.pools().stream().map(RuleSetWriter::pool).toList());
    }
    if (!rules.section117Streams().isEmpty()) {
      top.put("section117Streams", rules.section117Streams().stream().map(StreamId::value).toList());
    }
    return top;
  }

  private static Map<String, Object> informalSupport(InformalSupport s) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("question", s.question().value());
    map.put("text", s.text());
    if (s.required()) {
      map.put("required", true);
    }
    map.put("appliesTo", s.appliesTo().stream().map(d -> d.value()).toList());
    map.put("rounding", s.rounding().name());
    List<Object> options = new ArrayList<>();
    for (InformalSupportOption o : s.options()) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("id", o.id().value());
      option.put("label", o.label());
      option.put("share", o.share());
      options.add(option);
    }
    map.put("options", options);
    return map;
  }

  private static Map<String, Object> pricing(Pricing p) {
    Map<String, Object> map = new LinkedHashMap<>();
    PricingMethod method = p.method();
    if (method instanceof PricePerPoint) {
      map.put("pricePerPoint", ((PricePerPoint) method).poundsPerPoint());
    } else if (method instanceof Banding) {
      List<Object> bands = new ArrayList<>();
      for (Band b : ((Banding) method).bands()) {
        Map<String, Object> band = new LinkedHashMap<>();
        band.put("from", b.from());
        b.to().ifPresent(t -> band.put("to", t));
        band.put("weekly", pounds(b.weekly()));
        bands.add(band);
      }
      map.put("bands", bands);
    } else if (method instanceof Interpolation) {
      List<Object> knots = new ArrayList<>();
      for (InterpolationPoint k : ((Interpolation) method).points()) {
        Map<String, Object> knot = new LinkedHashMap<>();
        knot.put("points", k.points());
        knot.put("weekly", pounds(k.weekly()));
        knots.add(knot);
      }
      map.put("interpolation", knots);
    } else {
      throw new IllegalArgumentException("unknown pricing method " + method.describe());
    }
    map.put("contingencyPercent", p.contingencyPercent());
    p.floor().ifPresent(f -> map.put("floor", pounds(f)));
    p.ceiling().ifPresent(c -> {
      Map<String, Object> ceiling = new LinkedHashMap<>();
      ceiling.put("weekly", pounds(c.weekly()));
      ceiling.put("policy", c.policy().name().toLowerCase(Locale.ROOT));
      map.put("ceiling", ceiling);
    });
    return map;
  }

  private static Map<String, Object> stream(FundingStream s) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", s.id().value());
    map.put("name", s.name());
    StreamEligibility e = s.eligibility();
    if (!e.isAnyone()) {
      Map<String, Object> eligibility = new LinkedHashMap<>();
      e.facsFrom().ifPresent(b -> eligibility.put("facsFrom", b.name().toLowerCase(Locale.ROOT)));
      if (e.careAct()) {
        eligibility.put("careAct", true);
      }
      map.put("eligibility", eligibility);
    }
    s.pricePerPoint().ifPresent(p -> map.put("pricePerPoint", p));
    map.put("chargeable", s.chargeable());
    s.annualEnvelope().ifPresent(a -> map.put("annualEnvelope", pounds(a)));
    return map;
  }

  private static Map<String, Object> pool(PooledFund p) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", p.id());
    map.put("name", p.name());
    map.put("streams", p.streams().stream().map(StreamId::value).toList());
    map.put("reservePercent", p.reservePercent());
    p.reservedFor().ifPresent(r -> map.put("reservedFor", r.value()));
    return map;
  }

  private static BigDecimal pounds(Money amount) {
    return amount.pounds();
  }

  private static String weeksPerYear(PeriodConversion conversion) {
    switch (conversion) {
      case WEEKS_52:
        return "52";
      case DAYS_365:
        return "365/7";
      default:
        return "365.25/7";
    }
  }
}
