package uk.ras.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import uk.ras.calibration.DegenerateDataException.Reason;
import uk.ras.money.Money;
import uk.ras.ruleset.DomainId;

/**
 * People's points and current weekly costs, frozen for fitting: the snapshot of a {@link
 * CostAccumulator}.
 *
 * <h2>Degenerate data</h2>
 *
 * <p>Every fit either returns finite figures or throws {@link DegenerateDataException}; never a NaN.
 *
 * <h3>Too few people ({@link Reason#TOO_FEW_PEOPLE})</h3>
 *
 * A model with {@code p} coefficients needs more than {@code p} people, and at least 3.
 *
 * <h3>No variation ({@link Reason#ZERO_VARIANCE})</h3>
 *
 * Every current cost the same; for a fit with an intercept, every total the same; for a fit through
 * the origin, every total zero.
 *
 * <h3>Collinear domains ({@link Reason#COLLINEAR_DOMAINS})</h3>
 *
 * For a per-domain fit: a domain in which nobody has points, or domains whose points are a fixed
 * combination of others' (such as two domains always scored alike).
 *
 * <h3>Folds ({@link Reason#TOO_FEW_FOR_FOLDS})</h3>
 *
 * Cross-validation with fewer than 2 folds or more folds than people; a training set that is itself
 * degenerate throws with that set's reason.
 *
 * <p>Immutable and thread-safe.
 */
public final class CostSample {
  private final List<DomainId> domains;
  private final List<PersonCost> people;
  /** Null when a person was added without a budget. */
  private final Money indicativeAnnual;
  /** Each person's indicative annual budget; null when a person was added without a budget. */
  private final List<Money> indicativeByPerson;

  CostSample(List<DomainId> domains, List<PersonCost> people, Money indicativeAnnual, List<Money> indicativeByPerson) {
    this.domains = List.copyOf(domains);
    this.people = List.copyOf(people);
    this.indicativeAnnual = indicativeAnnual;
    this.indicativeByPerson = indicativeByPerson == null ? null : List.copyOf(indicativeByPerson);
  }

  /** Each person's indicative annual budget, in the people's order; null when not built from budgets. */
  List<Money> indicativeByPerson() {
    return indicativeByPerson;
  }

  /** {@return the domains of the per-domain points, in order; never null} */
  public List<DomainId> domains() {
    return domains;
  }

  /** {@return the people, in the order they were added; never null} */
  public List<PersonCost> people() {
    return people;
  }

  /** {@return how many people the sample holds} */
  public int count() {
    return people.size();
  }

  /**
   * The sum of everyone's indicative annual budget under the rules that allocated them ({@link
   * uk.ras.allocation.Budget#annual()}, as the calculator computed it, funding streams included), when
   * every person was added with {@link CostAccumulator#add(uk.ras.allocation.Budget, ClientGroup, Money)};
   * empty when anyone was added as a bare {@link PersonCost}. Zero for an empty sample.
   *
   * @return never null
   */
  public Optional<Money> indicativeAnnualTotal() {
    return Optional.ofNullable(indicativeAnnual);
  }

  /** {@return the sum of everyone's current weekly cost; never null} */
  public Money currentWeeklyTotal() {
    return Money.total(people.stream().map(PersonCost::currentWeekly).toList());
  }

  /**
   * Fits a model to everyone.
   *
   * @param model not null
   * @return never null
   * @throws DegenerateDataException see the class description
   */
  public PointsFit fit(FitModel model) {
    Objects.requireNonNull(model, "model");
    return new PointsFit(model, LeastSquares.names(model, domains), LeastSquares.fit(model, people, domains), people);
  }

  /**
   * Estimates how well a model predicts people it was not fitted to; see {@link CrossValidation}.
   *
   * @param model not null
   * @param folds 2 to {@link #count()}; 5 or 10 is usual
   * @param seed the shuffle's seed
   * @return never null
   * @throws DegenerateDataException for too few people for the folds, or a degenerate training set
   */
  public CrossValidation crossValidate(FitModel model, int folds, long seed) {
    Objects.requireNonNull(model, "model");
    int n = people.size();
    if (folds < 2 || folds > n) {
      throw new DegenerateDataException(Reason.TOO_FEW_FOR_FOLDS, model, n,
          "cannot cross-validate " + n + " people in " + folds + " folds: need 2 to " + n + " folds");
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    double squared = 0;
    double absolute = 0;
    double mean = 0;
    for (PersonCost p : people) {
      mean += p.currentWeekly().pence() / 100.0;
    }
    mean /= n;
    double total = 0;
    for (int fold = 0; fold < folds; fold++) {
      List<PersonCost> training = new ArrayList<>();
      List<PersonCost> test = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        (k % folds == fold ? test : training).add(people.get(order[k]));
      }
      double[] beta = LeastSquares.fit(model, training, domains).beta();
      for (PersonCost p : test) {
        double actual = p.currentWeekly().pence() / 100.0;
        double r = actual - LeastSquares.predict(model, beta, p);
        squared += r * r;
        absolute += Math.abs(r);
        total += (actual - mean) * (actual - mean);
      }
    }
    return new CrossValidation(model, folds, seed, Math.sqrt(squared / n), absolute / n, 1 - squared / total);
  }

  /**
   * The percentile approach: a price per point read from the distribution of each person's current
   * cost per point ({@code currentWeekly / pricedPoints}, people with points priced only), at the given
   * percentile by linear interpolation between closest ranks (the spreadsheet function
   * PERCENTILE.INC): with the ratios sorted, {@code h = (n − 1) × percentile / 100} and the price is
   * {@code r[floor h] + (h − floor h) × (r[floor h + 1] − r[floor h])}, then rounded to the penny per
   * point.
   *
   * @param percentile 0 to 100, such as 50 for the median; not null
   * @param rounding not null
   * @return pounds per point at scale 2, never null
   * @throws DegenerateDataException ({@link Reason#TOO_FEW_PEOPLE}, model {@link
   *     FitModel#THROUGH_ORIGIN}) if nobody has points
   */
  public BigDecimal costPerPointPercentile(BigDecimal percentile, RoundingMode rounding) {
    Objects.requireNonNull(percentile, "percentile");
    Objects.requireNonNull(rounding, "rounding");
    if (percentile.signum() < 0 || percentile.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("percentile must be from 0 to 100, not " + percentile.toPlainString());
    }
    List<BigDecimal> ratios = new ArrayList<>();
    for (PersonCost p : people) {
      if (p.pricedPoints().signum() > 0) {
        // Pounds per point to 12 decimals: far finer than the penny it is rounded to at the end.
        ratios.add(p.currentWeekly().pounds().divide(p.pricedPoints(), 12, RoundingMode.HALF_EVEN));
      }
    }
    if (ratios.isEmpty()) {
      throw new DegenerateDataException(Reason.TOO_FEW_PEOPLE, FitModel.THROUGH_ORIGIN, people.size(),
          "nobody has points priced: there is no cost per point to take a percentile of");
    }
    ratios.sort(null);
    BigDecimal h = percentile.multiply(BigDecimal.valueOf(ratios.size() - 1)).divide(BigDecimal.valueOf(100), 12, RoundingMode.HALF_EVEN);
    int lo = h.intValue();
    BigDecimal fraction = h.subtract(BigDecimal.valueOf(lo));
    BigDecimal value = ratios.get(lo);
    if (lo + 1 < ratios.size()) {
      value = value.add(fraction.multiply(ratios.get(lo + 1).subtract(value)));
    }
    return value.setScale(2, rounding);
  }
}
