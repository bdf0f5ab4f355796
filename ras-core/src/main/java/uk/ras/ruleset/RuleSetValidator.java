package uk.ras.ruleset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ras.money.Money;

/**
 * Checks what a rule set means, as opposed to its shape, and reports <em>every</em> problem at once, each
 * with its path in the rule-file schema. The checks: ids are unique; points, caps and amounts are not
 * negative; informal-support shares lie between 0 and 1; a banding table starts at 0, has no gap or
 * overlap, covers every total the questionnaire can produce and never falls; interpolation starts at 0
 * points, rises strictly in points and never falls in amount; the floor is not above the ceiling; the
 * contingency is from 0 to less than 100 percent; funding streams are declared once, every domain's
 * funding names declared streams in shares that add up to 100, a practitioner's choice names declared
 * streams that include the domain's funding and (priced per point) price a point alike, section 117
 * streams are declared, free to the person and open to whoever is entitled, and pooled funds name
 * declared streams that have envelopes. The pricing rules make every valid rule set
 * <em>monotone</em>: more need never means less money.
 *
 * <p>This class has no state; it is thread-safe.
 */
public final class RuleSetValidator {
  /**
   * The largest point total a questionnaire may produce. The compiled calculator keeps one precomputed
   * weekly and annual amount per possible total, so this bounds its memory (about 5 MB at most). Real
   * questionnaires score a few hundred points.
   */
  public static final int MAX_TOTAL_POINTS = 100_000;

  /**
   * The largest weekly amount a rule set may be able to produce before its ceiling: £1,000,000.00 a
   * week. Real budgets are a few thousand pounds a week at most; a rule set that can reach this is a
   * mistake in a price, a band or the floor, and bounding it keeps every amount the engine derives from
   * it (annual amounts, sums of streams, a council's totals over millions of budgets) far inside a
   * {@code long} of pence, so that no valid rule set can make the arithmetic overflow.
   */
  public static final Money MAX_WEEKLY = Money.ofPence(100_000_000L);

  private RuleSetValidator() {}

  /**
   * Returns every problem with {@code rules}, in the order of the rule-file schema; empty when valid.
   *
   * @param rules not null
   * @return the problems, never null
   */
  public static List<RuleProblem> validate(RuleSet rules) {
    List<RuleProblem> problems = new ArrayList<>();
    if (!"GBP".equals(rules.currency())) {
      problems.add(
          new RuleProblem("currency", "'" + rules.currency() + "' is not supported; expected GBP"));
    }
    if (rules.rounding() == RoundingMode.UNNECESSARY) {
      problems.add(
          new RuleProblem("rounding", "UNNECESSARY cannot round money; expected a rounding mode such as HALF_UP"));
    }
    Map<QuestionId, String> questionPaths = new HashMap<>();
    Set<DomainId> domainIds = new HashSet<>();
    long maxTotal = 0;
    if (rules.domains().isEmpty()) {
      problems.add(new RuleProblem("domains", "there must be at least one domain"));
    }
    for (int d = 0; d < rules.domains().size(); d++) {
      Domain domain = rules.domains().get(d);
      String dPath = "domains[" + d + "]";
      if (!domainIds.add(domain.id())) {
        problems.add(new RuleProblem(dPath + ".id", "duplicate domain id '" + domain.id() + "'"));
      }
      if (domain.cap().isPresent() && domain.cap().getAsInt() < 0) {
        problems.add(
            new RuleProblem(dPath + ".cap", "cap " + domain.cap().getAsInt() + " is negative"));
      }
      if (domain.questions().isEmpty()) {
        problems.add(
            new RuleProblem(dPath + ".questions", "domain '" + domain.id() + "' has no questions"));
      }
      long domainMax = 0;
      for (int q = 0; q < domain.questions().size(); q++) {
        Question question = domain.questions().get(q);
        String qPath = dPath + ".questions[" + q + "]";
        checkQuestionId(question.id(), qPath + ".id", questionPaths, problems);
        if (question.options().isEmpty()) {
          problems.add(
              new RuleProblem(qPath + ".options", "question '" + question.id() + "' has no options"));
        }
        Set<OptionId> optionIds = new HashSet<>();
        int questionMax = 0;
        for (int o = 0; o < question.options().size(); o++) {
          AnswerOption option = question.options().get(o);
          String oPath = qPath + ".options[" + o + "]";
          if (!optionIds.add(option.id())) {
            problems.add(
                new RuleProblem(
                    oPath + ".id",
                    "duplicate option id '" + option.id() + "' in question '" + question.id() + "'"));
          }
          if (option.points() < 0) {
            problems.add(
                new RuleProblem(oPath + ".points", option.points() + " points is negative"));
          }
          questionMax = Math.max(questionMax, option.points());
        }
        domainMax += questionMax;
      }
      if (domain.cap().isPresent() && domain.cap().getAsInt() >= 0) {
        domainMax = Math.min(domainMax, domain.cap().getAsInt());
      }
      maxTotal += domainMax;
    }
    rules
        .informalSupport()
        .ifPresent(informal -> checkInformalSupport(informal, domainIds, questionPaths, problems));
    checkStreams(rules, problems);
    if (maxTotal > MAX_TOTAL_POINTS) {
      problems.add(
          new RuleProblem(
              "domains",
              "the questionnaire can score "
                  + maxTotal
                  + " points; at most "
                  + MAX_TOTAL_POINTS
                  + " are supported"));
    } else {
      checkPricing(rules.pricing(), (int) maxTotal, problems);
      checkLargestAmounts(rules, (int) maxTotal, problems);
    }
    return List.copyOf(problems);
  }

