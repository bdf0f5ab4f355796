package uk.ras.calibration;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ras.assessment.Eligibility;
import uk.ras.money.Money;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.RuleSet;

/**
 * The calibration of a rule set against what current packages cost, as one call: the entry point that
 * {@code ras calibrate} and a vendor's own code both use.
 *
 * <pre>{@code
 * CalibrationResult result = Calibration.of(rules)
 *     .envelope(Money.parse("9300000"))                      // a year
 *     .contingency(BigDecimal.valueOf(5))                    // per cent of the envelope held back
 *     .protect(TransitionalProtection.limitingFallTo(BigDecimal.TEN).endingAfter(5))
 *     .run(sample);                                          // from a CostAccumulator
 * RuleSet proposed = result.proposed();                      // version bumped, price chosen
 * }</pre>
 *
 * <h2>The workflow</h2>
 *
 * <ol>
 *   <li><b>Fit.</b> Every {@link FitModel} is fitted to the sample and cross-validated ({@link
 *       #crossValidation(int, long) folds and seed}, the folds at most the number of people). The price
 *       comes from the fit through the origin: {@code fittedPrice = Σ points × cost / Σ points²}, rounded
 *       {@link RoundingMode#HALF_UP half up} to the penny. If that fit is impossible the calibration stops;
 *       another model that cannot be fitted or cross-validated is reported as unavailable, with the
 *       reason.
 *   <li><b>Take-up</b>, for each client group: as {@link #takeUp(ClientGroup, BigDecimal) given for the
 *       group}, or {@link #takeUp(BigDecimal) for everyone}, or estimated from the group's people:
 *       <pre>
 * currentAnnual[g] = Σ annual(currentWeekly)          (the rule set's weeks per year and rounding)
 * takeUp[g]        = min(1, currentAnnual[g] / indicativeAnnual[g]), rounded down to 4 decimals
 *       </pre>
 *       where {@code indicativeAnnual[g]} is the sum of the group's budgets under the current rules, as
 *       the calculator allocated them (an indicative sum of zero, or an estimate that rounds down to zero,
 *       counts as 1), with a bootstrap interval ({@link GroupTakeUp}, {@link #takeUpBootstrap(int,
 *       long)}). Each person's spend is forecast at their group's take-up. The same ratio over everyone
 *       is reported as {@link CalibrationResult#takeUp()}.
 *   <li><b>Envelope.</b> The new rules are the current rules with the {@link #version(String) version}
 *       and {@link #effectiveFrom(LocalDate) effective date}; {@link Envelope#solve} finds the largest
 *       pricing of their kind at which, in every year of the phase-in, {@code budgets + transitional
 *       grants ≤ that year's envelope − contingency} (see {@link Envelope}): a grant is committed money.
 *   <li><b>Choice</b> ({@link PriceChoice}). For a price per point: {@code chosen = min(fittedPrice,
 *       largest price that fits)}; the fitted price when it fits, since the envelope is a limit, not a
 *       target. For a banding table or an interpolation: the largest scale that fits.
 *   <li><b>Impact</b> of the proposed rules on every person ({@link Impact}), the forecasts of the current
 *       and proposed rules against the envelope, the {@link CliffEdges cliff edges} of both
 *       (for the streams the sample's people are eligible for), the outliers of the fit.
 *   <li><b>Transitional protection</b>, when {@link #protect(TransitionalProtection) asked for}: the plan
 *       of every person's changes, annualised with the proposed rules' weeks per year and rounding.
 * </ol>
 *
 * <p>A calibration never logs and has no side effects: everything it found is in the {@link
 * CalibrationResult}.
 *
 * <p>Each setter returns a new calibration; the one it was called on is unchanged. Immutable and
 * thread-safe.
 */
public final class Calibration {
  /** The folds of the cross-validation unless {@link #crossValidation(int, long)} says otherwise. */
  public static final int DEFAULT_FOLDS = 10;

  /** The seed of the cross-validation's shuffle unless {@link #crossValidation(int, long)} says otherwise. */
  public static final long DEFAULT_SEED = 20270401L;

  /** The bootstrap resamples of each group's take-up unless {@link #takeUpBootstrap(int, long)} says otherwise. */
  public static final int DEFAULT_RESAMPLES = 1000;

  /** Residual standard errors from the fit beyond which a person is an outlier, unless set. */
  public static final double DEFAULT_OUTLIER_THRESHOLD = 3;

  /** How many of the largest cliff edges of each stream of each rule set are kept, unless set. */
  public static final int DEFAULT_CLIFF_EDGES = 10;

