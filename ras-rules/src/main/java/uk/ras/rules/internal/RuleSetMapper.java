package uk.ras.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.PooledFund;
import uk.ras.ruleset.StreamEligibility;
import uk.ras.ruleset.StreamId;
import uk.ras.ruleset.StreamShare;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.Band;
import uk.ras.ruleset.Banding;
import uk.ras.ruleset.Ceiling;
import uk.ras.ruleset.CeilingPolicy;
import uk.ras.ruleset.Interpolation;
import uk.ras.ruleset.InterpolationPoint;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.PricingMethod;
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
 * Walks the located tree into a {@link RuleSet}, recording every structural problem: a missing field, an
 * unknown one, a wrong type, a bad date, amount or name. Each method returns its value when it could
 * read it; a rule set is built only when no blocking problem was found (see {@link Problems}).
 */
final class RuleSetMapper {
  static final List<String> TOP_FIELDS =
      List.of(
          "id", "name", "version", "effectiveFrom", "currency", "weeksPerYear", "rounding", "domains",
          "informalSupport", "pricing", "streams", "pools", "section117Streams");
  static final List<String> DOMAIN_FIELDS =
      List.of("id", "name", "cap", "questions", "funding", "practitionerChoice");
  static final List<String> QUESTION_FIELDS = List.of("id", "text", "required", "options");
  static final List<String> OPTION_FIELDS = List.of("id", "label", "points");
  static final List<String> INFORMAL_FIELDS =
      List.of("question", "text", "required", "appliesTo", "rounding", "options");
  static final List<String> INFORMAL_OPTION_FIELDS = List.of("id", "label", "share");
  static final List<String> PRICING_FIELDS =
      List.of("pricePerPoint", "bands", "interpolation", "contingencyPercent", "floor", "ceiling");
  static final List<String> PRICING_METHODS = List.of("pricePerPoint", "bands", "interpolation");
  static final List<String> BAND_FIELDS = List.of("from", "to", "weekly");
  static final List<String> KNOT_FIELDS = List.of("points", "weekly");
  static final List<String> CEILING_FIELDS = List.of("weekly", "policy");
  static final List<String> STREAM_FIELDS =
      List.of("id", "name", "eligibility", "pricePerPoint", "chargeable", "annualEnvelope");
  static final List<String> ELIGIBILITY_FIELDS = List.of("facsFrom", "careAct");
  static final List<String> SHARE_FIELDS = List.of("stream", "share", "otherwise");
  static final List<String> POOL_FIELDS = List.of("id", "name", "streams", "reservePercent", "reservedFor");

  /** Amounts, shares and prices: enough digits for any budget, few enough to refuse 1e999999. */
  private static final int MAX_INTEGER_DIGITS = 12;

  private static final int MAX_DECIMALS = 12;
  private static final Pattern DIGITS = Pattern.compile("[-+]?[0-9]+");
  private static final List<String> ROUNDING_NAMES =
      List.of("HALF_UP", "HALF_EVEN", "HALF_DOWN", "UP", "DOWN", "CEILING", "FLOOR");

  private final Problems problems;

  RuleSetMapper(Problems problems) {
    this.problems = problems;
  }

  /** Returns the rule set, or empty if a blocking problem was recorded. */
  Optional<RuleSet> map(Node root) {
    if (!(root instanceof Node.MapNode)) {
      problems.add(root, "expected a mapping of rule-set fields (id, name, ...) at the top level, found " + root.describe());
      return Optional.empty();
    }
    Fields top = new Fields((Node.MapNode) root, TOP_FIELDS, problems);
    RuleSet.Builder b = RuleSet.builder();
    top.required("id").flatMap(this::id).ifPresent(b::id);
    top.required("name").flatMap(this::text).ifPresent(b::name);
    top.required("version").flatMap(this::text).ifPresent(b::version);
    top.required("effectiveFrom").flatMap(this::date).ifPresent(b::effectiveFrom);
    top.optional("currency").flatMap(this::text).ifPresent(b::currency);
    top.optional("weeksPerYear").flatMap(this::weeksPerYear).ifPresent(b::weeksPerYear);
    top.optional("rounding").flatMap(this::rounding).ifPresent(b::rounding);
    top.required("domains").flatMap(n -> list(n, this::domain)).ifPresent(b::addAllDomains);
    top.optional("informalSupport").flatMap(this::informalSupport).ifPresent(b::informalSupport);
    top.required("pricing").flatMap(this::pricing).ifPresent(b::pricing);
    top.optional("streams").flatMap(n -> list(n, this::stream)).ifPresent(b::addAllStreams);
    top.optional("pools").flatMap(n -> list(n, this::pool)).ifPresent(b::addAllPools);
    top.optional("section117Streams").flatMap(this::streamIds).ifPresent(b::addAllSection117Streams);
    return buildIfSound(b::build);
  }

