package uk.ras.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.CareActDetermination;
import uk.ras.assessment.CareActOutcome;
import uk.ras.assessment.Eligibility;
import uk.ras.assessment.PractitionerAttribution;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.FundingStream;
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
import uk.ras.ruleset.RuleSetValidator;

/**
 * Generators of domain types: valid (and so monotone) rule sets of every pricing method, with caps,
 * optional questions, informal support, contingency, floors and ceilings of both policies; and
 * assessments that fit a rule set.
 */
final class Generated {
  private Generated() {}

  static final RoundingMode[] MODES = {
    RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN,
    RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR
  };
  private static final String[] SHARES = {"0", "0.1", "0.25", "0.333", "0.5", "0.75", "1"};

  static int between(RandomnessSource r, int lo, int hi) {
    return (int) r.next(org.quicktheories.impl.Constraint.between(lo, hi));
  }

  static boolean chance(RandomnessSource r, int percent) {
    return between(r, 1, 100) <= percent;
  }

  /** Pricing methods, by the index {@link #pricing} uses. */
  static final int PER_POINT = 0;
  static final int BANDS = 1;
  static final int INTERPOLATION = 2;

  /** Valid rule sets, a third each priced per point, by bands and by interpolation. */
  static Gen<RuleSet> ruleSets() {
    return ruleSets(-1);
  }

  /** Valid rule sets priced by {@code method} ({@link #BANDS}...), or any method when -1. */
  static Gen<RuleSet> ruleSets(int method) {
    return ruleSets(method, 50);
  }

  /**
   * Valid rule sets priced by {@code method} (or any, when -1) that have an informal-support question
   * {@code informalPercent} percent of the time.
   */
  static Gen<RuleSet> ruleSets(int method, int informalPercent) {
    return ruleSets(method, informalPercent, 40);
  }

  /** As {@link #ruleSets(int, int)}, with funding streams {@code streamsPercent} percent of the time. */
  static Gen<RuleSet> ruleSets(int method, int informalPercent, int streamsPercent) {
    return r -> {
      RuleSet.Builder b =
          RuleSet.builder()
              .id("generated")
              .name("Generated")
              .version("1")
              .effectiveFrom(LocalDate.of(2026, 4, 1))
              .weeksPerYear(PeriodConversion.values()[between(r, 0, 2)])
              .rounding(MODES[between(r, 0, MODES.length - 1)]);
      int domains = between(r, 1, 4);
      List<DomainId> domainIds = new ArrayList<>();
      for (int d = 0; d < domains; d++) {
        DomainId id = DomainId.of("d" + d);
        domainIds.add(id);
        Domain.Builder domain = Domain.builder().id(id).name("Domain " + d);
        if (chance(r, 40)) {
          domain.cap(between(r, 0, 30));
        }
        int questions = between(r, 1, 4);
        for (int q = 0; q < questions; q++) {
          Question.Builder question =
              Question.builder().id(QuestionId.of("q" + d + "_" + q)).text("Question " + d + "." + q).required(!chance(r, 25));
          int options = between(r, 1, 5);
          for (int o = 0; o < options; o++) {
            question.addOptions(
                AnswerOption.builder().id(OptionId.of("o" + o)).label("Option " + o).points(between(r, 0, 15)).build());
          }
          domain.addQuestions(question.build());
        }
        b.addDomains(domain.build());
      }
      if (chance(r, informalPercent)) {
        InformalSupport.Builder informal =
            InformalSupport.builder()
                .question(QuestionId.of("informal"))
                .text("Informal support")
                .required(chance(r, 20))
                .rounding(MODES[between(r, 0, MODES.length - 1)]);
        int options = between(r, 1, 4);
        for (int o = 0; o < options; o++) {
          informal.addOptions(
              InformalSupportOption.builder()
                  .id(OptionId.of("i" + o))
                  .label("Informal " + o)
                  .share(new BigDecimal(SHARES[between(r, 0, SHARES.length - 1)]))
                  .build());
        }
        for (DomainId id : domainIds) {
          if (chance(r, 50)) {
            informal.addAppliesTo(id);
          }
        }
        b.informalSupport(informal.build());
      }
      RuleSet withoutPricing = b.pricing(Pricing.builder().method(PricePerPoint.of(BigDecimal.ONE)).build()).build();
      int maxTotal = RuleSetValidator.maxTotalPoints(withoutPricing);
      RuleSet priced = withoutPricing.withPricing(pricing(r, maxTotal, method < 0 ? between(r, 0, 2) : method));
      return chance(r, streamsPercent) ? withStreams(r, priced) : priced;
    };
  }

