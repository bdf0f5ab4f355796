package uk.ras.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.AssessmentProblem;
import uk.ras.assessment.Eligibility;
import uk.ras.assessment.InvalidAssessmentException;
import uk.ras.assessment.PractitionerAttribution;
import uk.ras.money.Apportionment;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.pricing.AmountStep;
import uk.ras.pricing.BudgetFlag;
import uk.ras.pricing.Priced;
import uk.ras.pricing.Pricer;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.FundingStream;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.StreamId;
import uk.ras.ruleset.StreamShare;

/**
 * Who pays for which need: attributes a budget's points to the rule set's funding streams and prices
 * them, for rule sets that declare streams.
 *
 * <p><b>Attribution.</b> Each share of a domain's points, {@code points * share / 100} exactly, goes to
 * the stream its rule names when the person meets that stream's eligibility; otherwise to the rule's
 * {@code otherwise} stream, when given and met; otherwise it is unfunded. Eligibility is a fact recorded
 * on the assessment, never worked out from points. A section 117 stream is met by an entitlement to
 * after-care under section 117 of the Mental Health Act 1983, and by nothing else.
 *
 * <p><b>A practitioner's attribution.</b> Where the rule set lets a practitioner choose who pays for a
 * domain and the assessment records the choice, the domain's points go to the chosen streams in the
 * chosen shares instead, {@code points * share / 100} exactly. A choice may name only streams the rule
 * set allows for the domain and the person is eligible for ({@link #check}); the rule set's funding of
 * the domain is among the allowed streams and, priced per point, they all price a point alike. The
 * chosen streams therefore fund at least the points the default funds, at the same price, and only the
 * rounding of each stream's pennies could make the budget less: where it would, the budget is raised to
 * what the rule set's own attribution pays ({@link Pricer#noLessThan}), so that a practitioner's
 * decision never lowers a budget.
 *
 * <p><b>Pricing.</b> The streams' funded points are priced by {@link Pricer}, one part per stream, in
 * the rule set's stream order: the same steps as a budget without streams (no funded need, no budget;
 * the method; contingency; floor; ceiling). Unfunded points are reported, never priced.
 *
 * <p><b>Annual.</b> The whole weekly amount is converted by the rule set's weeks per year and shared
 * among the streams in proportion to their weekly amounts, so that the streams add up exactly, weekly
 * and annual.
 *
 * <p><b>Contribution.</b> The person's contribution, {@code min(assessed contribution, the chargeable
 * streams' weekly amounts)}, is shared among the chargeable streams in proportion to their weekly
 * amounts. A stream free to the person, such as section 117 after-care, never carries any of it.
 *
 * <p>Immutable and thread-safe.
 */
public final class StreamAllocator {

  private final FundingStream[] streams;
  private final Domain[] domains;
  /** shares[d][f]: domain d's f-th funding share; shareStream and shareOtherwise index streams (-1: none). */
  private final StreamShare[][] shares;

  private final int[][] shareStream;
  private final int[][] shareOtherwise;
  /** Whether share f of domain d is all of it (100%, the usual case): its points are the domain's. */
  private final boolean[][] wholeShare;
  private final Pricer pricer;
  private final PeriodConversion weeksPerYear;
  private final RoundingMode rounding;
  private final String label;
  /** Whether each stream pays for section 117 after-care, and so funds only the people entitled to it. */
  private final boolean[] section117;
  /** Each domain's streams a practitioner may choose among, as stream indexes; empty when none. */
  private final int[][] allowed;
  /** Each domain's default funding in words, for the explanation of a practitioner's decision. */
  private final String[] defaults;
  /**
   * What each stream requires, in words ({@link #requirement}), made once: every unfunded share of every
   * budget names it, explained or not, and describing it afresh each time was about 6% of {@code ras
   * allocate}.
   */
  private final String[] requirements;
  /** Each stream's own price, as a rule-file path, for its pricer part: the same text for every budget. */
  private final String[] priceRules;
  /**
   * The reason of each share ([domain][share]) when no stream pays it, by the person's eligibility (a
   * value: FACS band, Care Act determination, section 117), made the first time it is met. Every budget records its unfunded shares, explained or
   * not, and writing the same sentences afresh for each cost {@code ras allocate} a few per cent.
   * Eligibility has a few dozen forms in practice, so the map stays small.
   */
  private final Map<Eligibility, String[][]> unfundedReasonsByPerson = new ConcurrentHashMap<>();

