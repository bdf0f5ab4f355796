package uk.ras.examples.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.ras.calibration.CostSample;
import uk.ras.calibration.CrossValidation;
import uk.ras.calibration.EnvelopeFit;
import uk.ras.calibration.FitModel;
import uk.ras.calibration.Impact;
import uk.ras.calibration.PointsFit;
import uk.ras.calibration.TransitionPlan;
import uk.ras.ruleset.RuleSet;

/**
 * Everything a calibration found, from which the per-person CSV, the summary and the HTML report are
 * all written, so that they cannot disagree.
 */
public record Calibration(
      String title,
      RuleSet current,
      RuleSet proposed,
      CostSample sample,
      Map<FitModel, PointsFit> fits,
      Map<FitModel, String> unavailable,
      List<CrossValidation> crossValidations,
      BigDecimal fittedPrice,
      Optional<BigDecimal> envelopeMaximum,
      String priceChoice,
      BigDecimal takeUp,
      boolean takeUpEstimated,
      EnvelopeFit currentForecast,
      EnvelopeFit proposedForecast,
      Impact impact,
      Optional<TransitionPlan> plan,
      List<String> warnings) {}
