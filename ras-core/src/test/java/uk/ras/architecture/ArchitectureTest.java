package uk.ras.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
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
 * The rules of ras-core's layout that vendors rely on: the pure domain depends on no file format, I/O or
 * logging; nothing public hands out an {@code internal} type; and there is no static mutable state, so a
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

  @Test
  void noPublicMemberOutsideInternalExposesAnInternalType() {
    members()
        .that()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .and()
        .arePublic()
        .should(notExposeInternalTypes())
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

  private static final DescribedPredicate<JavaClass> INTERNAL =
      DescribedPredicate.describe("internal", c -> c.getPackageName().contains(".internal"));

  private static ArchCondition<JavaMember> notExposeInternalTypes() {
    return new ArchCondition<>("not expose internal types") {
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
          if (INTERNAL.test(type)) {
            events.add(
                SimpleConditionEvent.violated(
                    member, member.getFullName() + " exposes internal type " + type.getName()));
          }
        }
      }
    };
  }
}