  private Optional<Domain> domain(Node node) {
    return map(node, DOMAIN_FIELDS)
        .flatMap(
            f -> {
              Domain.Builder b = Domain.builder();
              f.required("id").flatMap(this::id).map(DomainId::of).ifPresent(b::id);
              f.required("name").flatMap(this::text).ifPresent(b::name);
              f.optional("cap").flatMap(this::wholeNumber).ifPresent(b::cap);
              f.required("questions").flatMap(n -> list(n, this::question)).ifPresent(b::addAllQuestions);
              f.optional("funding").flatMap(n -> list(n, this::streamShare)).ifPresent(b::addAllFunding);
              f.optional("practitionerChoice").flatMap(this::streamIds).ifPresent(b::addAllPractitionerChoice);
              return buildIfSound(b::build);
            });
  }

  private Optional<Question> question(Node node) {
    return map(node, QUESTION_FIELDS)
        .flatMap(
            f -> {
              Question.Builder b = Question.builder();
              f.required("id").flatMap(this::id).map(QuestionId::of).ifPresent(b::id);
              f.required("text").flatMap(this::text).ifPresent(b::text);
              f.optional("required").flatMap(this::bool).ifPresent(b::required);
              f.required("options").flatMap(n -> list(n, this::answerOption)).ifPresent(b::addAllOptions);
              return buildIfSound(b::build);
            });
  }

  private Optional<AnswerOption> answerOption(Node node) {
    return map(node, OPTION_FIELDS)
        .flatMap(
            f -> {
              AnswerOption.Builder b = AnswerOption.builder();
              f.required("id").flatMap(this::id).map(OptionId::of).ifPresent(b::id);
              f.required("label").flatMap(this::text).ifPresent(b::label);
              f.required("points").flatMap(this::wholeNumber).ifPresent(b::points);
              return buildIfSound(b::build);
            });
  }

  private Optional<InformalSupport> informalSupport(Node node) {
    return map(node, INFORMAL_FIELDS)
        .flatMap(
            f -> {
              InformalSupport.Builder b = InformalSupport.builder();
              f.required("question").flatMap(this::id).map(QuestionId::of).ifPresent(b::question);
              f.required("text").flatMap(this::text).ifPresent(b::text);
              f.optional("required").flatMap(this::bool).ifPresent(b::required);
              f.optional("appliesTo")
                  .flatMap(n -> list(n, item -> id(item).map(DomainId::of)))
                  .ifPresent(b::addAllAppliesTo);
              f.optional("rounding").flatMap(this::rounding).ifPresent(b::rounding);
              f.required("options")
                  .flatMap(n -> list(n, this::informalOption))
                  .ifPresent(b::addAllOptions);
              return buildIfSound(b::build);
            });
  }

  private Optional<InformalSupportOption> informalOption(Node node) {
    return map(node, INFORMAL_OPTION_FIELDS)
        .flatMap(
            f -> {
              InformalSupportOption.Builder b = InformalSupportOption.builder();
              f.required("id").flatMap(this::id).map(OptionId::of).ifPresent(b::id);
              f.required("label").flatMap(this::text).ifPresent(b::label);
              f.required("share").flatMap(this::decimal).ifPresent(b::share);
              return buildIfSound(b::build);
            });
  }

  private Optional<Pricing> pricing(Node node) {
    return map(node, PRICING_FIELDS)
        .flatMap(
            f -> {
              Pricing.Builder b = Pricing.builder();
              pricingMethod(f).ifPresent(b::method);
              f.optional("contingencyPercent").flatMap(this::decimal).ifPresent(b::contingencyPercent);
              f.optional("floor").flatMap(this::money).ifPresent(b::floor);
              f.optional("ceiling").flatMap(this::ceiling).ifPresent(b::ceiling);
              return buildIfSound(b::build);
            });
  }