  /**
   * Returns the largest total of points the questionnaire of a valid rule set can produce: the sum over
   * domains of the capped sum of each question's highest option.
   *
   * @param rules not null
   * @return the largest total, 0 or more
   * @throws ArithmeticException if the total does not fit an {@code int}
   */
  public static int maxTotalPoints(RuleSet rules) {
    long total = 0;
    for (Domain domain : rules.domains()) {
      long domainMax = 0;
      for (Question question : domain.questions()) {
        int questionMax = 0;
        for (AnswerOption option : question.options()) {
          questionMax = Math.max(questionMax, option.points());
        }
        domainMax += questionMax;
      }
      if (domain.cap().isPresent()) {
        domainMax = Math.min(domainMax, domain.cap().getAsInt());
      }
      total += domainMax;
    }
    return Math.toIntExact(total);
  }

  private static void checkQuestionId(
      QuestionId id, String path, Map<QuestionId, String> seen, List<RuleProblem> problems) {
    String earlier = seen.putIfAbsent(id, path);
    if (earlier != null) {
      problems.add(
          new RuleProblem(path, "duplicate question id '" + id + "' (first used at " + earlier + ")"));
    }
  }

  private static void checkInformalSupport(
      InformalSupport informal,
      Set<DomainId> domainIds,
      Map<QuestionId, String> questionPaths,
      List<RuleProblem> problems) {
    checkQuestionId(informal.question(), "informalSupport.question", questionPaths, problems);
    if (informal.options().isEmpty()) {
      problems.add(new RuleProblem("informalSupport.options", "there must be at least one option"));
    }
    if (informal.rounding() == RoundingMode.UNNECESSARY) {
      problems.add(
          new RuleProblem(
              "informalSupport.rounding",
              "UNNECESSARY cannot round points; expected a rounding mode such as HALF_UP"));
    }
    Set<OptionId> optionIds = new HashSet<>();
    for (int o = 0; o < informal.options().size(); o++) {
      InformalSupportOption option = informal.options().get(o);
      String oPath = "informalSupport.options[" + o + "]";
      if (!optionIds.add(option.id())) {
        problems.add(new RuleProblem(oPath + ".id", "duplicate option id '" + option.id() + "'"));
      }
      if (option.share().signum() < 0 || option.share().compareTo(BigDecimal.ONE) > 0) {
        problems.add(
            new RuleProblem(
                oPath + ".share",
                "share " + option.share().toPlainString() + " is outside 0 to 1"));
      }
    }
    Set<DomainId> listed = new HashSet<>();
    for (int i = 0; i < informal.appliesTo().size(); i++) {
      DomainId id = informal.appliesTo().get(i);
      String path = "informalSupport.appliesTo[" + i + "]";
      if (!domainIds.contains(id)) {
        problems.add(new RuleProblem(path, "unknown domain '" + id + "'"));
      } else if (!listed.add(id)) {
        problems.add(new RuleProblem(path, "domain '" + id + "' is listed twice"));
      }
    }
  }