  /**
   * {@code rules} with one to three funding streams of random eligibility (and, when priced per point,
   * sometimes their own price), and every domain funded by one or two shares with random fallbacks.
   */
  static RuleSet withStreams(RandomnessSource r, RuleSet rules) {
    int count = between(r, 1, 3);
    List<FundingStream> streams = new ArrayList<>();
    boolean perPoint = rules.pricing().method() instanceof PricePerPoint;
    for (int s = 0; s < count; s++) {
      FundingStream.Builder stream =
          FundingStream.builder()
              .id(StreamId.of("s" + s))
              .name("Stream " + s)
              .chargeable(chance(r, 70))
              .eligibility(
                  chance(r, 40)
                      ? StreamEligibility.anyone()
                      : StreamEligibility.requiring(
                          chance(r, 70) ? FacsBand.values()[between(r, 0, 3)] : null, chance(r, 50)));
      if (perPoint && chance(r, 50)) {
        stream.pricePerPoint(BigDecimal.valueOf(between(r, 0, 100_000), 4));
      }
      streams.add(stream.build());
    }
    List<Domain> domains = new ArrayList<>();
    for (Domain d : rules.domains()) {
      List<StreamShare> funding = new ArrayList<>();
      if (chance(r, 50)) {
        funding.add(share(r, count, BigDecimal.valueOf(100)));
      } else {
        BigDecimal first = BigDecimal.valueOf(between(r, 1, 9_999), 2);
        funding.add(share(r, count, first));
        funding.add(share(r, count, BigDecimal.valueOf(100).subtract(first)));
      }
      domains.add(d.withFunding(funding));
    }
    return rules.withStreams(streams).withDomains(domains);
  }

  private static StreamShare share(RandomnessSource r, int streams, BigDecimal percent) {
    int named = between(r, 0, streams - 1);
    StreamShare.Builder share = StreamShare.builder().stream(StreamId.of("s" + named)).share(percent);
    if (streams > 1 && chance(r, 50)) {
      int other = (named + between(r, 1, streams - 1)) % streams;
      share.otherwise(StreamId.of("s" + other));
    }
    return share.build();
  }

  /**
   * {@code rules} (which declares streams) with a practitioner's choice on some domains: the streams of
   * the domain's funding and, sometimes, others that price a point alike. A domain whose funding names
   * streams of different prices gets no choice, as the validator requires. Sometimes every stream's own
   * price is dropped first, so that more domains may choose.
   */
  static RuleSet withChoices(RandomnessSource r, RuleSet rules) {
    if (chance(r, 40)) {
      rules =
          rules.withStreams(
              rules.streams().stream().map(st -> st.withPricePerPoint(java.util.Optional.empty())).toList());
    }
    List<Domain> domains = new ArrayList<>();
    for (Domain d : rules.domains()) {
      if (!chance(r, 70)) {
        domains.add(d);
        continue;
      }
      java.util.Set<StreamId> defaults = new java.util.LinkedHashSet<>();
      for (StreamShare share : d.funding()) {
        defaults.add(share.stream());
        share.otherwise().ifPresent(defaults::add);
      }
      BigDecimal price = priceOf(rules, defaults.iterator().next());
      RuleSet current = rules;
      if (defaults.stream().anyMatch(id -> !samePrice(priceOf(current, id), price))) {
        domains.add(d);
        continue;
      }
      List<StreamId> allowed = new ArrayList<>();
      for (FundingStream stream : rules.streams()) {
        if (defaults.contains(stream.id())
            || (samePrice(priceOf(rules, stream.id()), price) && chance(r, 60))) {
          allowed.add(stream.id());
        }
      }
      domains.add(d.withPractitionerChoice(allowed));
    }
    return rules.withDomains(domains);
  }

  /** A stream's price per point (its own or the rule set's), or null when the rule set does not price per point. */
  private static BigDecimal priceOf(RuleSet rules, StreamId id) {
    if (!(rules.pricing().method() instanceof PricePerPoint)) {
      return null;
    }
    FundingStream stream = rules.streams().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    return stream.pricePerPoint().orElse(((PricePerPoint) rules.pricing().method()).poundsPerPoint());
  }