  private StreamAllocator(RuleSet rules) {
    this.label = rules.label();
    this.streams = rules.streams().toArray(FundingStream[]::new);
    this.domains = rules.domains().toArray(Domain[]::new);
    this.pricer = Pricer.of(rules.pricing(), rules.rounding());
    this.weeksPerYear = rules.weeksPerYear();
    this.rounding = rules.rounding();
    this.shares = new StreamShare[domains.length][];
    this.shareStream = new int[domains.length][];
    this.shareOtherwise = new int[domains.length][];
    this.wholeShare = new boolean[domains.length][];
    for (int d = 0; d < domains.length; d++) {
      List<StreamShare> funding = domains[d].funding();
      shares[d] = funding.toArray(StreamShare[]::new);
      shareStream[d] = new int[funding.size()];
      wholeShare[d] = new boolean[funding.size()];
      shareOtherwise[d] = new int[funding.size()];
      for (int f = 0; f < funding.size(); f++) {
        shareStream[d][f] = indexOf(funding.get(f).stream());
        shareOtherwise[d][f] = funding.get(f).otherwise().map(this::indexOf).orElse(-1);
        wholeShare[d][f] = funding.get(f).share().compareTo(BigDecimal.valueOf(100)) == 0;
      }
    }
    this.section117 = new boolean[streams.length];
    for (StreamId id : rules.section117Streams()) {
      section117[indexOf(id)] = true;
    }
    this.priceRules = new String[streams.length];
    for (int s = 0; s < streams.length; s++) {
      priceRules[s] = "streams." + streams[s].id() + ".pricePerPoint";
    }
    this.requirements = new String[streams.length];
    for (int s = 0; s < streams.length; s++) {
      requirements[s] =
          section117[s] ? "an entitlement to section 117 after-care" : streams[s].eligibility().describe();
    }
    this.allowed = new int[domains.length][];
    this.defaults = new String[domains.length];
    for (int d = 0; d < domains.length; d++) {
      allowed[d] = domains[d].practitionerChoice().stream().mapToInt(this::indexOf).toArray();
      defaults[d] = describeFunding(d);
    }
  }

  private String describeFunding(int d) {
    StringBuilder s = new StringBuilder();
    for (int f = 0; f < shares[d].length; f++) {
      s.append(f == 0 ? "" : ", ");
      if (!wholeShare[d][f]) {
        s.append(shares[d][f].share().stripTrailingZeros().toPlainString()).append("% ");
      }
      s.append(streams[shareStream[d][f]].name());
      if (shareOtherwise[d][f] >= 0) {
        s.append(" (otherwise ").append(streams[shareOtherwise[d][f]].name()).append(')');
      }
    }
    return s.toString();
  }

  /**
   * @param rules a validated rule set that declares funding streams; not null
   * @return the allocator, never null
   * @throws IllegalArgumentException if the rule set declares no streams
   */
  public static StreamAllocator of(RuleSet rules) {
    Objects.requireNonNull(rules, "rules");
    if (rules.streams().isEmpty()) {
      throw new IllegalArgumentException(rules.label() + " declares no funding streams");
    }
    return new StreamAllocator(rules);
  }

  private int indexOf(StreamId id) {
    for (int s = 0; s < streams.length; s++) {
      if (streams[s].id().equals(id)) {
        return s;
      }
    }
    throw new IllegalStateException("undeclared stream " + id + ": the rule set was not validated");
  }