  private static void checkStreams(RuleSet rules, List<RuleProblem> problems) {
    Map<StreamId, FundingStream> streams = new HashMap<>();
    boolean perPoint = rules.pricing().method() instanceof PricePerPoint;
    for (int i = 0; i < rules.streams().size(); i++) {
      FundingStream stream = rules.streams().get(i);
      String path = "streams[" + i + "]";
      if (streams.putIfAbsent(stream.id(), stream) != null) {
        problems.add(new RuleProblem(path + ".id", "duplicate stream id '" + stream.id() + "'"));
      }
      if (stream.pricePerPoint().isPresent()) {
        if (!perPoint) {
          problems.add(
              new RuleProblem(
                  path + ".pricePerPoint",
                  "a stream's own price per point needs pricing by pricePerPoint; this rule set uses "
                      + rules.pricing().method().describe()));
        } else if (stream.pricePerPoint().get().signum() < 0) {
          problems.add(
              new RuleProblem(
                  path + ".pricePerPoint",
                  "price " + stream.pricePerPoint().get().toPlainString() + " is negative"));
        }
      }
      stream
          .annualEnvelope()
          .filter(Money::isNegative)
          .ifPresent(e -> problems.add(new RuleProblem(path + ".annualEnvelope", e + " is negative")));
    }
    for (int d = 0; d < rules.domains().size(); d++) {
      Domain domain = rules.domains().get(d);
      String path = "domains[" + d + "].funding";
      if (rules.streams().isEmpty()) {
        if (!domain.funding().isEmpty()) {
          problems.add(
              new RuleProblem(path, "funding names streams, but the rule set declares no streams"));
        }
        continue;
      }
      if (domain.funding().isEmpty()) {
        problems.add(
            new RuleProblem(
                path,
                "domain '"
                    + domain.id()
                    + "' has no funding; every domain needs it when the rule set declares streams"));
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (int f = 0; f < domain.funding().size(); f++) {
        StreamShare share = domain.funding().get(f);
        String fPath = path + "[" + f + "]";
        if (!streams.containsKey(share.stream())) {
          problems.add(
              new RuleProblem(fPath + ".stream", "unknown stream '" + share.stream() + "'" + declared(rules)));
        }
        share
            .otherwise()
            .ifPresent(
                other -> {
                  if (!streams.containsKey(other)) {
                    problems.add(
                        new RuleProblem(
                            fPath + ".otherwise", "unknown stream '" + other + "'" + declared(rules)));
                  } else if (other.equals(share.stream())) {
                    problems.add(
                        new RuleProblem(
                            fPath + ".otherwise", "'" + other + "' is the stream itself; name another stream"));
                  }
                });
        if (share.share().signum() <= 0 || share.share().compareTo(BigDecimal.valueOf(100)) > 0) {
          problems.add(
              new RuleProblem(
                  fPath + ".share",
                  share.share().toPlainString() + " is outside more than 0 to 100 percent"));
        }
        sum = sum.add(share.share());
      }
      if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
        problems.add(
            new RuleProblem(
                path,
                "the shares of domain '"
                    + domain.id()
                    + "' add up to "
                    + sum.stripTrailingZeros().toPlainString()
                    + "%; expected 100%"));
      }
    }
    for (int d = 0; d < rules.domains().size(); d++) {
      checkPractitionerChoice(rules, d, streams, problems);
    }
    checkSection117(rules, streams, problems);
    Set<String> poolIds = new HashSet<>();
    for (int p = 0; p < rules.pools().size(); p++) {
      PooledFund pool = rules.pools().get(p);
      String path = "pools[" + p + "]";
      if (!poolIds.add(pool.id())) {
        problems.add(new RuleProblem(path + ".id", "duplicate pool id '" + pool.id() + "'"));
      }
      if (pool.streams().isEmpty()) {
        problems.add(new RuleProblem(path + ".streams", "a pool needs at least one stream"));
      }
      Set<StreamId> inPool = new HashSet<>();
      for (int s = 0; s < pool.streams().size(); s++) {
        StreamId id = pool.streams().get(s);
        String sPath = path + ".streams[" + s + "]";
        FundingStream stream = streams.get(id);
        if (stream == null) {
          problems.add(new RuleProblem(sPath, "unknown stream '" + id + "'" + declared(rules)));
        } else if (!inPool.add(id)) {
          problems.add(new RuleProblem(sPath, "stream '" + id + "' is listed twice"));
        } else if (stream.annualEnvelope().isEmpty()) {
          problems.add(
              new RuleProblem(
                  sPath, "stream '" + id + "' has no annualEnvelope to contribute to the pool"));
        }
      }
      if (pool.reservePercent().signum() < 0
          || pool.reservePercent().compareTo(BigDecimal.valueOf(100)) > 0) {
        problems.add(
            new RuleProblem(
                path + ".reservePercent",
                pool.reservePercent().toPlainString() + " is outside 0 to 100 percent"));
      }
      if (pool.reservePercent().signum() > 0 && pool.reservedFor().isEmpty()) {
        problems.add(
            new RuleProblem(path + ".reservedFor", "a reserve needs the stream it is reserved for"));
      }
      pool.reservedFor()
          .filter(id -> !inPool.contains(id))
          .ifPresent(
              id ->
                  problems.add(
                      new RuleProblem(
                          path + ".reservedFor", "stream '" + id + "' does not contribute to this pool")));
    }
  }