  private static boolean samePrice(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /** Whether a person with {@code eligibility} may be funded by {@code stream} under {@code rules}. */
  static boolean eligibleFor(RuleSet rules, Eligibility eligibility, FundingStream stream) {
    return rules.section117Streams().contains(stream.id())
        ? eligibility.isSection117Entitled()
        : eligibility.meets(stream.eligibility());
  }

  /**
   * {@code assessment} with a practitioner's attribution for some of the domains that allow one: a
   * whole stream or shares of two or three (in hundredths of a percent, adding up to 100), among the
   * allowed streams the person is eligible for.
   */
  static Assessment withAttributions(RandomnessSource r, RuleSet rules, Assessment assessment) {
    java.util.Map<DomainId, PractitionerAttribution> chosen = new java.util.LinkedHashMap<>();
    for (Domain d : rules.domains()) {
      if (d.practitionerChoice().isEmpty() || !chance(r, 60)) {
        continue;
      }
      List<StreamId> open = new ArrayList<>();
      for (StreamId id : d.practitionerChoice()) {
        FundingStream stream = rules.streams().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        if (eligibleFor(rules, assessment.eligibility(), stream)) {
          open.add(id);
        }
      }
      if (open.isEmpty()) {
        continue;
      }
      int k = between(r, 1, Math.min(3, open.size()));
      java.util.Collections.rotate(open, between(r, 0, open.size() - 1));
      if (k == 1) {
        chosen.put(d.id(), PractitionerAttribution.whole(open.get(0)));
        continue;
      }
      java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
      while (cuts.size() < k - 1) {
        cuts.add(between(r, 1, 9_999));
      }
      java.util.Map<StreamId, BigDecimal> shares = new java.util.LinkedHashMap<>();
      int from = 0;
      int i = 0;
      for (int cut : cuts) {
        shares.put(open.get(i++), BigDecimal.valueOf(cut - from, 2));
        from = cut;
      }
      shares.put(open.get(i), BigDecimal.valueOf(10_000 - from, 2));
      chosen.put(d.id(), PractitionerAttribution.shares(shares));
    }
    return assessment.withAttributions(chosen);
  }

  /**
   * Cases whose rule sets declare streams and let a practitioner choose for some domains, with
   * assessments that record some choices (among the allowed streams the person is eligible for).
   */
  static Gen<Case> casesWithChoices(int method) {
    return r -> {
      RuleSet rules = withChoices(r, ruleSets(method, 50, 100).generate(r));
      Assessment a = assessment(r, rules);
      return new Case(rules, withAttributions(r, rules, a), r);
    };
  }

  /**
   * Cases whose rule sets name one of their streams (free to the person, open to whoever is entitled) as
   * paying for section 117 after-care, and sometimes let a practitioner choose; the people are entitled
   * about half the time and often have a contribution.
   */
  static Gen<Case> casesWithSection117(int method) {
    return r -> {
      RuleSet rules = ruleSets(method, 50, 100).generate(r);
      List<FundingStream> streams = new ArrayList<>(rules.streams());
      int s = between(r, 0, streams.size() - 1);
      streams.set(s, streams.get(s).withChargeable(false).withEligibility(StreamEligibility.anyone()));
      rules = rules.withStreams(streams).withSection117Streams(streams.get(s).id());
      if (chance(r, 50)) {
        rules = withChoices(r, rules);
      }
      Assessment a = assessment(r, rules);
      a = a.withEligibility(a.eligibility().withSection117Entitlement(chance(r, 50)));
      if (chance(r, 50)) {
        a = a.withContribution(Money.ofPence(between(r, 1, 500_00)));
      }
      return new Case(rules, withAttributions(r, rules, a), r);
    };
  }

  /** Random eligibility facts: a FACS band, a Care Act determination, both or neither. */
  static Eligibility eligibility(RandomnessSource r) {
    FacsBand band = chance(r, 60) ? FacsBand.values()[between(r, 0, 3)] : null;
    CareActDetermination careAct = null;
    if (chance(r, 50)) {
      java.util.Set<CareActOutcome> outcomes = java.util.EnumSet.noneOf(CareActOutcome.class);
      for (CareActOutcome o : CareActOutcome.values()) {
        if (chance(r, 25)) {
          outcomes.add(o);
        }
      }
      careAct = new CareActDetermination(outcomes, chance(r, 80), chance(r, 80));
    }
    return Eligibility.of(band, careAct);
  }

  static Pricing pricing(RandomnessSource r, int maxTotal, int kind) {
    PricingMethod method;
    switch (kind) {
      case 0:
        method = PricePerPoint.of(BigDecimal.valueOf(between(r, 0, 200_000), 4));
        break;
      case 1:
        method = bands(r, maxTotal);
        break;
      default:
        method = interpolation(r);
        break;
    }
    Pricing.Builder p = Pricing.builder().method(method);
    if (chance(r, 50)) {
      p.contingencyPercent(BigDecimal.valueOf(between(r, 0, 4_999), 2));
    }
    Money floor = null;
    if (chance(r, 40)) {
      floor = Money.ofPence(between(r, 0, 50_00));
      p.floor(floor);
    }
    if (chance(r, 40)) {
      long lowest = floor == null ? 1 : Math.max(1, floor.pence());
      p.ceiling(
          Ceiling.of(
              Money.ofPence(lowest + between(r, 0, 300_00)),
              chance(r, 50) ? CeilingPolicy.CAP : CeilingPolicy.REFER));
    }
    return p.build();
  }

  /** Contiguous bands from 0 covering at least {@code maxTotal}, never falling in amount. */
  static Banding bands(RandomnessSource r, int maxTotal) {
    Banding.Builder b = Banding.builder();
    int from = 0;
    long amount = between(r, 0, 20_00);
    boolean open = chance(r, 50);
    while (true) {
      int to = from + between(r, 0, 12);
      boolean last = to >= maxTotal;
      if (last && open) {
        b.addBands(Band.of(from, OptionalInt.empty(), Money.ofPence(amount)));
        break;
      }
      b.addBands(Band.of(from, OptionalInt.of(to), Money.ofPence(amount)));
      if (last) {
        break;
      }
      from = to + 1;
      amount += between(r, 0, 60_00);
    }
    return b.build();
  }

  static Interpolation interpolation(RandomnessSource r) {
    Interpolation.Builder b = Interpolation.builder();
    int points = 0;
    long amount = between(r, 0, 20_00);
    int knots = between(r, 1, 6);
    for (int k = 0; k < knots; k++) {
      b.addPoints(InterpolationPoint.of(points, Money.ofPence(amount)));
      points += between(r, 1, 20);
      amount += between(r, 0, 100_00);
    }
    return b.build();
  }

  /** Assessments that fit {@code rules}: every required question answered, optional ones sometimes. */
  static Assessment assessment(RandomnessSource r, RuleSet rules) {
    Assessment.Builder a =
        Assessment.builder("P" + between(r, 1, 9999))
            .eligibility(eligibility(r))
            .contribution(Money.ofPence(chance(r, 50) ? 0 : between(r, 0, 300_00)));
    for (Domain d : rules.domains()) {
      for (Question q : d.questions()) {
        if (q.required() || chance(r, 60)) {
          a.answer(q.id().value(), q.options().get(between(r, 0, q.options().size() - 1)).id().value());
        }
      }
    }
    rules
        .informalSupport()
        .ifPresent(
            i -> {
              if (i.required() || chance(r, 70)) {
                a.answer(i.question().value(), i.options().get(between(r, 0, i.options().size() - 1)).id().value());
              }
            });
    return a.build();
  }

  /** A rule set with an assessment that fits it. */
  static Gen<Case> cases() {
    return cases(-1);
  }

  /** A rule set priced by {@code method} (or any, when -1) with an assessment that fits it. */
  static Gen<Case> cases(int method) {
    return cases(ruleSets(method));
  }

  /** Cases whose rule sets all declare funding streams, priced by {@code method} (or any, when -1). */
  static Gen<Case> casesWithStreams(int method) {
    return cases(ruleSets(method, 50, 100));
  }

  /** Cases whose rule sets all have an informal-support question. */
  static Gen<Case> casesWithInformalSupport() {
    return cases(ruleSets(-1, 100));
  }

  private static Gen<Case> cases(Gen<RuleSet> rules) {
    return r -> {
      RuleSet rs = rules.generate(r);
      return new Case(rs, assessment(r, rs), r);
    };
  }

  /** A rule set, an assessment, and the randomness to derive variations of them from. */
  static final class Case {
    final RuleSet rules;
    final Assessment assessment;
    final int pick;

    Case(RuleSet rules, Assessment assessment, RandomnessSource r) {
      this(rules, assessment, between(r, 0, Integer.MAX_VALUE - 1));
    }

    private Case(RuleSet rules, Assessment assessment, int pick) {
      this.rules = rules;
      this.assessment = assessment;
      this.pick = pick;
    }

    /** The same case under other rules (which the assessment must still fit). */
    Case withRules(RuleSet other) {
      return new Case(other, assessment, pick);
    }

    @Override
    public String toString() {
      return rules + "\n" + assessment + "\npick=" + pick;
    }
  }
}
