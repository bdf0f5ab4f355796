package uk.ras.calibration;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.PricingMethod;
import uk.ras.ruleset.RuleSet;

/**
 * Everything a {@link Calibration} found: the fits and how well they predict, the take-up, the envelope
 * solve, the price chosen and why, the recalibrated rules, the impact on each person and each client
 * group, the transition plan year by year, and the cliff edges. A command line, a report and a test all
 * read their figures from here, so that they cannot disagree.
 *
 * <pre>
 * fittedPrice    = Σ points × cost / Σ points²  (the fit through the origin), half up to the penny
 * currentAnnual  = Σ annual(currentWeekly)
 * available      = envelope − contingencyHeldBack
 * forecast       = takeUp × Σ annual budget, rounded up to the penny
 * chosen price   = min(fittedPrice, the largest whole-pence price with forecast ≤ available)
 * change         = proposedWeekly − currentWeekly, for each person
 * </pre>
 *
 * <p>Made only by {@link Calibration#run}. Immutable and thread-safe.
 */
public final class CalibrationResult {
  private final RuleSet current;
  private final RuleSet proposed;
  private final CostSample sample;
  private final Map<FitModel, PointsFit> fits;
  private final Map<FitModel, CrossValidation> crossValidations;
  private final Map<FitModel, String> unavailable;
  private final BigDecimal fittedPrice;
  private final Money currentAnnual;
  private final Money indicativeAnnual;
  private final BigDecimal takeUp;
  private final boolean takeUpEstimated;
  private final Map<ClientGroup, GroupTakeUp> takeUpByGroup;
  private final EnvelopeFit envelopeSolution;
  private final EnvelopeFit currentForecast;
  private final EnvelopeFit proposedForecast;
  private final PriceChoice priceChoice;
  private final String priceChoiceExplanation;
  private final Impact impact;
  private final TransitionPlan plan;
  private final List<CliffEdge> currentCliffEdges;
  private final List<CliffEdge> proposedCliffEdges;
  private final double outlierThreshold;
  private final List<Outlier> outliers;

