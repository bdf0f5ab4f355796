/**
 * ras-rules: rule files, ISF setting files, rate files, cost-plan files, support-plan files and ledger setup files (YAML and JSON) read, checked and located. Jackson and
 * SnakeYAML are implementation details: no type of theirs appears in the exported API.
 */
module uk.ras.rules {
  requires transitive uk.ras.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports uk.ras.rules;
  exports uk.ras.rules.costing;
  exports uk.ras.rules.isf;
  exports uk.ras.rules.ledger;
  exports uk.ras.rules.plan;
}