  /**
   * A practitioner's choice names declared streams, once each; it holds every stream of the domain's
   * default funding, so that the default is a choice a practitioner could make; and, priced per point,
   * its streams price a point alike. Together with refusing a choice of a stream the person is not
   * eligible for (the calculator does that), this is what keeps a practitioner's decision from lowering a
   * budget: the chosen streams fund at least the points the default funds, at the same price.
   */
  private static void checkPractitionerChoice(
      RuleSet rules, int d, Map<StreamId, FundingStream> streams, List<RuleProblem> problems) {
    Domain domain = rules.domains().get(d);
    List<StreamId> choice = domain.practitionerChoice();
    String path = "domains[" + d + "].practitionerChoice";
    if (choice.isEmpty()) {
      return;
    }
    if (rules.streams().isEmpty()) {
      problems.add(
          new RuleProblem(path, "a practitioner's choice names streams, but the rule set declares no streams"));
      return;
    }
    Set<StreamId> listed = new HashSet<>();
    boolean sound = true;
    for (int i = 0; i < choice.size(); i++) {
      StreamId id = choice.get(i);
      if (!streams.containsKey(id)) {
        problems.add(new RuleProblem(path + "[" + i + "]", "unknown stream '" + id + "'" + declared(rules)));
        sound = false;
      } else if (!listed.add(id)) {
        problems.add(new RuleProblem(path + "[" + i + "]", "stream '" + id + "' is listed twice"));
      }
    }
    Set<StreamId> defaults = new java.util.LinkedHashSet<>();
    for (StreamShare share : domain.funding()) {
      defaults.add(share.stream());
      share.otherwise().ifPresent(defaults::add);
    }
    defaults.removeAll(listed);
    defaults.removeIf(id -> !streams.containsKey(id)); // reported at the funding already
    if (!defaults.isEmpty()) {
      problems.add(
          new RuleProblem(
              path,
              "the domain's funding names "
                  + quoted(defaults)
                  + ", not among the streams a practitioner may choose; the default must be a choice a"
                  + " practitioner could make"));
    }
    if (!sound || !(rules.pricing().method() instanceof PricePerPoint)) {
      return;
    }
    BigDecimal ruleSetPrice = ((PricePerPoint) rules.pricing().method()).poundsPerPoint();
    FundingStream first = streams.get(choice.get(0));
    BigDecimal firstPrice = first.pricePerPoint().orElse(ruleSetPrice);
    for (int i = 1; i < choice.size(); i++) {
      FundingStream other = streams.get(choice.get(i));
      BigDecimal price = other.pricePerPoint().orElse(ruleSetPrice);
      if (price.compareTo(firstPrice) != 0) {
        problems.add(
            new RuleProblem(
                path + "[" + i + "]",
                "'"
                    + other.id()
                    + "' prices a point at £"
                    + price.toPlainString()
                    + " and '"
                    + first.id()
                    + "' at £"
                    + firstPrice.toPlainString()
                    + "; a practitioner decides who pays, never how much, so the streams to choose among"
                    + " must price a point alike"));
      }
    }
  }