  CalibrationResult(
      RuleSet current, RuleSet proposed, CostSample sample, Map<FitModel, PointsFit> fits,
      Map<FitModel, CrossValidation> crossValidations, Map<FitModel, String> unavailable, BigDecimal fittedPrice,
      Money currentAnnual, Money indicativeAnnual, BigDecimal takeUp, boolean takeUpEstimated,
      Map<ClientGroup, GroupTakeUp> takeUpByGroup, EnvelopeFit envelopeSolution, EnvelopeFit currentForecast, EnvelopeFit proposedForecast,
      PriceChoice priceChoice, String priceChoiceExplanation, Impact impact, TransitionPlan plan,
      List<CliffEdge> currentCliffEdges, List<CliffEdge> proposedCliffEdges, double outlierThreshold,
      List<Outlier> outliers) {
    this.current = Objects.requireNonNull(current);
    this.proposed = Objects.requireNonNull(proposed);
    this.sample = Objects.requireNonNull(sample);
    this.fits = Collections.unmodifiableMap(new EnumMap<>(fits));
    this.crossValidations = crossValidations.isEmpty()
        ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(crossValidations));
    this.unavailable = unavailable.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(unavailable));
    this.fittedPrice = Objects.requireNonNull(fittedPrice);
    this.currentAnnual = Objects.requireNonNull(currentAnnual);
    this.indicativeAnnual = indicativeAnnual;
    this.takeUp = Objects.requireNonNull(takeUp);
    this.takeUpEstimated = takeUpEstimated;
    this.takeUpByGroup = Collections.unmodifiableMap(new EnumMap<>(takeUpByGroup));
    this.envelopeSolution = Objects.requireNonNull(envelopeSolution);
    this.currentForecast = Objects.requireNonNull(currentForecast);
    this.proposedForecast = Objects.requireNonNull(proposedForecast);
    this.priceChoice = Objects.requireNonNull(priceChoice);
    this.priceChoiceExplanation = Objects.requireNonNull(priceChoiceExplanation);
    this.impact = Objects.requireNonNull(impact);
    this.plan = plan;
    this.currentCliffEdges = List.copyOf(currentCliffEdges);
    this.proposedCliffEdges = List.copyOf(proposedCliffEdges);
    this.outlierThreshold = outlierThreshold;
    this.outliers = List.copyOf(outliers);
  }

  /** {@return the rules calibrated, as given; never null} */
  public RuleSet current() {
    return current;
  }

  /**
   * {@return the recalibrated rules: the current rules with the new version, effective date and chosen
   * pricing (the rule set's own contingency, floor and ceiling kept); never null}
   */
  public RuleSet proposed() {
    return proposed;
  }

  /** {@return the people calibrated; never null} */
  public CostSample sample() {
    return sample;
  }

  /** {@return the fit through the origin, from which the price comes; never null} */
  public PointsFit fit() {
    return fits.get(FitModel.THROUGH_ORIGIN);
  }

  /**
   * {@return every model that could be fitted and cross-validated, and the fit through the origin
   * whatever its cross-validation did; in {@link FitModel} order; never null}
   */
  public Map<FitModel, PointsFit> fits() {
    return fits;
  }

  /** {@return the cross-validation of each model that had one, in {@link FitModel} order; never null} */
  public Map<FitModel, CrossValidation> crossValidations() {
    return crossValidations;
  }

  /**
   * {@return why a model has no fit or no cross-validation (the {@link DegenerateDataException}'s
   * message), for each such model; empty when every model was fitted and cross-validated; never null}
   */
  public Map<FitModel, String> unavailable() {
    return unavailable;
  }

  /**
   * {@return the price per point from the data, pounds at scale 2, rounded half up: the fit through the
   * origin's, or the percentile approach's when {@link Calibration#priceFromPercentile asked for}; never
   * null}
   */
  public BigDecimal fittedPrice() {
    return fittedPrice;
  }

  /**
   * {@return {@code Σ annual(currentWeekly)}: what current packages cost a year, each annualised with
   * the current rules' weeks per year and rounding; never null}
   */
  public Money currentAnnual() {
    return currentAnnual;
  }

  /**
   * {@return the sample's {@link CostSample#indicativeAnnualTotal() indicative annual total} under the
   * current rules, from which take-up is estimated; empty when the sample was not built from budgets}
   */
  public Optional<Money> indicativeAnnual() {
    return Optional.ofNullable(indicativeAnnual);
  }

  /**
   * {@return the take-up of everyone together, more than 0 and at most 1: as given, or estimated as
   * {@code min(1, currentAnnual / indicativeAnnual)}; the forecasts use each group's ({@link
   * #takeUpByGroup()}); never null}
   */
  public BigDecimal takeUp() {
    return takeUp;
  }

  /**
   * {@return whether take-up was estimated ({@code min(1, currentAnnual / indicativeAnnual)}) rather than
   * given}
   */
  public boolean takeUpEstimated() {
    return takeUpEstimated;
  }

  /**
   * {@return each client group's take-up, in the enum's order: given, or estimated with its bootstrap
   * interval; the forecasts use these; never null}
   */
  public Map<ClientGroup, GroupTakeUp> takeUpByGroup() {
    return takeUpByGroup;
  }

  /** {@return the envelope, its contingency and the take-up used; never null} */
  public Envelope envelope() {
    return proposedForecast.envelope();
  }

  /**
   * {@return the envelope solve: the largest price per point (or scale) that fits, its forecast and the
   * forecast one step higher, which does not fit; never null}
   */
  public EnvelopeFit envelopeSolution() {
    return envelopeSolution;
  }

  /**
   * {@return for a price per point, the largest whole-pence price that fits the envelope; empty for a
   * banding table or an interpolation}
   */
  public Optional<BigDecimal> largestPriceThatFits() {
    return envelopeSolution.pricePerPoint();
  }

  /**
   * {@return for a price per point, the proposed price, {@code min(fittedPrice, largestPriceThatFits)};
   * empty for a banding table or an interpolation}
   */
  public Optional<BigDecimal> chosenPrice() {
    PricingMethod method = proposed.pricing().method();
    return method instanceof PricePerPoint
        ? Optional.of(((PricePerPoint) method).poundsPerPoint()) : Optional.empty();
  }

  /** {@return which pricing was proposed; never null} */
  public PriceChoice priceChoice() {
    return priceChoice;
  }

  /**
   * {@return the choice in words with its figures, such as "the fitted price £5.35 would overspend the
   * envelope, so the price is the largest that fits: £5.19"; never null}
   */
  public String priceChoiceExplanation() {
    return priceChoiceExplanation;
  }

  /** {@return the current rules' forecast spend against the envelope; never null} */
  public EnvelopeFit currentForecast() {
    return currentForecast;
  }

  /** {@return the proposed rules' forecast spend against the envelope; it always fits; never null} */
  public EnvelopeFit proposedForecast() {
    return proposedForecast;
  }

  /**
   * {@return each person's proposed weekly budget against their current cost, and totals by client group;
   * never null}
   */
  public Impact impact() {
    return impact;
  }

  /** {@return the transition plan, when protection was asked for} */
  public Optional<TransitionPlan> plan() {
    return Optional.ofNullable(plan);
  }

  /**
   * {@return the cliff edges of the current rules for the sample's people ({@link CliffEdges#of}): for each
   * funding stream they are eligible for, the steps more than a point's worth; largest first; empty when
   * there are none; never null}
   */
  public List<CliffEdge> currentCliffEdges() {
    return currentCliffEdges;
  }

  /**
   * {@return the cliff edges of the proposed rules for the sample's people ({@link CliffEdges#of}): for each
   * funding stream they are eligible for, the steps more than a point's worth; largest first; empty when
   * there are none; never null}
   */
  public List<CliffEdge> proposedCliffEdges() {
    return proposedCliffEdges;
  }

  /** {@return the threshold of {@link #outliers()}, in residual standard errors} */
  public double outlierThreshold() {
    return outlierThreshold;
  }

  /**
   * {@return the fit through the origin's {@link PointsFit#outliers(double) outliers}, largest first;
   * never null}
   */
  public List<Outlier> outliers() {
    return outliers;
  }

  /**
   * {@return assessed need no funding stream the person is eligible for pays, for each client group with
   * some, in the enum's order: reported, never priced (neither the fit nor any forecast counts it); empty
   * for rules without streams; never null}
   */
  public Map<ClientGroup, UnfundedNeed> unfundedNeed() {
    return UnfundedNeed.byGroup(sample);
  }

  /**
   * {@return how many people have some unfunded need: their budgets carry {@code
   * BudgetFlag.UNFUNDED_NEED}}
   */
  public int unfundedPeople() {
    return unfundedNeed().values().stream().mapToInt(UnfundedNeed::people).sum();
  }

  /** {@return everyone's unfunded points; never null} */
  public BigDecimal unfundedPoints() {
    return unfundedNeed().values().stream().map(UnfundedNeed::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Override
  public String toString() {
    return "calibration of " + current.label() + " for " + sample.count() + " people: " + priceChoiceExplanation
        + "; forecast " + proposedForecast.forecast() + " of " + proposedForecast.available() + " available";
  }
}
