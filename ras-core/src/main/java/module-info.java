/**
 * ras-core: money, assessments, rule sets, pricing, funding streams, ISFs, calibration and the compiled
 * allocation calculator. The {@code internal} packages are not exported: they may change in any release.
 */
module uk.ras.core {
  requires static org.immutables.value.annotations;
  requires commons.math3;

  exports uk.ras;
  exports uk.ras.allocation;
  exports uk.ras.assessment;
  exports uk.ras.calibration;
  exports uk.ras.funding;
  exports uk.ras.isf;
  exports uk.ras.money;
  exports uk.ras.pricing;
  exports uk.ras.ruleset;
}