  /**
   * Section 117 after-care streams are declared streams, named once, free to the person and open to
   * whoever is entitled, whatever their FACS band or Care Act eligibility (the duty under s117 of the
   * Mental Health Act 1983 does not depend on the Care Act eligibility criteria).
   */
  private static void checkSection117(
      RuleSet rules, Map<StreamId, FundingStream> streams, List<RuleProblem> problems) {
    Set<StreamId> listed = new HashSet<>();
    for (int i = 0; i < rules.section117Streams().size(); i++) {
      StreamId id = rules.section117Streams().get(i);
      String path = "section117Streams[" + i + "]";
      FundingStream stream = streams.get(id);
      if (stream == null) {
        problems.add(new RuleProblem(path, "unknown stream '" + id + "'" + declared(rules)));
      } else if (!listed.add(id)) {
        problems.add(new RuleProblem(path, "stream '" + id + "' is listed twice"));
      } else {
        if (stream.chargeable()) {
          problems.add(
              new RuleProblem(
                  path,
                  "stream '"
                      + id
                      + "' pays for section 117 after-care, which is free to the person (Mental Health Act"
                      + " 1983, s117): declare it chargeable: false"));
        }
        if (!stream.eligibility().isAnyone()) {
          problems.add(
              new RuleProblem(
                  path,
                  "stream '"
                      + id
                      + "' pays for section 117 after-care, which funds whoever is entitled to it, whatever"
                      + " their FACS band or Care Act eligibility: remove the stream's eligibility ("
                      + stream.eligibility().describe()
                      + ")"));
        }
      }
    }
  }

