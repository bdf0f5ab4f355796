package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.ras.money.Money;

/**
 * The public API of ras-core and ras-rules, recorded in {@code src/test/resources/api/*.api} (one line
 * per public type and per public or protected member of an exported package, sorted), so that a change
 * a vendor would notice shows up in review. When a change is intended, accept it with
 *
 * <pre>
 * mvn -B test -pl ras-core,ras-rules -Dtest=ApiBaselineTest -Dsurefire.failIfNoSpecifiedTests=false -Dapi.accept=true
 * </pre>
 *
 * and commit the changed {@code .api} file with the change. Packages named {@code internal} are not API
 * (module-info does not export them) and are left out. Once there is a first release, japicmp against it
 * takes over the binary-compatibility check (docs/quality.md).
 */
class ApiBaselineTest {
  private static final Path BASELINES = Path.of("src/test/resources/api");

  @Test
  void rasCoreApiIsTheRecordedOne() throws Exception {
    check("ras-core", Money.class);
  }

  @Test
  void rasRulesApiIsTheRecordedOne() throws Exception {
    check("ras-rules", RuleSetReader.class);
  }

  private static void check(String module, Class<?> anyClassOfTheModule) throws Exception {
    String actual = String.join("\n", describe(anyClassOfTheModule)) + "\n";
    Path file = BASELINES.resolve(module + ".api");
    if (Boolean.getBoolean("api.accept")) {
      Files.createDirectories(BASELINES);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    String recorded = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertEquals(
        recorded,
        actual,
        "the public API of " + module + " changed; if intended, accept it with -Dapi.accept=true"
            + " (see this class's Javadoc) and commit " + file);
  }

  /** Every public type and member of the module (a jar or a classes directory) holding {@code anchor}. */
  static List<String> describe(Class<?> anchor) throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> classNames;
    if (Files.isDirectory(location)) {
      classNames = classNames(location);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        classNames = classNames(jar.getPath("/"));
      }
    }
    TreeSet<String> lines = new TreeSet<>();
    for (String name : classNames) {
      Class<?> type = Class.forName(name, false, anchor.getClassLoader());
      if (!isApi(type)) {
        continue;
      }
      String typeName = type.getName();
      lines.add(typeName + " " + kind(type) + supertypes(type));
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers()) && !c.isSynthetic()) {
          lines.add(typeName + " " + c.toGenericString().replace(typeName + "(", "<init>("));
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          lines.add(typeName + " " + m.toGenericString());
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers()) && !f.isSynthetic()) {
          lines.add(typeName + " " + f.toGenericString());
        }
      }
    }
    return new ArrayList<>(lines);
  }

  private static List<String> classNames(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(p -> root.relativize(p).toString())
          .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static boolean isApi(Class<?> type) {
    if (type.getPackageName().contains(".internal") || type.isSynthetic() || type.isAnonymousClass()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String kind(Class<?> type) {
    String modifiers = Modifier.toString(type.getModifiers() & ~Modifier.INTERFACE & ~Modifier.STATIC);
    String kind =
        type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
            : type.isRecord() ? "record" : "class";
    return (modifiers.isEmpty() ? "" : modifiers + " ") + kind;
  }

  private static String supertypes(Class<?> type) {
    List<String> names = new ArrayList<>();
    List<java.lang.reflect.Type> interfaces = new ArrayList<>(List.of(type.getGenericInterfaces()));
    // A package-private superclass (the hand-written *Def of an Immutables value) is not API: a caller
    // cannot name it. Record its interfaces and the first public class above it instead, as javadoc does.
    Class<?> superclass = type.getSuperclass();
    java.lang.reflect.Type generic = type.getGenericSuperclass();
    while (superclass != null && !Modifier.isPublic(superclass.getModifiers())) {
      interfaces.addAll(List.of(superclass.getGenericInterfaces()));
      generic = superclass.getGenericSuperclass();
      superclass = superclass.getSuperclass();
    }
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      names.add("extends " + generic.getTypeName());
    }
    for (var i : interfaces) {
      names.add("implements " + i.getTypeName());
    }
    return names.isEmpty() ? "" : " " + String.join(" ", names);
  }
}
