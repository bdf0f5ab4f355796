package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ras.money.Money;

/**
 * The modules export exactly their public API: every package of ras-core (it has no implementation-only
 * package: implementation classes are package-private), and every package of ras-rules but {@code internal}. Read from
 * the compiled module-info (jar or classes directory), so it holds however the tests themselves are run.
 * A new package must be added here and to its module-info deliberately.
 */
class ModuleDescriptorTest {
  @Test
  void rasCoreExportsEveryPackage() throws Exception {
    ModuleDescriptor core = descriptor(Money.class);
    assertEquals("uk.ras.core", core.name());
    assertEquals(
        Set.of(
            "uk.ras",
            "uk.ras.allocation",
            "uk.ras.assessment",
            "uk.ras.calibration",
            "uk.ras.comparison",
            "uk.ras.costing",
            "uk.ras.funding",
            "uk.ras.isf",
            "uk.ras.ledger",
            "uk.ras.money",
            "uk.ras.plan",
            "uk.ras.portfolio",
            "uk.ras.pricing",
            "uk.ras.ruleset"),
        exports(core));
    assertEquals(Set.of(), core.opens(), "nothing is opened to reflection");
    assertEquals(
        exports(core),
        core.packages().stream().filter(p -> !p.contains(".internal")).collect(Collectors.toSet()),
        "every package outside internal is exported, and no internal one");
  }

  @Test
  void rasRulesExportsItsReadersAndNotItsInternalsOrJackson() throws Exception {
    ModuleDescriptor rules = descriptor(RuleSetReader.class);
    assertEquals("uk.ras.rules", rules.name());
    assertEquals(Set.of("uk.ras.rules", "uk.ras.rules.costing", "uk.ras.rules.isf", "uk.ras.rules.ledger", "uk.ras.rules.plan"), exports(rules));
    assertEquals(
        exports(rules),
        rules.packages().stream().filter(p -> !p.contains(".internal")).collect(Collectors.toSet()));
    // ras-core types are in the rules API, so a vendor requiring uk.ras.rules reads uk.ras.core too.
    assertEquals(
        Set.of(ModuleDescriptor.Requires.Modifier.TRANSITIVE),
        rules.requires().stream().filter(r -> r.name().equals("uk.ras.core")).findFirst().orElseThrow().modifiers());
  }

  private static ModuleDescriptor descriptor(Class<?> anyClassOfTheModule) throws Exception {
    Path location = Path.of(anyClassOfTheModule.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<ModuleReference> found = ModuleFinder.of(location).findAll();
    assertEquals(1, found.size(), () -> "one module at " + location);
    return found.iterator().next().descriptor();
  }

  private static Set<String> exports(ModuleDescriptor module) {
    return module.exports().stream()
        .peek(e -> assertEquals(Set.of(), e.targets(), "no qualified exports"))
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