  /** What the streams pay for one budget, and how that was reached. Made only by the allocator. */
  public static final class Outcome {
    private final Priced priced;
    private final Set<BudgetFlag> flags;
    private final Money annual;
    private final List<StreamAmount> amounts;
    private final BigDecimal unfundedPoints;
    private final List<StreamAttribution> attributions;
    private final List<StreamAttribution> unfundedShares;

    Outcome(
        Priced priced,
        Money annual,
        List<StreamAmount> amounts,
        BigDecimal unfundedPoints,
        List<StreamAttribution> attributions,
        List<StreamAttribution> unfundedShares) {
      this.priced = priced;
      this.flags = unfundedPoints.signum() == 0 ? priced.flags() : withUnfundedNeed(priced.flags());
      this.annual = annual;
      this.amounts = amounts;
      this.unfundedPoints = unfundedPoints;
      this.attributions = attributions;
      this.unfundedShares = unfundedShares;
    }

    /** {@return the budget's weekly amount, all streams together; never null} */
    public Money weekly() {
      return priced.weekly();
    }

    /** {@return the budget's annual amount, all streams together; never null} */
    public Money annual() {
      return annual;
    }

    /** {@return the pricing's flags, and {@link BudgetFlag#UNFUNDED_NEED} when some need is unfunded; immutable} */
    public Set<BudgetFlag> flags() {
      return flags;
    }

    private static Set<BudgetFlag> withUnfundedNeed(Set<BudgetFlag> priced) {
      EnumSet<BudgetFlag> flags = EnumSet.of(BudgetFlag.UNFUNDED_NEED);
      flags.addAll(priced);
      return Collections.unmodifiableSet(flags);
    }

    /** {@return each stream's points and amounts, in the rule set's order; an immutable list} */
    public List<StreamAmount> amounts() {
      return amounts;
    }

    /** {@return the points no stream the person is eligible for pays; never null} */
    public BigDecimal unfundedPoints() {
      return unfundedPoints;
    }

    /** {@return each domain share's attribution, an immutable list; empty unless explained} */
    public List<StreamAttribution> attributions() {
      return attributions;
    }

    /**
     * {@return the attribution of each share no stream pays, explained or not; their points add up to
     * {@link #unfundedPoints()}; an immutable list}
     */
    public List<StreamAttribution> unfundedShares() {
      return unfundedShares;
    }

    /** {@return the pricing's steps, an immutable list; empty unless explained} */
    public List<AmountStep> steps() {
      return priced.steps();
    }
  }

  /**
   * Attributes and prices a budget by the rule set's funding alone: no practitioner's attribution, no
   * contribution.
   *
   * @param domainPoints each domain's points after caps and informal support, in the rule set's order
   * @param eligibility the person's eligibility facts, not null
   * @param explain whether to record attributions and steps
   * @return the outcome, never null
   */
  public Outcome allocate(int[] domainPoints, Eligibility eligibility, boolean explain) {
    Objects.requireNonNull(eligibility, "eligibility");
    return allocate(domainPoints, eligibility, null, Money.zero(), explain);
  }

  /**
   * Attributes and prices a budget for an assessment: by its eligibility, by the practitioner's
   * attributions it records, and with its contribution shared among the chargeable streams.
   *
   * @param domainPoints each domain's points after caps and informal support, in the rule set's order
   * @param assessment not null
   * @param explain whether to record attributions and steps
   * @return the outcome, never null
   * @throws InvalidAssessmentException if a practitioner's attribution does not fit the rule set or the
   *     person ({@link #check})
   */
  public Outcome allocate(int[] domainPoints, Assessment assessment, boolean explain) {
    Objects.requireNonNull(assessment, "assessment");
    int[][] chosenStreams = null;
    if (!assessment.attributions().isEmpty()) {
      List<AssessmentProblem> problems = check(assessment);
      if (!problems.isEmpty()) {
        throw new InvalidAssessmentException(assessment.person(), label, problems);
      }
      chosenStreams = new int[domains.length][];
      for (int d = 0; d < domains.length; d++) {
        PractitionerAttribution a = assessment.attributions().get(domains[d].id());
        if (a != null) {
          chosenStreams[d] = a.shares().keySet().stream().mapToInt(this::indexOf).toArray();
        }
      }
    }
    return allocate(
        domainPoints,
        assessment.eligibility(),
        chosenStreams == null ? null : new Choices(chosenStreams, assessment.attributions()),
        assessment.contribution(),
        explain);
  }

