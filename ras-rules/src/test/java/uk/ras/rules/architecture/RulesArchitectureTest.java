package uk.ras.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;

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
 * What ras-rules promises vendors: Jackson and SnakeYAML are implementation details (a vendor can
 * upgrade or shade them without touching our API), nothing public hands out an {@code internal} type, and
 * there is no static mutable state, so one reader serves every thread.
 */
class RulesArchitectureTest {
  private static final JavaClasses RULES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.ras.rules");

  @Test
  void noPublicMemberOutsideInternalExposesAJacksonSnakeYamlOrInternalType() {
    members()
        .that()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .and()
        .arePublic()
        .should(exposeOnlyPublicApiTypes())
        .check(RULES);
  }

  @Test
  void noPublicClassOutsideInternalExtendsAJacksonType() {
    classes()
        .that()
        .arePublic()
        .and()
        .resideOutsideOfPackage("..internal..")
        .should()
        .notBeAssignableTo(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a Jackson or SnakeYAML type", (JavaClass c) -> isFormatLibrary(c)))
        .check(RULES);
  }

  @Test
  void thereIsNoStaticMutableState() {
    fields()
        .that()
        .areStatic()
        .should()
        .beFinal()
        .because("readers are shared between threads and must carry nothing between calls")
        .check(RULES);
  }

  private static boolean isFormatLibrary(JavaClass type) {
    String name = type.getName();
    return name.startsWith("com.fasterxml.") || name.startsWith("org.yaml.");
  }

  private static ArchCondition<JavaMember> exposeOnlyPublicApiTypes() {
    return new ArchCondition<>("expose no Jackson, SnakeYAML or internal type") {
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
          unit.getThrowsClause().getTypes().forEach(exposed::add);
        }
        for (JavaClass type : exposed) {
          if (isFormatLibrary(type) || type.getPackageName().contains(".internal")) {
            events.add(
                SimpleConditionEvent.violated(
                    member, member.getFullName() + " exposes " + type.getName()));
          }
        }
      }
    };
  }
}