  private static String quoted(Set<StreamId> ids) {
    return ids.stream()
        .map(id -> "'" + id + "'")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static String declared(RuleSet rules) {
    return rules.streams().isEmpty()
        ? "; the rule set declares no streams"
        : "; declared: "
            + rules.streams().stream()
                .map(s -> s.id().value())
                .distinct()
                .collect(java.util.stream.Collectors.joining(", "));
  }

  private static void checkPricing(Pricing pricing, int maxTotal, List<RuleProblem> problems) {
    if (pricing.method() instanceof PricePerPoint) {
      BigDecimal price = ((PricePerPoint) pricing.method()).poundsPerPoint();
      if (price.signum() < 0) {
        problems.add(
            new RuleProblem("pricing.pricePerPoint", "price " + price.toPlainString() + " is negative"));
      }
    } else if (pricing.method() instanceof Banding) {
      checkBands(((Banding) pricing.method()).bands(), maxTotal, problems);
    } else {
      checkInterpolation(((Interpolation) pricing.method()).points(), problems);
    }
    BigDecimal contingency = pricing.contingencyPercent();
    if (contingency.signum() < 0 || contingency.compareTo(BigDecimal.valueOf(100)) >= 0) {
      problems.add(
          new RuleProblem(
              "pricing.contingencyPercent",
              contingency.toPlainString() + " is outside 0 to less than 100 percent"));
    }
    pricing
        .floor()
        .filter(Money::isNegative)
        .ifPresent(f -> problems.add(new RuleProblem("pricing.floor", f + " is negative")));
    pricing
        .ceiling()
        .filter(c -> !c.weekly().isGreaterThan(Money.zero()))
        .ifPresent(
            c -> problems.add(new RuleProblem("pricing.ceiling.weekly", c.weekly() + " is not above zero")));
    if (pricing.floor().isPresent()
        && pricing.ceiling().isPresent()
        && pricing.floor().get().isGreaterThan(pricing.ceiling().get().weekly())) {
      problems.add(
          new RuleProblem(
              "pricing.floor",
              "floor "
                  + pricing.floor().get()
                  + " is above the ceiling "
                  + pricing.ceiling().get().weekly()));
    }
  }

  /**
   * Refuses any price, band, knot or floor that could make a weekly amount above {@link #MAX_WEEKLY}: a
   * price per point is checked at the most points the questionnaire can score.
   */
  private static void checkLargestAmounts(RuleSet rules, int maxTotal, List<RuleProblem> problems) {
    Pricing pricing = rules.pricing();
    if (pricing.method() instanceof PricePerPoint) {
      checkPrice(((PricePerPoint) pricing.method()).poundsPerPoint(), maxTotal, "pricing.pricePerPoint", problems);
      for (int i = 0; i < rules.streams().size(); i++) {
        int at = i;
        rules.streams().get(i).pricePerPoint()
            .ifPresent(p -> checkPrice(p, maxTotal, "streams[" + at + "].pricePerPoint", problems));
      }
    } else if (pricing.method() instanceof Banding) {
      List<Band> bands = ((Banding) pricing.method()).bands();
      for (int i = 0; i < bands.size(); i++) {
        checkAmount(bands.get(i).weekly(), "pricing.bands[" + i + "].weekly", problems);
      }
    } else {
      List<InterpolationPoint> knots = ((Interpolation) pricing.method()).points();
      for (int i = 0; i < knots.size(); i++) {
        checkAmount(knots.get(i).weekly(), "pricing.interpolation[" + i + "].weekly", problems);
      }
    }
    pricing.floor().ifPresent(floor -> checkAmount(floor, "pricing.floor", problems));
  }

  private static void checkPrice(BigDecimal price, int maxTotal, String path, List<RuleProblem> problems) {
    BigDecimal largest = price.multiply(BigDecimal.valueOf(maxTotal));
    if (largest.compareTo(MAX_WEEKLY.pounds()) > 0) {
      problems.add(
          new RuleProblem(
              path,
              "£"
                  + price.toPlainString()
                  + " per point for the "
                  + maxTotal
                  + " points the questionnaire can score makes £"
                  + largest.setScale(2, RoundingMode.UP).toPlainString()
                  + " a week; at most "
                  + MAX_WEEKLY
                  + " a week is supported"));
    }
  }

  private static void checkAmount(Money amount, String path, List<RuleProblem> problems) {
    if (amount.isGreaterThan(MAX_WEEKLY)) {
      problems.add(
          new RuleProblem(
              path, amount + " a week is above the most supported, " + MAX_WEEKLY + " a week"));
    }
  }

  private static void checkBands(List<Band> bands, int maxTotal, List<RuleProblem> problems) {
    if (bands.isEmpty()) {
      problems.add(new RuleProblem("pricing.bands", "a banding table needs at least one band"));
      return;
    }
    long expectedFrom = 0;
    Money previous = null;
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      String path = "pricing.bands[" + i + "]";
      if (band.from() != expectedFrom) {
        if (i == 0) {
          problems.add(
              new RuleProblem(path + ".from", "the first band starts at " + band.from() + "; expected 0"));
        } else if (band.from() > expectedFrom) {
          problems.add(
              new RuleProblem(
                  path + ".from",
                  "gap: "
                      + (band.from() - 1 == expectedFrom
                          ? "total " + expectedFrom + " is"
                          : "totals " + expectedFrom + " to " + (band.from() - 1) + " are")
                      + " in no band (expected from: "
                      + expectedFrom
                      + ")"));
        } else {
          problems.add(
              new RuleProblem(
                  path + ".from",
                  "overlap: "
                      + band.from()
                      + " is below "
                      + expectedFrom
                      + ", already covered by bands["
                      + (i - 1)
                      + "] (expected from: "
                      + expectedFrom
                      + ")"));
        }
      }
      if (band.to().isPresent()) {
        int to = band.to().getAsInt();
        if (to < band.from()) {
          problems.add(
              new RuleProblem(path + ".to", to + " is below the band's from " + band.from()));
        }
        expectedFrom = Math.max((long) to, band.from()) + 1;
      } else {
        if (i != bands.size() - 1) {
          problems.add(
              new RuleProblem(path + ".to", "only the last band may be open-ended (no 'to')"));
          // Read it as a band of one total, so the bands after it are not all reported as overlaps.
          expectedFrom = (long) band.from() + 1;
        } else {
          expectedFrom = Long.MAX_VALUE;
        }
      }
      if (band.weekly().isNegative()) {
        problems.add(new RuleProblem(path + ".weekly", band.weekly() + " is negative"));
      }
      if (previous != null && band.weekly().isLessThan(previous)) {
        problems.add(
            new RuleProblem(
                path + ".weekly",
                band.weekly()
                    + " is less than the previous band's "
                    + previous
                    + ": more need must never mean less money"));
      }
      previous = band.weekly();
    }
    if (expectedFrom != Long.MAX_VALUE && expectedFrom <= maxTotal) {
      problems.add(
          new RuleProblem(
              "pricing.bands[" + (bands.size() - 1) + "].to",
              "totals "
                  + expectedFrom
                  + " to "
                  + maxTotal
                  + " are in no band; the questionnaire can score up to "
                  + maxTotal
                  + " (leave out 'to' on the last band to make it open-ended)"));
    }
  }

