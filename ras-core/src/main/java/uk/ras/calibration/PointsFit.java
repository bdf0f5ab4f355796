package uk.ras.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A least-squares fit of points to current weekly cost ({@link FitModel} states the formula). Figures
 * are in pounds a week as {@code double}: they are statistics, not money. The one figure that becomes
 * money, {@link #pricePerPoint(RoundingMode)}, is converted to exact pence with a named rounding mode.
 *
 * <pre>
 * residual[i]          = current[i] − predicted[i]
 * rSquared             = 1 − Σ residual² / Σ (current − mean current)²   (centred, for every model)
 * residualStandardError = sqrt(Σ residual² / (n − p)),   p = number of coefficients
 * </pre>
 *
 * <p>R² is centred for every model, so the three models can be compared: for a fit through the origin
 * it can be below zero, meaning a flat amount for everyone would predict cost better than the price per
 * point. (Some packages report an uncentred R² for fits through the origin, which looks better and
 * cannot be compared.)
 *
 * <p>Immutable and thread-safe.
 */
public final class PointsFit {
  private final FitModel model;
  private final List<Coefficient> coefficients;
  private final double[] beta;
  private final List<PersonCost> people;
  private final double[] predicted;
  private final double rSquared;
  private final double residualStandardError;

  PointsFit(FitModel model, List<String> names, LeastSquares.Solution solution, List<PersonCost> people) {
    this.model = model;
    this.beta = solution.beta().clone();
    List<Coefficient> list = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      list.add(new Coefficient(names.get(i), beta[i], solution.standardErrors()[i]));
    }
    this.coefficients = List.copyOf(list);
    this.people = people;
    this.predicted = new double[people.size()];
    double mean = 0;
    for (int i = 0; i < people.size(); i++) {
      predicted[i] = LeastSquares.predict(model, beta, people.get(i));
      mean += pounds(people.get(i));
    }
    mean /= people.size();
    double total = 0;
    for (PersonCost p : people) {
      total += (pounds(p) - mean) * (pounds(p) - mean);
    }
    double ssr = 0;
    for (int i = 0; i < people.size(); i++) {
      double r = pounds(people.get(i)) - predicted[i];
      ssr += r * r;
    }
    // total > 0: LeastSquares refuses costs that do not vary.
    this.rSquared = 1 - ssr / total;
    this.residualStandardError = solution.sigma();
  }

  private static double pounds(PersonCost p) {
    return p.currentWeekly().pence() / 100.0;
  }

  /** {@return the model fitted; never null} */
  public FitModel model() {
    return model;
  }

  /** {@return the coefficients in model order; never null} */
  public List<Coefficient> coefficients() {
    return coefficients;
  }

  /**
   * The coefficient of that name: "price_per_point", "intercept" or a domain id.
   *
   * @param name the coefficient's name, not null
   * @return the coefficient, never null
   * @throws IllegalArgumentException if the model has no coefficient of that name
   */
  public Coefficient coefficient(String name) {
    Objects.requireNonNull(name, "name");
    return coefficients.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "the " + model + " fit has no coefficient '" + name + "'; it has "
                + coefficients.stream().map(Coefficient::name).toList()));
  }

  /**
   * The fitted price per point as pounds at scale 2 (whole pence per point), the form a rule file
   * holds.
   *
   * @param rounding not null; how the fitted price is rounded to whole pence
   * @return the price per point, at scale 2; never null
   * @throws IllegalStateException if the model is not {@link FitModel#THROUGH_ORIGIN}
   */
  public BigDecimal pricePerPoint(RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (model != FitModel.THROUGH_ORIGIN) {
      throw new IllegalStateException("only a fit through the origin is a price per point; this is " + model);
    }
    return new BigDecimal(beta[0]).setScale(2, rounding);
  }

  /** {@return the centred coefficient of determination; see the class description} */
  public double rSquared() {
    return rSquared;
  }

  /** {@return {@code sqrt(SSR / (n − p))}, pounds a week} */
  public double residualStandardError() {
    return residualStandardError;
  }

  /** {@return how many people were fitted} */
  public int count() {
    return people.size();
  }

  /**
   * The fitted weekly amount for a person, in pounds.
   *
   * @param person not null; with as many domain points as the fitted people for {@link FitModel#BY_DOMAIN}
   * @return the fitted weekly amount in pounds, unrounded
   */
  public double predictedWeekly(PersonCost person) {
    Objects.requireNonNull(person, "person");
    return LeastSquares.predict(model, beta, person);
  }

  /**
   * {@return the fitted weekly amount of the fitted people, in their order; a new array each call;
   * never null}
   */
  public double[] predictedWeekly() {
    return predicted.clone();
  }

  /**
   * {@return each client group present in the data, with its mean residual, in the enum's order; never null}
   */
  public Map<ClientGroup, GroupResidual> residualsByGroup() {
    Map<ClientGroup, double[]> sums = new EnumMap<>(ClientGroup.class);
    for (int i = 0; i < people.size(); i++) {
      PersonCost p = people.get(i);
      double[] s = sums.computeIfAbsent(p.group(), g -> new double[3]);
      s[0]++;
      s[1] += pounds(p);
      s[2] += predicted[i];
    }
    Map<ClientGroup, GroupResidual> result = new EnumMap<>(ClientGroup.class);
    sums.forEach((g, s) -> result.put(g,
        new GroupResidual(g, (int) s[0], s[1] / s[0], s[2] / s[0], (s[1] - s[2]) / s[0])));
    return java.util.Collections.unmodifiableMap(result);
  }

  /**
   * The people whose standardised residual {@code (current − predicted) / residualStandardError} is
   * beyond {@code ±threshold}, the largest first. With a perfect fit (no residual error) there are none.
   *
   * @param threshold greater than 0, such as 3
   * @return never null
   */
  public List<Outlier> outliers(double threshold) {
    if (!(threshold > 0)) {
      throw new IllegalArgumentException("threshold must be greater than 0, not " + threshold);
    }
    List<Outlier> result = new ArrayList<>();
    if (residualStandardError == 0) {
      return List.of();
    }
    for (int i = 0; i < people.size(); i++) {
      double r = pounds(people.get(i)) - predicted[i];
      double z = r / residualStandardError;
      if (Math.abs(z) > threshold) {
        result.add(new Outlier(people.get(i), predicted[i], r, z));
      }
    }
    result.sort(Comparator.comparingDouble((Outlier o) -> -Math.abs(o.standardised())));
    return List.copyOf(result);
  }

  @Override
  public String toString() {
    return model + " " + coefficients + " R²=" + rSquared;
  }
}