  /** An assessment's practitioner's attributions, compiled: chosen stream indexes per domain (null: none). */
  private final class Choices {
    final int[][] streamsOf;
    final BigDecimal[][] sharesOf;

    Choices(int[][] streamsOf, Map<DomainId, PractitionerAttribution> attributions) {
      this.streamsOf = streamsOf;
      this.sharesOf = new BigDecimal[domains.length][];
      for (int d = 0; d < domains.length; d++) {
        PractitionerAttribution a = attributions.get(domains[d].id());
        if (a != null) {
          sharesOf[d] = a.shares().values().toArray(BigDecimal[]::new);
        }
      }
    }
  }

  /**
   * The problems with an assessment's practitioner's attributions under this rule set, each placed at
   * its domain: a domain the rule set does not have, or lets no practitioner choose for; a stream not
   * among those a practitioner may choose for the domain; a stream the person is not eligible for (a
   * practitioner decides who pays among the pots that may pay, never sends need to one that may not).
   *
   * @param assessment not null
   * @return the problems, in the order of the assessment's attributions; empty when there are none
   */
  public List<AssessmentProblem> check(Assessment assessment) {
    List<AssessmentProblem> problems = new ArrayList<>();
    boolean[] eligible = eligible(assessment.eligibility());
    for (Map.Entry<DomainId, PractitionerAttribution> e : assessment.attributions().entrySet()) {
      DomainId domain = e.getKey();
      String given = e.getValue().describe();
      int d = domainIndex(domain);
      if (d < 0) {
        problems.add(
            new AssessmentProblem(
                AssessmentProblem.Kind.UNKNOWN_DOMAIN,
                domain,
                given,
                "a practitioner's attribution for domain '" + domain + "', which " + label + " does not have"));
        continue;
      }
      if (allowed[d].length == 0) {
        problems.add(
            new AssessmentProblem(
                AssessmentProblem.Kind.STREAM_NOT_ALLOWED,
                domain,
                given,
                "domain '"
                    + domain
                    + "': "
                    + label
                    + " lets no practitioner choose who pays for it (its funding always applies: "
                    + defaults[d]
                    + "); the attribution was "
                    + given));
        continue;
      }
      for (StreamId id : e.getValue().shares().keySet()) {
        int s = allowedIndex(d, id);
        if (s < 0) {
          problems.add(
              new AssessmentProblem(
                  AssessmentProblem.Kind.STREAM_NOT_ALLOWED,
                  domain,
                  given,
                  "domain '"
                      + domain
                      + "': a practitioner may choose "
                      + allowedIds(d)
                      + ", not '"
                      + id
                      + "'"));
        } else if (!eligible[s]) {
          problems.add(
              new AssessmentProblem(
                  AssessmentProblem.Kind.NOT_ELIGIBLE_FOR_STREAM,
                  domain,
                  given,
                  "domain '"
                      + domain
                      + "': the practitioner chose '"
                      + id
                      + "', but the person is not eligible for "
                      + streams[s].name()
                      + " (needs "
                      + requirement(s)
                      + "; person: "
                      + assessment.eligibility()
                      + ")"));
        }
      }
    }
    return problems;
  }

  private int domainIndex(DomainId id) {
    for (int d = 0; d < domains.length; d++) {
      if (domains[d].id().equals(id)) {
        return d;
      }
    }
    return -1;
  }

  /** The stream index of {@code id} when a practitioner may choose it for domain d, else -1. */
  private int allowedIndex(int d, StreamId id) {
    for (int s : allowed[d]) {
      if (streams[s].id().equals(id)) {
        return s;
      }
    }
    return -1;
  }