  private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)([0-9]+)$");

  private final RuleSet rules;
  private final List<Money> envelopes;
  private final BigDecimal upliftPercent;
  private final BigDecimal contingencyPercent;
  private final BigDecimal takeUp;
  private final Map<ClientGroup, BigDecimal> takeUpByGroup;
  private final int resamples;
  private final long bootstrapSeed;
  /** Null: the price comes from the fit through the origin. */
  private final BigDecimal pricePercentile;
  private final TransitionalProtection protection;
  private final String version;
  private final LocalDate effectiveFrom;
  private final int folds;
  private final long seed;
  private final double outlierThreshold;
  private final int cliffEdges;

  private Calibration(
      RuleSet rules, List<Money> envelopes, BigDecimal upliftPercent, BigDecimal contingencyPercent, BigDecimal takeUp,
      Map<ClientGroup, BigDecimal> takeUpByGroup, int resamples, long bootstrapSeed, BigDecimal pricePercentile, TransitionalProtection protection, String version, LocalDate effectiveFrom, int folds, long seed,
      double outlierThreshold, int cliffEdges) {
    this.rules = rules;
    this.envelopes = envelopes;
    this.upliftPercent = upliftPercent;
    this.contingencyPercent = contingencyPercent;
    this.takeUp = takeUp;
    this.takeUpByGroup = takeUpByGroup;
    this.resamples = resamples;
    this.bootstrapSeed = bootstrapSeed;
    this.pricePercentile = pricePercentile;
    this.protection = protection;
    this.version = version;
    this.effectiveFrom = effectiveFrom;
    this.folds = folds;
    this.seed = seed;
    this.outlierThreshold = outlierThreshold;
    this.cliffEdges = cliffEdges;
  }

  /**
   * Starts a calibration of the current rules: no envelope yet, 0% contingency, take-up estimated, no
   * transitional protection, the version {@linkplain #bumpedVersion(String) bumped}, in force one year
   * after the current rules, {@value #DEFAULT_FOLDS}-fold cross-validation with seed {@value
   * #DEFAULT_SEED}.
   *
   * @param rules the current rules, valid, whose questionnaire produced the sample's points; not null
   * @return never null
   * @throws NullPointerException if {@code rules} is null
   */
  public static Calibration of(RuleSet rules) {
    Objects.requireNonNull(rules, "rules");
    return new Calibration(rules, null, Envelope.DEFAULT_UPLIFT_PERCENT, BigDecimal.ZERO, null, Map.of(),
        DEFAULT_RESAMPLES, DEFAULT_SEED, null, null, null, null, DEFAULT_FOLDS, DEFAULT_SEED,
        DEFAULT_OUTLIER_THRESHOLD, DEFAULT_CLIFF_EDGES);
  }

  /**
   * The envelope of year 1, the first year of the new rules; later years follow the {@link
   * #uplift(BigDecimal) uplift}. An envelope, this or {@link #envelopes(List)}, is required before {@link
   * #run}.
   *
   * @param annual more than zero; not null
   * @return a new calibration, never null
   * @throws NullPointerException if {@code annual} is null
   * @throws IllegalArgumentException if {@code annual} is zero or negative
   */
  public Calibration envelope(Money annual) {
    Objects.requireNonNull(annual, "annual");
    if (!annual.isGreaterThan(Money.zero())) {
      throw new IllegalArgumentException("the envelope must be more than zero, not " + annual);
    }
    return new Calibration(rules, List.of(annual), upliftPercent, contingencyPercent, takeUp, takeUpByGroup, resamples, bootstrapSeed, pricePercentile, protection, version, effectiveFrom, folds,
        seed, outlierThreshold, cliffEdges);
  }

  /**
   * The envelope year by year, instead of {@link #envelope(Money) one year's}: the forecast of every year
   * of the phase-in, transitional grants included, must fit that year's envelope less contingency. Years
   * after the last given follow the {@link #uplift(BigDecimal) uplift}.
   *
   * @param annualByYear the envelopes of years 1, 2, .., each more than zero; not null, not empty
   * @return a new calibration, never null
   * @throws NullPointerException if {@code annualByYear} or an amount is null
   * @throws IllegalArgumentException if no year is given or an amount is zero or negative
   */
  public Calibration envelopes(List<Money> annualByYear) {
    Objects.requireNonNull(annualByYear, "annualByYear");
    List<Money> years = List.copyOf(annualByYear);
    // Checked here, not at run, so that a caller's mistake is reported where it is made.
    Envelope.ofYears(years, upliftPercent, BigDecimal.ZERO, BigDecimal.ONE);
    return new Calibration(rules, years, upliftPercent, contingencyPercent, takeUp, takeUpByGroup, resamples, bootstrapSeed, pricePercentile, protection, version,
        effectiveFrom, folds, seed, outlierThreshold, cliffEdges);
  }

  /**
   * The yearly change of the envelope after the last year given (default {@link
   * Envelope#DEFAULT_UPLIFT_PERCENT}, 0%: a flat cash envelope): {@code envelope[y] = envelope[y − 1] ×
   * (1 + percent / 100)}, rounded down to the penny.
   *
   * @param percent more than −100 and at most 100, such as 2 for 2% a year or −11 for a cut; not null
   * @return a new calibration, never null
   * @throws NullPointerException if {@code percent} is null
   * @throws IllegalArgumentException if {@code percent} is out of range
   */
  public Calibration uplift(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    Envelope.checkUplift(percent);
    return new Calibration(rules, envelopes, percent, contingencyPercent, takeUp, takeUpByGroup, resamples, bootstrapSeed, pricePercentile, protection, version,
        effectiveFrom, folds, seed, outlierThreshold, cliffEdges);
  }

  /**
   * The share of the envelope held back for exceptions (default 0): {@code contingencyHeldBack =
   * envelope × percent / 100}, rounded up to the penny.
   *
   * @param percent from 0 to less than 100, such as 5; not null
   * @return a new calibration, never null
   * @throws NullPointerException if {@code percent} is null
   * @throws IllegalArgumentException if {@code percent} is out of range
   */
  public Calibration contingency(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
      throw new IllegalArgumentException(
          "contingency must be from 0% to less than 100%, not " + percent.toPlainString() + "%");
    }
    return new Calibration(rules, envelopes, upliftPercent, percent, takeUp, takeUpByGroup, resamples, bootstrapSeed, pricePercentile, protection, version, effectiveFrom, folds, seed,
        outlierThreshold, cliffEdges);
  }

  /**
   * The share of the indicative allocation people actually spend, instead of the estimate (see the
   * class description).
   *
   * @param share more than 0 and at most 1, such as 0.9 for 90%; not null
   * @return a new calibration, never null
   * @throws NullPointerException if {@code share} is null
   * @throws IllegalArgumentException if {@code share} is out of range
   */
  public Calibration takeUp(BigDecimal share) {
    Objects.requireNonNull(share, "share");
    if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "take-up must be more than 0 and at most 1 (100%), not " + share.toPlainString());
    }
    return new Calibration(rules, envelopes, upliftPercent, contingencyPercent, share, takeUpByGroup, resamples, bootstrapSeed, pricePercentile, protection, version, effectiveFrom, folds,
        seed, outlierThreshold, cliffEdges);
  }

  /**
   * One client group's take-up, instead of the estimate (or of {@link #takeUp(BigDecimal)}): its people's
   * spend is forecast at this share.
   *
   * @param group not null
   * @param share more than 0 and at most 1, such as 0.85; not null
   * @return a new calibration, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code share} is out of range
   */
  public Calibration takeUp(ClientGroup group, BigDecimal share) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(share, "share");
    if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(group.label() + ": take-up must be more than 0 and at most 1 (100%), not "
          + share.toPlainString());
    }
    Map<ClientGroup, BigDecimal> byGroup = new EnumMap<>(ClientGroup.class);
    byGroup.putAll(takeUpByGroup);
    byGroup.put(group, share);
    return new Calibration(rules, envelopes, upliftPercent, contingencyPercent, takeUp, Map.copyOf(byGroup), resamples,
        bootstrapSeed, pricePercentile, protection, version, effectiveFrom, folds, seed, outlierThreshold, cliffEdges);
  }

  /**
   * The bootstrap of each estimated take-up's interval (default {@value #DEFAULT_RESAMPLES} resamples,
   * seed {@value #DEFAULT_SEED}; see {@link GroupTakeUp}).
   *
   * @param resamples 100 or more
   * @param seed the seed of the resampling's {@code Well19937c}; the same seed gives the same interval
   * @return a new calibration, never null
   * @throws IllegalArgumentException if {@code resamples} is less than 100
   */
  public Calibration takeUpBootstrap(int resamples, long seed) {
    if (resamples < 100) {
      throw new IllegalArgumentException("a bootstrap needs at least 100 resamples, not " + resamples);
    }
    return new Calibration(rules, envelopes, upliftPercent, contingencyPercent, takeUp, takeUpByGroup, resamples,
        seed, pricePercentile, protection, version, effectiveFrom, folds, this.seed, outlierThreshold, cliffEdges);
  }

  /**
   * Takes the price from the percentile approach instead of the fit through the origin: {@link
   * CostSample#costPerPointPercentile} of the points priced, rounded half up to the penny. The choice is
   * then as for a fitted price: this price when it fits the envelope, otherwise the largest that fits.
   *
   * @param percentile 0 to 100, such as 50 for the median; not null
   * @return a new calibration, never null
   * @throws NullPointerException if {@code percentile} is null
   * @throws IllegalArgumentException if {@code percentile} is out of range
   */
  public Calibration priceFromPercentile(BigDecimal percentile) {
    Objects.requireNonNull(percentile, "percentile");
    if (percentile.signum() < 0 || percentile.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("percentile must be from 0 to 100, not " + percentile.toPlainString());
    }
    return new Calibration(rules, envelopes, upliftPercent, contingencyPercent, takeUp, takeUpByGroup, resamples,
        bootstrapSeed, percentile, protection, version, effectiveFrom, folds, seed, outlierThreshold, cliffEdges);
  }

  /**
   * Phases losses in with this protection (default: none, and the result has no plan).
   *
   * @param rule not null
   * @return a new calibration, never null
   * @throws NullPointerException if {@code rule} is null
   */
  public Calibration protect(TransitionalProtection rule) {
    Objects.requireNonNull(rule, "rule");
    return new Calibration(rules, envelopes, upliftPercent, contingencyPercent, takeUp, takeUpByGroup, resamples, bootstrapSeed, pricePercentile, rule, version, effectiveFrom, folds, seed,
        outlierThreshold, cliffEdges);
  }

  /**
   * The version of the recalibrated rules (default: the current version {@linkplain #bumpedVersion(String)
   * bumped}).
   *
   * @param version not null, not blank
   * @return a new calibration, never null
   * @throws NullPointerException if {@code version} is null
   * @throws IllegalArgumentException if {@code version} is blank
   */
  public Calibration version(String version) {
    Objects.requireNonNull(version, "version");
    if (version.isBlank()) {
      throw new IllegalArgumentException("the version must not be blank");
    }
    return new Calibration(rules, envelopes, upliftPercent, contingencyPercent, takeUp, takeUpByGroup, resamples, bootstrapSeed, pricePercentile, protection, version, effectiveFrom, folds,
        seed, outlierThreshold, cliffEdges);
  }

  /**
   * The date the recalibrated rules come into force (default: one year after the current rules').
   *
   * @param date not null
   * @return a new calibration, never null
   * @throws NullPointerException if {@code date} is null
   */
  public Calibration effectiveFrom(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new Calibration(rules, envelopes, upliftPercent, contingencyPercent, takeUp, takeUpByGroup, resamples, bootstrapSeed, pricePercentile, protection, version, date, folds, seed,
        outlierThreshold, cliffEdges);
  }

  /**
   * The cross-validation of every model (default {@value #DEFAULT_FOLDS} folds, seed {@value
   * #DEFAULT_SEED}); a sample with fewer people than folds is cross-validated leaving one out.
   *
   * @param folds 2 or more
   * @param seed the shuffle's seed; the same seed gives the same figures
   * @return a new calibration, never null
   * @throws IllegalArgumentException if {@code folds} is less than 2
   */
  public Calibration crossValidation(int folds, long seed) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
    }
    return new Calibration(rules, envelopes, upliftPercent, contingencyPercent, takeUp, takeUpByGroup, resamples, bootstrapSeed, pricePercentile, protection, version, effectiveFrom, folds,
        seed, outlierThreshold, cliffEdges);
  }

  /**
   * How far from the fit through the origin, in residual standard errors, a person must be to be listed
   * as an outlier (default {@value #DEFAULT_OUTLIER_THRESHOLD}).
   *
   * @param threshold more than 0 and finite
   * @return a new calibration, never null
   * @throws IllegalArgumentException if {@code threshold} is not more than 0 or not finite
   */
  public Calibration outlierThreshold(double threshold) {
    if (!(threshold > 0) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException("the outlier threshold must be more than 0 and finite, not " + threshold);
    }
    return new Calibration(rules, envelopes, upliftPercent, contingencyPercent, takeUp, takeUpByGroup, resamples, bootstrapSeed, pricePercentile, protection, version, effectiveFrom, folds,
        seed, threshold, cliffEdges);
  }

  /**
   * How many of the largest cliff edges of the current and the proposed rules to keep for each funding
   * stream (or the whole budget, for rules without streams) (default {@value #DEFAULT_CLIFF_EDGES}).
   *
   * @param limit 1 or more
   * @return a new calibration, never null
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  public Calibration cliffEdges(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the number of cliff edges must be at least 1, not " + limit);
    }
    return new Calibration(rules, envelopes, upliftPercent, contingencyPercent, takeUp, takeUpByGroup, resamples, bootstrapSeed, pricePercentile, protection, version, effectiveFrom, folds,
        seed, outlierThreshold, limit);
  }

  /**
   * Runs the whole calibration (see the class description).
   *
   * @param sample the people, their points under the current rules and their current costs; not null
   * @return every figure found, never null
   * @throws NullPointerException if {@code sample} is null
   * @throws IllegalStateException if no {@link #envelope(Money) envelope} was given, or take-up is to be
   *     estimated and the sample has no {@link CostSample#indicativeAnnualTotal() indicative total}
   * @throws DegenerateDataException if the sample cannot give a price through the origin
   * @throws EnvelopeException if no pricing fits every year of the envelope (with the protection's grants),
   *     or every pricing searched does
   */
  public CalibrationResult run(CostSample sample) {
    Objects.requireNonNull(sample, "sample");
    if (envelopes == null) {
      throw new IllegalStateException("no envelope: call envelope(annual) or envelopes(annualByYear) before run");
    }
    if (takeUp == null && sample.indicativeAnnualTotal().isEmpty()) {
      throw new IllegalStateException(
          "take-up cannot be estimated: the sample was not built from budgets (CostAccumulator.add(Budget, ...));"
              + " give it with takeUp(share)");
    }

    Map<FitModel, PointsFit> fits = new EnumMap<>(FitModel.class);
    Map<FitModel, CrossValidation> crossValidations = new EnumMap<>(FitModel.class);
    Map<FitModel, String> unavailable = new EnumMap<>(FitModel.class);
    // The price comes from the fit through the origin: if the data cannot give one, calibration stops.
    PointsFit origin = sample.fit(FitModel.THROUGH_ORIGIN);
    for (FitModel model : FitModel.values()) {
      try {
        PointsFit fit = model == FitModel.THROUGH_ORIGIN ? origin : sample.fit(model);
        CrossValidation cv = sample.crossValidate(model, Math.min(folds, sample.count()), seed);
        fits.put(model, fit);
        crossValidations.put(model, cv);
      } catch (DegenerateDataException e) {
        unavailable.put(model, e.getMessage());
      }
    }
    fits.put(FitModel.THROUGH_ORIGIN, origin);
    BigDecimal fitted = pricePercentile == null
        ? origin.pricePerPoint(RoundingMode.HALF_UP) : sample.costPerPointPercentile(pricePercentile, RoundingMode.HALF_UP);
    String priceName = pricePercentile == null
        ? "the fitted price" : "the price at percentile " + pricePercentile.stripTrailingZeros().toPlainString() + " of cost per point";

    Money currentAnnual = Money.zero();
    for (PersonCost p : sample.people()) {
      currentAnnual = currentAnnual.plus(rules.weeksPerYear().annual(p.currentWeekly(), rules.rounding()));
    }
    boolean estimated = takeUp == null;
    BigDecimal share = estimated ? estimatedTakeUp(currentAnnual, sample.indicativeAnnualTotal().orElseThrow()) : takeUp;
    Map<ClientGroup, GroupTakeUp> takeUps = TakeUpEstimator.byGroup(sample, rules.weeksPerYear(), rules.rounding(),
        takeUpByGroup, takeUp, resamples, bootstrapSeed);
    Map<ClientGroup, BigDecimal> shares = new EnumMap<>(ClientGroup.class);
    takeUps.forEach((g, t) -> shares.put(g, t.share()));
    Envelope limit = Envelope.ofYears(envelopes, upliftPercent, contingencyPercent, share).withTakeUpByGroup(shares);

    RuleSet base = rules
        .withVersion(version != null ? version : bumpedVersion(rules.version()))
        .withEffectiveFrom(effectiveFrom != null ? effectiveFrom : rules.effectiveFrom().plusYears(1));
    EnvelopeFit solved = protection == null ? limit.solve(base, sample) : limit.solve(base, sample, protection);
    RuleSet proposed;
    PriceChoice choice;
    String explanation;
    if (rules.pricing().method() instanceof PricePerPoint) {
      BigDecimal max = solved.pricePerPoint().orElseThrow();
      if (fitted.compareTo(max) <= 0) {
        choice = PriceChoice.FITTED_PRICE;
        explanation = priceName + " £" + fitted + " fits the envelope (the most it allows is £" + max + ")";
      } else {
        choice = PriceChoice.LARGEST_PRICE_THAT_FITS;
        if (solved.years().size() == 1 && protection == null) {
          explanation = priceName + " £" + fitted
              + " would overspend the envelope, so the price is the largest that fits: £" + max;
        } else {
          RuleSet atFitted = base.withPricing(base.pricing().withMethod(PricePerPoint.of(fitted)));
          YearForecast over = (protection == null ? limit.assess(atFitted, sample) : limit.assess(atFitted, sample, protection))
              .years().stream().filter(y -> !y.fits()).findFirst().orElseThrow();
          explanation = priceName + " £" + fitted + " would overspend year " + over.year() + "'s envelope"
              + (over.grants().isZero() ? "" : " with its transitional grants")
              + ", so the price is the largest that fits every year: £" + max;
        }
      }
      proposed = base.withPricing(base.pricing().withMethod(PricePerPoint.of(fitted.min(max))));
    } else {
      choice = PriceChoice.LARGEST_SCALE_THAT_FITS;
      explanation = "the " + rules.pricing().method().describe() + " scaled by " + solved.scale().orElseThrow()
          + ", the largest scale that fits the envelope";
      proposed = solved.rules();
    }
    Impact impact = Impact.of(sample, proposed);
    // The cliff edges of the streams the caseload's people are eligible for, as Forecast prices them.
    List<Eligibility> eligibilities = sample.people().stream().map(PersonCost::eligibility).toList();
    TransitionPlan plan =
        protection == null ? null : protection.plan(impact.people(), proposed.weeksPerYear(), proposed.rounding());
    return new CalibrationResult(
        rules, proposed, sample, fits, crossValidations, unavailable, fitted, currentAnnual,
        sample.indicativeAnnualTotal().orElse(null), share, estimated, takeUps, solved, limit.assess(rules, sample),
        protection == null ? limit.assess(proposed, sample) : limit.assess(proposed, sample, protection), choice, explanation, impact, plan,
        CliffEdges.of(rules, eligibilities, cliffEdges), CliffEdges.of(proposed, eligibilities, cliffEdges), outlierThreshold,
        origin.outliers(outlierThreshold));
  }

  /**
   * {@code min(1, current / indicative)} rounded down to 4 decimals; 1 when the indicative total is zero
   * or the ratio rounds down to zero.
   */
  static BigDecimal estimatedTakeUp(Money currentAnnual, Money indicativeAnnual) {
    if (indicativeAnnual.isZero()) {
      return BigDecimal.ONE;
    }
    BigDecimal ratio = BigDecimal.valueOf(currentAnnual.pence())
        .divide(BigDecimal.valueOf(indicativeAnnual.pence()), 4, RoundingMode.DOWN)
        .min(BigDecimal.ONE);
    return ratio.signum() == 0 ? BigDecimal.ONE : ratio;
  }

  /**
   * The next version: the last run of digits plus one ({@code "2026.1"} → {@code "2026.2"}, {@code "9"}
   * → {@code "10"}); a version not ending in a digit gets {@code ".1"} ({@code "draft"} → {@code
   * "draft.1"}).
   *
   * @param version not null
   * @return never null
   */
  public static String bumpedVersion(String version) {
    Objects.requireNonNull(version, "version");
    Matcher m = TRAILING_NUMBER.matcher(version);
    if (m.matches()) {
      return m.group(1) + new BigInteger(m.group(2)).add(BigInteger.ONE);
    }
    return version + ".1";
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add("calibration of " + rules.label());
    parts.add(envelopes == null ? "no envelope"
        : envelopes.size() == 1 ? envelopes.get(0) + " a year" : "envelopes " + envelopes + " for years 1 to "
            + envelopes.size());
    if (upliftPercent.signum() != 0) {
      parts.add("then " + upliftPercent.toPlainString() + "% a year");
    }
    parts.add(contingencyPercent.toPlainString() + "% contingency");
    parts.add(takeUp == null ? "take-up estimated" : "take-up " + takeUp.toPlainString());
    if (protection != null) {
      parts.add("protection " + protection.percentPerYear().toPlainString() + "% a year");
    }
    return String.join(", ", parts);
  }
}
