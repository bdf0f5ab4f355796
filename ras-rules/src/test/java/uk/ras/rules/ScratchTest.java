package uk.ras.rules;

import java.nio.file.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void print() throws Exception {
    Path dir = Path.of("src/test/resources/uk/ras/rules/bad");
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        long t = System.nanoTime();
        try {
          RuleSetReader.create().read(f.getFileName().toString(), Files.readString(f));
          System.out.println("=== " + f.getFileName() + " OK?!");
        } catch (RuleFileException e) {
          System.out.println("=== " + f.getFileName() + " (" + (System.nanoTime() - t) / 1_000_000 + " ms)\n" + e.getMessage());
        } catch (Exception e) {
          System.out.println("=== " + f.getFileName() + " THREW");
          e.printStackTrace(System.out);
        }
      }
    }
    System.out.println(RuleSetReader.create().read(Path.of("src/test/resources/uk/ras/rules/good/tiny.yaml")));
  }
}