  private Optional<PricingMethod> pricingMethod(Fields f) {
    List<Node.Entry> given = new ArrayList<>();
    for (String method : PRICING_METHODS) {
      f.entry(method).ifPresent(given::add);
    }
    if (given.isEmpty()) {
      problems.add(
          f.node(), "pricing needs exactly one of pricePerPoint, bands or interpolation; found none");
      return Optional.empty();
    }
    if (given.size() > 1) {
      for (int i = 1; i < given.size(); i++) {
        Node.Entry extra = given.get(i);
        problems.add(
            extra.line(),
            extra.column(),
            extra.value().path(),
            "pricing needs exactly one of pricePerPoint, bands or interpolation; found both '"
                + given.get(0).key()
                + "' and '"
                + extra.key()
                + "'");
      }
      return Optional.empty();
    }
    Node.Entry method = given.get(0);
    switch (method.key()) {
      case "pricePerPoint":
        return decimal(method.value()).map(PricePerPoint::of);
      case "bands":
        return list(method.value(), this::band).map(bands -> Banding.builder().addAllBands(bands).build());
      default:
        return list(method.value(), this::knot)
            .map(knots -> Interpolation.builder().addAllPoints(knots).build());
    }
  }

  private Optional<Band> band(Node node) {
    return map(node, BAND_FIELDS)
        .flatMap(
            f -> {
              Optional<Integer> from = f.required("from").flatMap(this::wholeNumber);
              Optional<Integer> to = f.optional("to").flatMap(this::wholeNumber);
              boolean toIsSound = f.entry("to").isEmpty() || to.isPresent();
              Optional<Money> weekly = f.required("weekly").flatMap(this::money);
              if (from.isEmpty() || weekly.isEmpty() || !toIsSound) {
                return Optional.empty();
              }
              return Optional.of(
                  Band.of(
                      from.get(),
                      to.map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty()),
                      weekly.get()));
            });
  }

  private Optional<InterpolationPoint> knot(Node node) {
    return map(node, KNOT_FIELDS)
        .flatMap(
            f -> {
              Optional<Integer> points = f.required("points").flatMap(this::wholeNumber);
              Optional<Money> weekly = f.required("weekly").flatMap(this::money);
              return points.isPresent() && weekly.isPresent()
                  ? Optional.of(InterpolationPoint.of(points.get(), weekly.get()))
                  : Optional.empty();
            });
  }

  private Optional<Ceiling> ceiling(Node node) {
    return map(node, CEILING_FIELDS)
        .flatMap(
            f -> {
              Optional<Money> weekly = f.required("weekly").flatMap(this::money);
              Optional<CeilingPolicy> policy = f.required("policy").flatMap(this::policy);
              return weekly.isPresent() && policy.isPresent()
                  ? Optional.of(Ceiling.of(weekly.get(), policy.get()))
                  : Optional.empty();
            });
  }

  private Optional<FundingStream> stream(Node node) {
    return map(node, STREAM_FIELDS)
        .flatMap(
            f -> {
              FundingStream.Builder b = FundingStream.builder();
              f.required("id").flatMap(this::id).map(StreamId::of).ifPresent(b::id);
              f.required("name").flatMap(this::text).ifPresent(b::name);
              f.optional("eligibility").flatMap(this::eligibility).ifPresent(b::eligibility);
              f.optional("pricePerPoint").flatMap(this::decimal).ifPresent(b::pricePerPoint);
              f.optional("chargeable").flatMap(this::bool).ifPresent(b::chargeable);
              f.optional("annualEnvelope").flatMap(this::money).ifPresent(b::annualEnvelope);
              return buildIfSound(b::build);
            });
  }

  private Optional<StreamEligibility> eligibility(Node node) {
    return map(node, ELIGIBILITY_FIELDS)
        .flatMap(
            f -> {
              Optional<FacsBand> facs = f.optional("facsFrom").flatMap(this::facsBand);
              Optional<Boolean> careAct = f.optional("careAct").flatMap(this::bool);
              if ((f.entry("facsFrom").isPresent() && facs.isEmpty())
                  || (f.entry("careAct").isPresent() && careAct.isEmpty())) {
                return Optional.empty();
              }
              return Optional.of(StreamEligibility.requiring(facs.orElse(null), careAct.orElse(false)));
            });
  }

  private Optional<FacsBand> facsBand(Node node) {
    Optional<String> text = text(node);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (FacsBand band : FacsBand.values()) {
      if (band.name().equalsIgnoreCase(text.get().strip())) {
        return Optional.of(band);
      }
    }
    problems.add(
        node,
        "'" + shorten(text.get()) + "' is not a FACS band; expected low, moderate, substantial or critical");
    return Optional.empty();
  }

  private Optional<StreamShare> streamShare(Node node) {
    return map(node, SHARE_FIELDS)
        .flatMap(
            f -> {
              StreamShare.Builder b = StreamShare.builder();
              f.required("stream").flatMap(this::id).map(StreamId::of).ifPresent(b::stream);
              f.optional("share").flatMap(this::decimal).ifPresent(b::share);
              f.optional("otherwise").flatMap(this::id).map(StreamId::of).ifPresent(b::otherwise);
              return buildIfSound(b::build);
            });
  }

  private Optional<PooledFund> pool(Node node) {
    return map(node, POOL_FIELDS)
        .flatMap(
            f -> {
              PooledFund.Builder b = PooledFund.builder();
              f.required("id").flatMap(this::id).ifPresent(b::id);
              f.required("name").flatMap(this::text).ifPresent(b::name);
              f.required("streams").flatMap(this::streamIds).ifPresent(b::addAllStreams);
              f.optional("reservePercent").flatMap(this::decimal).ifPresent(b::reservePercent);
              f.optional("reservedFor").flatMap(this::id).map(StreamId::of).ifPresent(b::reservedFor);
              return buildIfSound(b::build);
            });
  }

  /** A list of stream ids; whether they are declared is for the validator, which names the declared ones. */
  private Optional<List<StreamId>> streamIds(Node node) {
    return list(node, item -> id(item).map(StreamId::of));
  }

  // ---- values ----

  private Optional<Fields> map(Node node, List<String> known) {
    return Fields.of(node, known, problems);
  }

  private <T> Optional<List<T>> list(Node node, Function<Node, Optional<T>> item) {
    return Fields.list(node, item, problems);
  }

  private Optional<String> text(Node node) {
    if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).kind() == Node.Kind.TEXT) {
      return Optional.of(((Node.ScalarNode) node).text());
    }
    String hint =
        node instanceof Node.ScalarNode && ((Node.ScalarNode) node).kind() != Node.Kind.NULL
            ? " (put it in quotes: \"" + ((Node.ScalarNode) node).text() + "\")"
            : "";
    problems.add(node, "expected text, found " + node.describe() + hint);
    return Optional.empty();
  }

  /** Ids are compared exactly and shown in explanations, so they must say something. */
  private Optional<String> id(Node node) {
    Optional<String> text = text(node);
    if (text.isPresent() && text.get().isBlank()) {
      problems.add(node, "an id must not be blank");
      return Optional.empty();
    }
    return text;
  }

  /**
   * {@code true} or {@code false}, unquoted and in lower case, and nothing else: a true/false field decides
   * money (a chargeable stream, a required question), so {@code yes}, {@code on}, {@code TRUE} or {@code
   * "true"} are located errors rather than a guess (see {@link LookAlikes#booleanProblem}).
   */
  private Optional<Boolean> bool(Node node) {
    Optional<String> problem = LookAlikes.booleanProblem(node);
    if (problem.isPresent()) {
      problems.add(node, problem.get());
      return Optional.empty();
    }
    return Optional.of(((Node.ScalarNode) node).text().equals("true"));
  }

  private Optional<LocalDate> date(Node node) {
    Optional<String> text = text(node);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get()));
    } catch (DateTimeParseException e) {
      problems.add(
          node, "'" + shorten(text.get()) + "' is not a date; expected YYYY-MM-DD, such as 2026-04-01");
      return Optional.empty();
    }
  }

  private Optional<Integer> wholeNumber(Node node) {
    Node.ScalarNode scalar = node instanceof Node.ScalarNode ? (Node.ScalarNode) node : null;
    if (scalar == null || scalar.kind() != Node.Kind.WHOLE_NUMBER) {
      problems.add(node, "expected a whole number, found " + node.describe());
      return Optional.empty();
    }
    String text = scalar.text();
    if (!DIGITS.matcher(text).matches()) {
      problems.add(node, "'" + shorten(text) + "' is not a whole number written in decimal digits");
      return Optional.empty();
    }
    if (octal(scalar)) {
      return Optional.empty();
    }
    // Checked on the text so that a number of a million digits is never converted.
    if (text.length() > 11 || Math.abs(Long.parseLong(text)) > Integer.MAX_VALUE) {
      problems.add(node, shorten(text) + " is too large; expected at most " + Integer.MAX_VALUE);
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text));
  }

  private Optional<BigDecimal> decimal(Node node) {
    Node.ScalarNode scalar = node instanceof Node.ScalarNode ? (Node.ScalarNode) node : null;
    if (scalar == null
        || (scalar.kind() != Node.Kind.WHOLE_NUMBER && scalar.kind() != Node.Kind.DECIMAL)) {
      problems.add(node, "expected a number, found " + node.describe());
      return Optional.empty();
    }
    if (octal(scalar)) {
      return Optional.empty();
    }
    String text = scalar.text();
    BigDecimal value;
    try {
      value = text.length() > 100 ? null : new BigDecimal(text);
    } catch (NumberFormatException e) {
      value = null;
    }
    if (value == null) {
      problems.add(node, "'" + shorten(text) + "' is not a decimal number such as 12.50");
      return Optional.empty();
    }
    if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      problems.add(
          node, shorten(text) + " is too large; expected at most " + MAX_INTEGER_DIGITS + " digits before the point");
      return Optional.empty();
    }
    if (value.scale() > MAX_DECIMALS && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
      problems.add(node, shorten(text) + " has too many decimals; expected at most " + MAX_DECIMALS);
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** Records a problem and returns true when a whole number has a leading zero ({@code 010}). */
  private boolean octal(Node.ScalarNode scalar) {
    Optional<String> problem = LookAlikes.octalProblem(scalar);
    problem.ifPresent(p -> problems.add(scalar, p));
    return problem.isPresent();
  }

  private Optional<Money> money(Node node) {
    return decimal(node)
        .flatMap(
            pounds -> {
              try {
                return Optional.of(Money.ofPounds(pounds));
              } catch (ArithmeticException e) {
                problems.add(
                    node,
                    pounds.toPlainString()
                        + " has a fraction of a penny; amounts are pounds with at most 2 decimals");
                return Optional.empty();
              }
            });
  }

  private Optional<PeriodConversion> weeksPerYear(Node node) {
    if (node instanceof Node.ScalarNode) {
      Node.ScalarNode scalar = (Node.ScalarNode) node;
      if (scalar.kind() == Node.Kind.TEXT || scalar.kind() == Node.Kind.WHOLE_NUMBER) {
        Optional<PeriodConversion> weeks = Values.weeksPerYear(scalar.text().replace(" ", ""));
        if (weeks.isPresent()) {
          return weeks;
        }
      }
    }
    problems.add(
        node, "expected \"52\", \"365/7\" or \"365.25/7\", found " + node.describe());
    return Optional.empty();
  }

  private Optional<RoundingMode> rounding(Node node) {
    Optional<String> text = text(node);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String name = text.get().toUpperCase(Locale.ROOT);
    // UNNECESSARY is a rounding mode to Java but cannot round; the validator explains that.
    if (ROUNDING_NAMES.contains(name) || name.equals("UNNECESSARY")) {
      return Optional.of(RoundingMode.valueOf(name));
    }
    problems.add(
        node,
        "'" + shorten(text.get()) + "' is not a rounding mode; expected one of " + String.join(", ", ROUNDING_NAMES));
    return Optional.empty();
  }

  private Optional<CeilingPolicy> policy(Node node) {
    Optional<String> text = text(node);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (CeilingPolicy policy : CeilingPolicy.values()) {
      if (policy.name().equalsIgnoreCase(text.get())) {
        return Optional.of(policy);
      }
    }
    problems.add(node, "'" + shorten(text.get()) + "' is not a ceiling policy; expected cap or refer");
    return Optional.empty();
  }

  private <T> Optional<T> buildIfSound(Supplier<T> build) {
    return problems.isBlocking() ? Optional.empty() : Optional.of(build.get());
  }

  static String shorten(String text) {
    return Fields.shorten(text);
  }
}
