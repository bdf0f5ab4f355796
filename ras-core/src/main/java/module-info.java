/**
 * ras-core: money, assessments, rule sets, pricing, funding streams, ISFs, calibration, cost-based budgets, support plans, the delivery ledger and the compiled
 * allocation calculator. Packages depend downwards only (money, rule vocabulary, pricing, assessment, funding, allocation, then the analyses); ArchitectureTest enforces it.
 */
module uk.ras.core {
  requires static org.immutables.value.annotations;
  requires commons.math3;

  exports uk.ras;
  exports uk.ras.allocation;
  exports uk.ras.assessment;
  exports uk.ras.calibration;
  exports uk.ras.comparison;
  exports uk.ras.costing;
  exports uk.ras.funding;
  exports uk.ras.isf;
  exports uk.ras.ledger;
  exports uk.ras.money;
  exports uk.ras.plan;
  exports uk.ras.portfolio;
  exports uk.ras.pricing;
  exports uk.ras.ruleset;
}
