package uk.ras.calibration;

import java.util.List;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import uk.ras.calibration.DegenerateDataException.Reason;
import uk.ras.ruleset.DomainId;

/**
 * Ordinary least squares by Apache Commons Math ({@link OLSMultipleLinearRegression}, a QR
 * decomposition), after checks that turn every degenerate case into a {@link DegenerateDataException}
 * before the library could return NaN. Not API.
 */
final class LeastSquares {
  /**
   * A column whose QR diagonal is below this share of the largest column norm counts as a combination
   * of the others: well above double rounding noise, far below any real difference in points.
   */
  private static final double RELATIVE_SINGULARITY = 1e-9;

  /**
   * The estimates: coefficients in model order, their standard errors, the residual sum of squares and
   * the residual standard error {@code sqrt(SSR / (n − p))}.
   */
  public record Solution(double[] beta, double[] standardErrors, double residualSumOfSquares, double sigma) {}

  private LeastSquares() {}

  /** The coefficient names of a model, in order. */
  public static List<String> names(FitModel model, List<DomainId> domains) {
    switch (model) {
      case THROUGH_ORIGIN:
        return List.of("price_per_point");
      case WITH_INTERCEPT:
        return List.of("intercept", "price_per_point");
      default:
        return domains.stream().map(DomainId::value).toList();
    }
  }

  /** A person's regressors for a model, without the intercept's column of ones. */
  public static double[] row(FitModel model, PersonCost person) {
    if (model == FitModel.BY_DOMAIN) {
      double[] x = new double[person.domainPoints().size()];
      for (int d = 0; d < x.length; d++) {
        x[d] = person.domainPoints().get(d);
      }
      return x;
    }
    // A price applies to the points the rules price: need no eligible stream pays for is not priced.
    return new double[] {person.pricedPoints().doubleValue()};
  }

  /** The fitted weekly amount: the intercept, if any, plus each coefficient times its regressor. */
  public static double predict(FitModel model, double[] beta, PersonCost person) {
    double[] x = row(model, person);
    int offset = model == FitModel.WITH_INTERCEPT ? 1 : 0;
    double y = offset == 1 ? beta[0] : 0;
    for (int i = 0; i < x.length; i++) {
      y += beta[i + offset] * x[i];
    }
    return y;
  }

  /**
   * Fits a model.
   *
   * @throws DegenerateDataException if the data cannot determine the coefficients
   */
  public static Solution fit(FitModel model, List<PersonCost> people, List<DomainId> domains) {
    int n = people.size();
    int p = names(model, domains).size();
    if (model == FitModel.BY_DOMAIN && p == 0) {
      throw new IllegalArgumentException("a per-domain fit needs at least one domain");
    }
    int needed = Math.max(3, p + 1);
    if (n < needed) {
      throw new DegenerateDataException(Reason.TOO_FEW_PEOPLE, model, n,
          "too few people to fit " + describe(model) + ": " + n + ", at least " + needed + " needed");
    }
    double[] y = new double[n];
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      PersonCost person = people.get(i);
      y[i] = person.currentWeekly().pence() / 100.0;
      x[i] = row(model, person);
    }
    double firstCost = y[0];
    boolean costsVary = false;
    for (double v : y) {
      costsVary |= v != firstCost;
    }
    if (!costsVary) {
      throw new DegenerateDataException(Reason.ZERO_VARIANCE, model, n,
          "every one of the " + n + " current costs is " + String.format("£%.2f", firstCost)
              + ": points cannot explain costs that do not vary");
    }
    switch (model) {
      case THROUGH_ORIGIN:
        if (people.stream().allMatch(c -> c.pricedPoints().signum() == 0)) {
          throw new DegenerateDataException(Reason.ZERO_VARIANCE, model, n,
              "every one of the " + n + " people has 0 points priced: no price per point fits");
        }
        break;
      case WITH_INTERCEPT:
        java.math.BigDecimal first = people.get(0).pricedPoints();
        if (people.stream().allMatch(c -> c.pricedPoints().compareTo(first) == 0)) {
          throw new DegenerateDataException(Reason.ZERO_VARIANCE, model, n,
              "every one of the " + n + " people has " + first.toPlainString()
                  + " points priced: the slope is not determined");
        }
        break;
      default:
        for (int d = 0; d < p; d++) {
          final int column = d;
          if (people.stream().allMatch(c -> c.domainPoints().get(column) == 0)) {
            throw new DegenerateDataException(Reason.COLLINEAR_DOMAINS, model, n,
                "nobody has points in domain " + domains.get(d) + ": its weight is not determined");
          }
        }
    }
    double largestNorm = 0;
    for (int j = 0; j < x[0].length; j++) {
      double sum = 0;
      for (double[] r : x) {
        sum += r[j] * r[j];
      }
      largestNorm = Math.max(largestNorm, Math.sqrt(sum));
    }
    if (model == FitModel.WITH_INTERCEPT) {
      largestNorm = Math.max(largestNorm, Math.sqrt(n));
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(RELATIVE_SINGULARITY * largestNorm);
    ols.setNoIntercept(model != FitModel.WITH_INTERCEPT);
    ols.newSampleData(y, x);
    double[] beta;
    double[] se;
    double ssr;
    try {
      beta = ols.estimateRegressionParameters();
      se = ols.estimateRegressionParametersStandardErrors();
      ssr = ols.calculateResidualSumOfSquares();
    } catch (SingularMatrixException e) {
      throw new DegenerateDataException(Reason.COLLINEAR_DOMAINS, model, n,
          "the points of some domains are a fixed combination of other domains' points"
              + " (for example, always equal): their separate weights are not determined");
    }
    double sigma = Math.sqrt(Math.max(0, ssr) / (n - p));
    for (double v : beta) {
      requireFinite(v, model, n);
    }
    for (double v : se) {
      requireFinite(v, model, n);
    }
    return new Solution(beta, se, Math.max(0, ssr), sigma);
  }

  private static void requireFinite(double v, FitModel model, int n) {
    if (!Double.isFinite(v)) {
      throw new DegenerateDataException(Reason.COLLINEAR_DOMAINS, model, n,
          "the data do not determine the coefficients of " + describe(model));
    }
  }

  public static String describe(FitModel model) {
    switch (model) {
      case THROUGH_ORIGIN:
        return "a price per point";
      case WITH_INTERCEPT:
        return "a price per point with an intercept";
      default:
        return "a price per point for each domain";
    }
  }
}