  private static void checkInterpolation(
      List<InterpolationPoint> points, List<RuleProblem> problems) {
    if (points.isEmpty()) {
      problems.add(
          new RuleProblem("pricing.interpolation", "interpolation needs at least one point"));
      return;
    }
    for (int i = 0; i < points.size(); i++) {
      InterpolationPoint point = points.get(i);
      String path = "pricing.interpolation[" + i + "]";
      if (i == 0 && point.points() != 0) {
        problems.add(
            new RuleProblem(path + ".points", "the first point is at " + point.points() + "; expected 0"));
      }
      if (point.weekly().isNegative()) {
        problems.add(new RuleProblem(path + ".weekly", point.weekly() + " is negative"));
      }
      if (i > 0) {
        InterpolationPoint before = points.get(i - 1);
        if (point.points() <= before.points()) {
          problems.add(
              new RuleProblem(
                  path + ".points",
                  point.points()
                      + " is not above the previous point's "
                      + before.points()
                      + "; points must rise strictly"));
        }
        if (point.weekly().isLessThan(before.weekly())) {
          problems.add(
              new RuleProblem(
                  path + ".weekly",
                  point.weekly()
                      + " is less than the previous point's "
                      + before.weekly()
                      + ": more need must never mean less money"));
        }
      }
    }
  }
}
