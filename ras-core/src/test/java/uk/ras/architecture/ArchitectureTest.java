package uk.ras.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of ras-core's layout that vendors and the next engineer rely on: packages in layers that
 * depend downwards only, with no cycle; the pure domain depends on no file format, I/O or logging;
 * nothing public hands out a type the caller cannot name; and there is no static mutable state, so a
 * compiled calculator can be shared by any number of threads.
 */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.ras");

  @Test
  void coreDependsOnNoFileFormatIoOrLogging() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.fasterxml..", "java.io..", "java.nio.file..", "java.net..", "org.slf4j..", "java.util.logging..", "java.sql..")
        .because("ras-core is the pure domain: formats live in ras-rules, I/O and logging in the callers")
        .check(CORE);
  }

  /**
   * Bottom up: money (and the root exception), the rule vocabulary, pricing (points become money),
   * assessment, funding (who pays for which need), allocation (the calculator), then the analyses side by
   * side, none depending on another. Costing prices plans from rates and needs only money and the
   * person's id; comparison sets the RAS figure (allocation) beside the cost figure (costing), above both; plan
   * costs a support plan (costing) against the indicative budget (allocation, funding), above both. The
   * ledger prices delivered support with costing's rates and names people by assessment's ids.
   */
  @Test
  void packagesDependDownwardsOnly() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("money").definedBy("uk.ras", "uk.ras.money")
        .layer("rule vocabulary").definedBy("uk.ras.ruleset")
        .layer("pricing").definedBy("uk.ras.pricing")
        .layer("assessment").definedBy("uk.ras.assessment")
        .layer("funding").definedBy("uk.ras.funding")
        .layer("allocation").definedBy("uk.ras.allocation")
        .layer("portfolio").definedBy("uk.ras.portfolio")
        .layer("calibration").definedBy("uk.ras.calibration")
        .layer("isf").definedBy("uk.ras.isf")
        .layer("costing").definedBy("uk.ras.costing")
        .layer("comparison").definedBy("uk.ras.comparison")
        .layer("plan").definedBy("uk.ras.plan")
        .layer("ledger").definedBy("uk.ras.ledger")
        .whereLayer("plan").mayNotBeAccessedByAnyLayer()
        .whereLayer("ledger").mayNotBeAccessedByAnyLayer()
        .whereLayer("isf").mayNotBeAccessedByAnyLayer()
        .whereLayer("comparison").mayNotBeAccessedByAnyLayer()
        .whereLayer("costing").mayOnlyBeAccessedByLayers("comparison", "plan", "ledger")
        .whereLayer("calibration").mayNotBeAccessedByAnyLayer()
        .whereLayer("portfolio").mayNotBeAccessedByAnyLayer()
        .whereLayer("allocation").mayOnlyBeAccessedByLayers("portfolio", "calibration", "isf", "comparison", "plan")
        .whereLayer("funding").mayOnlyBeAccessedByLayers("allocation", "portfolio", "calibration", "isf", "plan")
        .whereLayer("assessment")
        .mayOnlyBeAccessedByLayers(
            "funding", "allocation", "portfolio", "calibration", "isf", "costing", "comparison", "plan", "ledger")
        .whereLayer("pricing")
        .mayOnlyBeAccessedByLayers("funding", "allocation", "portfolio", "calibration", "isf")
        .whereLayer("rule vocabulary")
        .mayOnlyBeAccessedByLayers(
            "pricing", "assessment", "funding", "allocation", "portfolio", "calibration", "isf", "plan")
        .check(CORE);
  }

  @Test
  void packagesHaveNoCycle() {
    slices().matching("uk.ras.(**)").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void thereIsNoGrabBagPackage() {
    noClasses()
        .should()
        .resideInAnyPackage("..internal..", "..util..", "..utils..", "..helper..", "..common..")
        .because("an implementation class is package-private in the package that owns it")
        .check(CORE);
  }

  @Test
  void noPublicMemberExposesATypeTheCallerCannotName() {
    members()
        .that()
        .arePublic()
        .should(notExposeNonPublicTypes())
        .check(CORE);
  }

  @Test
  void thereIsNoStaticMutableState() {
    fields()
        .that()
        .areStatic()
        .should()
        .beFinal()
        .because("a compiled calculator is shared between threads and must carry nothing between calls")
        .check(CORE);
  }

  private static ArchCondition<JavaMember> notExposeNonPublicTypes() {
    return new ArchCondition<>("not expose non-public types") {
      @Override
      public void check(JavaMember member, ConditionEvents events) {
        if (!member.getOwner().getModifiers().contains(JavaModifier.PUBLIC)) {
          return;
        }
        List<JavaClass> exposed = new ArrayList<>();
        if (member instanceof JavaField) {
          exposed.add(((JavaField) member).getRawType());
        } else if (member instanceof JavaCodeUnit) {
          JavaCodeUnit unit = (JavaCodeUnit) member;
          exposed.add(unit.getRawReturnType());
          exposed.addAll(unit.getRawParameterTypes());
        }
        for (JavaClass type : exposed) {
          if (type.getPackageName().startsWith("uk.ras")
              && !type.getModifiers().contains(JavaModifier.PUBLIC)) {
            events.add(
                SimpleConditionEvent.violated(
                    member, member.getFullName() + " exposes the non-public type " + type.getName()));
          }
        }
      }
    };
  }
}