  private String allowedIds(int d) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < allowed[d].length; i++) {
      s.append(i == 0 ? "" : i == allowed[d].length - 1 ? " or " : ", ")
          .append('\'')
          .append(streams[allowed[d][i]].id())
          .append('\'');
    }
    return s.toString();
  }

  private boolean[] eligible(Eligibility eligibility) {
    boolean[] eligible = new boolean[streams.length];
    for (int s = 0; s < streams.length; s++) {
      eligible[s] =
          section117[s] ? eligibility.isSection117Entitled() : eligibility.meets(streams[s].eligibility());
    }
    return eligible;
  }

  /** What stream s requires, in words. */
  private String requirement(int s) {
    return requirements[s];
  }

  /** Points attributed to each stream, and the points no stream pays. */
  private static final class Attributed {
    final BigDecimal[] points;
    BigDecimal unfunded = BigDecimal.ZERO;
    /**
     * The shares no stream pays, recorded on every path, explained or not, so that reports can count
     * unfunded need by domain and stream; made only when some need is unfunded.
     */
    List<StreamAttribution> unfundedShares;

    Attributed(int streams) {
      points = new BigDecimal[streams];
      Arrays.fill(points, BigDecimal.ZERO);
    }
  }

  private Outcome allocate(
      int[] domainPoints, Eligibility eligibility, Choices choices, Money contribution, boolean explain) {
    boolean[] eligible = eligible(eligibility);
    List<StreamAttribution> attributions = explain ? new ArrayList<>() : List.of();
    Attributed attributed = attribute(domainPoints, eligible, eligibility, choices, attributions, explain);
    List<Pricer.Part> parts = parts(attributed);
    Priced priced = pricer.price(parts, explain);
    if (choices != null) {
      // The default's own amount, without words: the least a practitioner's decision may pay.
      Priced byDefault = pricer.price(parts(attribute(domainPoints, eligible, eligibility, null, null, false)), false);
      priced =
          pricer.noLessThan(
              priced,
              parts,
              byDefault,
              "practitionerChoice",
              "what the rule set's own attribution pays; a practitioner's decision says who pays, never"
                  + " less (the streams' pennies round apart)");
    }
    Money weekly = priced.weekly();
    Money annual = weeksPerYear.annual(weekly, rounding);
    List<Money> annualShares = shareAnnual(annual, priced);
    List<Money> contributions = shareContribution(priced, contribution);
    StreamAmount[] amounts = new StreamAmount[streams.length];
    for (int s = 0; s < streams.length; s++) {
      amounts[s] =
          new StreamAmount(
              streams[s].id(),
              streams[s].name(),
              attributed.points[s],
              priced.part(s),
              annualShares.get(s),
              contributions.get(s));
    }
    return new Outcome(
        priced,
        annual,
        List.of(amounts),
        plain(attributed.unfunded),
        List.copyOf(attributions),
        attributed.unfundedShares == null ? List.of() : List.copyOf(attributed.unfundedShares));
  }

  /**
   * The weekly amount the streams pay for these funded points: the pricing step of {@link #allocate}
   * alone, with no attribution, so that an analysis (the cliff edges of {@code uk.ras.calibration}) can
   * price points placed in one stream exactly as a budget's are priced.
   *
   * @param streamPoints each stream's funded points, in the rule set's stream order; not null, none
   *     negative
   * @return the weekly amount, all streams together; never null
   * @throws IllegalArgumentException if there is not one amount of points per stream, or one is negative
   */
  public Money weekly(List<BigDecimal> streamPoints) {
    if (streamPoints.size() != streams.length) {
      throw new IllegalArgumentException(streamPoints.size() + " streams' points for " + streams.length + " streams");
    }
    Attributed attributed = new Attributed(streams.length);
    for (int s = 0; s < streams.length; s++) {
      attributed.points[s] = Objects.requireNonNull(streamPoints.get(s), "streamPoints");
    }
    return pricer.price(parts(attributed), false).weekly();
  }

  private List<Pricer.Part> parts(Attributed attributed) {
    List<Pricer.Part> parts = new ArrayList<>(streams.length);
    for (int s = 0; s < streams.length; s++) {
      attributed.points[s] = plain(attributed.points[s]);
      parts.add(
          new Pricer.Part(
              streams[s].name(),
              attributed.points[s],
              streams[s].pricePerPoint(),
              priceRules[s]));
    }
    return parts;
  }

  private Attributed attribute(
      int[] domainPoints,
      boolean[] eligible,
      Eligibility eligibility,
      Choices choices,
      List<StreamAttribution> attributions,
      boolean explain) {
    Attributed out = new Attributed(streams.length);
    // The person's reasons for unfunded shares, looked up once for the budget rather than once a share.
    String[][] unfundedReasons = null;
    for (int d = 0; d < domains.length; d++) {
      if (choices != null && choices.streamsOf[d] != null) {
        int[] chosen = choices.streamsOf[d];
        for (int c = 0; c < chosen.length; c++) {
          BigDecimal share = choices.sharesOf[d][c];
          // Exact, as below; every chosen stream was checked to be one the person is eligible for.
          BigDecimal sharePoints = BigDecimal.valueOf(domainPoints[d]).multiply(share).movePointLeft(2);
          out.points[chosen[c]] = out.points[chosen[c]].add(sharePoints);
          if (explain) {
            attributions.add(chosenAttribution(d, chosen[c], share, plain(sharePoints)));
          }
        }
        continue;
      }
      for (int f = 0; f < shares[d].length; f++) {
        // Exact: a share is a percentage, so moving the point two places divides by 100 exactly.
        BigDecimal sharePoints =
            wholeShare[d][f]
                ? BigDecimal.valueOf(domainPoints[d])
                : BigDecimal.valueOf(domainPoints[d]).multiply(shares[d][f].share()).movePointLeft(2);
        int paidBy = paidBy(d, f, eligible);
        if (paidBy >= 0) {
          out.points[paidBy] = out.points[paidBy].add(sharePoints);
        } else if (sharePoints.signum() != 0) {
          out.unfunded = out.unfunded.add(sharePoints);
          if (out.unfundedShares == null) {
            out.unfundedShares = new ArrayList<>();
          }
          if (unfundedReasons == null) {
            unfundedReasons = unfundedReasons(eligibility);
          }
          out.unfundedShares.add(attribution(d, f, plain(sharePoints), paidBy, eligibility, unfundedReasons));
        }
        if (explain) {
          attributions.add(
              attribution(d, f, plain(sharePoints), paidBy, eligibility, paidBy < 0 ? unfundedReasons(eligibility) : null));
        }
      }
    }
    return out;
  }

  private StreamAttribution chosenAttribution(int d, int s, BigDecimal share, BigDecimal points) {
    String allowedNames =
        Arrays.stream(allowed[d]).mapToObj(i -> streams[i].name()).collect(java.util.stream.Collectors.joining(", "));
    return new StreamAttribution(
        domains[d].id(),
        streams[s].id(),
        share,
        points,
        Optional.of(streams[s].id()),
        streams[s].name()
            + ": a practitioner's decision for this person (may choose among "
            + allowedNames
            + "; the rule set's default: "
            + defaults[d]
            + ")",
        true);
  }

  /**
   * The person's contribution, {@code min(contribution, chargeable)}, shared among the chargeable streams
   * by their weekly amounts; all zero when there is nothing to share.
   */
  private List<Money> shareContribution(Priced priced, Money contribution) {
    long chargeable = 0;
    long[] weights = new long[streams.length];
    for (int s = 0; s < streams.length; s++) {
      long pence = streams[s].chargeable() ? Math.max(0, priced.part(s).pence()) : 0;
      chargeable = Math.addExact(chargeable, pence);
      weights[s] = pence;
    }
    Money person = Money.min(contribution, Money.ofPence(chargeable));
    if (!person.isGreaterThan(Money.zero())) {
      return Collections.nCopies(streams.length, Money.zero());
    }
    return Apportionment.byWeights(person, weights);
  }

  /** The annual amount shared by the streams' weekly amounts; all zero when there is nothing to share. */
  private List<Money> shareAnnual(Money annual, Priced priced) {
    long[] weights = new long[streams.length];
    boolean any = false;
    for (int s = 0; s < streams.length; s++) {
      long pence = priced.part(s).pence();
      any |= pence > 0;
      weights[s] = Math.max(0, pence);
    }
    if (!any || annual.isZero()) {
      return Collections.nCopies(streams.length, Money.zero());
    }
    return Apportionment.byWeights(annual, weights);
  }

  /**
   * {@return the weekly amount of the streams the person may be charged for; never null}
   *
   * @param amounts not null; a budget's stream amounts, one per stream in the rule set's order
   */
  public Money chargeable(List<StreamAmount> amounts) {
    long sum = 0;
    for (int s = 0; s < streams.length; s++) {
      if (streams[s].chargeable()) {
        sum = Math.addExact(sum, amounts.get(s).weekly().pence());
      }
    }
    return Money.ofPence(sum);
  }

  /** A number without trailing zeros and never in exponent form: 50, not 5E+1. */
  private static BigDecimal plain(BigDecimal points) {
    if (points.scale() == 0) {
      // Whole points, the usual case, are plain already: stripping their zeros only to put them back was
      // about 3% of ras allocate.
      return points;
    }
    BigDecimal stripped = points.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private int paidBy(int d, int f, boolean[] eligible) {
    int named = shareStream[d][f];
    int other = shareOtherwise[d][f];
    return eligible[named] ? named : other >= 0 && eligible[other] ? other : -1;
  }

  /** {@code unfundedReasons}: the person's {@link #unfundedReasons}, needed only when no stream pays. */
  private StreamAttribution attribution(
      int d, int f, BigDecimal sharePoints, int paidBy, Eligibility eligibility, String[][] unfundedReasons) {
    int named = shareStream[d][f];
    return new StreamAttribution(
        domains[d].id(),
        streams[named].id(),
        shares[d][f].share(),
        sharePoints,
        paidBy < 0 ? Optional.empty() : Optional.of(streams[paidBy].id()),
        paidBy < 0
            ? unfundedReasons[d][f]
            : reason(named, shareOtherwise[d][f], paidBy, eligibility));
  }

  /** Every share's reason when no stream pays it, for a person of this eligibility, made once per eligibility. */
  private String[][] unfundedReasons(Eligibility person) {
    return unfundedReasonsByPerson.computeIfAbsent(
        person,
        key -> {
          String[][] reasons = new String[domains.length][];
          for (int d = 0; d < domains.length; d++) {
            reasons[d] = new String[shares[d].length];
            for (int f = 0; f < shares[d].length; f++) {
              reasons[d][f] = reason(shareStream[d][f], shareOtherwise[d][f], -1, person);
            }
          }
          return reasons;
        });
  }

  private String reason(int named, int other, int paidBy, Eligibility person) {
    FundingStream stream = streams[named];
    if (paidBy == named) {
      if (section117[named]) {
        return stream.name()
            + ": entitled to after-care under section 117 of the Mental Health Act 1983, free to the person";
      }
      return stream.eligibility().isAnyone()
          ? stream.name() + " (open to anyone)"
          : stream.name() + ": eligible (" + stream.eligibility().describe() + "; person: " + person + ")";
    }
    String notEligible =
        "not eligible for "
            + stream.name()
            + " (needs "
            + requirement(named)
            + "; person: "
            + person
            + ")";
    if (paidBy >= 0) {
      return notEligible + ", so " + streams[paidBy].name();
    }
    if (other >= 0) {
      return notEligible
          + " nor for "
          + streams[other].name()
          + " (needs "
          + requirement(other)
          + "): unfunded";
    }
    return notEligible + ": unfunded";
  }
}
