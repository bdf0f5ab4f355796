package uk.ras.examples.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.examples.Ras;

/**
 * The distribution zip that {@code mvn package} builds (target/ras-VERSION.zip), checked after package:
 * what it holds, that unpacked it runs with nothing but a Java runtime, and that its Windows launcher is
 * a plausible batch file (no Windows here to run it on).
 */
class DistributionIT {
  private static final Path ZIP = Path.of(System.getProperty("ras.distribution", "target/missing.zip"));
  private static final String VERSION = System.getProperty("ras.version", "unknown");
  private static final String ROOT = "ras-" + VERSION + "/";

  @TempDir static Path temp;
  private static Path home;

  /** Unpacks the zip as unzip would, file modes included. */
  @BeforeAll
  static void unpack() throws IOException {
    assertTrue(Files.isRegularFile(ZIP), "no distribution at " + ZIP.toAbsolutePath());
    Path target = temp.resolve("unpacked");
    try (FileSystem zip = openZip()) {
      Path top = zip.getPath("/");
      try (Stream<Path> entries = Files.walk(top)) {
        for (Path entry : entries.collect(Collectors.toList())) {
          Path out = target.resolve(top.relativize(entry).toString());
          if (Files.isDirectory(entry)) {
            Files.createDirectories(out);
          } else {
            Files.copy(entry, out);
            Files.setPosixFilePermissions(out, Files.getPosixFilePermissions(entry));
          }
        }
      }
    }
    home = target.resolve(ROOT);
  }

  private static FileSystem openZip() throws IOException {
    return FileSystems.newFileSystem(
        URI.create("jar:" + ZIP.toAbsolutePath().toUri()), Map.of("enablePosixFileAttributes", "true"));
  }

  @Test
  void zipHoldsTheLaunchersTheJarTheRulesTheSamplesAndTheDocs() throws IOException {
    for (String file :
        List.of(
            "bin/ras",
            "bin/ras.cmd",
            "lib/ras.jar",
            "examples/northshire-mh-2025.yaml",
            "examples/northshire-mh-2026.yaml",
            "examples/assessments-sample.csv",
            "examples/block-contract.yaml",
            "examples/isf/elm-road.json",
            "examples/pilot-council/current-costs.csv",
            "docs/cli.md",
            "LICENSE",
            "NOTICE",
            "README.md")) {
      assertTrue(Files.isRegularFile(home.resolve(file)), "the zip has no " + ROOT + file);
    }
    assertTrue(
        Files.getPosixFilePermissions(home.resolve("bin/ras")).contains(PosixFilePermission.OWNER_EXECUTE),
        "bin/ras is not executable in the zip");
    try (InputStream in = Files.newInputStream(home.resolve("lib/ras.jar"));
        JarInputStream jar = new JarInputStream(in)) {
      Manifest manifest = jar.getManifest();
      assertEquals("uk.ras.examples.Ras", manifest.getMainAttributes().getValue("Main-Class"));
      assertEquals(VERSION, manifest.getMainAttributes().getValue("Implementation-Version"));
    }
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void unpackedItAllocatesTheBundledSampleWithOnlyJava() throws Exception {
    Path workDir = Files.createDirectories(temp.resolve("empty-work-dir"));
    Run run = run(workDir, home.resolve("bin/ras").toString(), "allocate");
    assertEquals(0, run.exitCode, run.output);
    List<String> lines = run.output.lines().collect(Collectors.toList());
    assertTrue(lines.contains("Assessments: assessments-sample.csv (bundled)"), run.output);
    assertTrue(lines.contains("  Rows read:          250"), run.output);
    assertTrue(lines.contains("  Allocated:          250"), run.output);
    assertTrue(lines.contains("  Rejected:           0"), run.output);
    try (Stream<Path> left = Files.list(workDir)) {
      assertEquals(List.of(), left.collect(Collectors.toList()), "allocate wrote files into the work dir");
    }
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void theLauncherWorksThroughASymbolicLinkAndPassesItsArguments() throws Exception {
    Path links = Files.createDirectories(temp.resolve("links"));
    Path link = Files.createSymbolicLink(links.resolve("ras"), home.resolve("bin/ras"));
    Run help = run(links, link.toString(), "--help");
    assertEquals(0, help.exitCode, help.output);
    assertTrue(help.output.startsWith("Usage: ras [-hV] COMMAND"), help.output);

    Run explain = run(links, link.toString(), "allocate", "--explain", "P0007", "--out", "-");
    assertEquals(0, explain.exitCode, explain.output);
    assertTrue(explain.output.contains("Budget for P0007 under northshire-mh"), explain.output);

    Run wrong = run(links, link.toString(), "allocate", "--no-such-option");
    assertEquals(2, wrong.exitCode, wrong.output);
  }

  /** The Windows launcher cannot run here: it is read, line by line, for what a batch file needs. */
  @Test
  void theWindowsLauncherIsABatchFileWithCrlfLineEndsThatRunsTheJarWithItsArguments() throws IOException {
    byte[] bytes = Files.readAllBytes(home.resolve("bin/ras.cmd"));
    String text = new String(bytes, StandardCharsets.US_ASCII);
    assertTrue(text.endsWith("\r\n"), "bin/ras.cmd does not end with CRLF");
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        assertTrue(i > 0 && bytes[i - 1] == '\r', "a bare LF in bin/ras.cmd at byte " + i);
      }
      assertTrue(bytes[i] > 0 && bytes[i] < 0x7f, "bin/ras.cmd is not plain ASCII at byte " + i);
    }
    List<String> lines = List.of(text.split("\r\n"));
    assertEquals("@echo off", lines.get(0));

    List<String> commands = new ArrayList<>();
    for (String line : lines) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("rem") || trimmed.regionMatches(true, 0, "rem ", 0, 4)) {
        continue;
      }
      commands.add(trimmed);
      // Shell habits that mean nothing, or something else, to cmd.exe.
      for (String bashism : List.of("$", "#!", "[[", "../", "`", "'", "/dev/null")) {
        assertTrue(!trimmed.contains(bashism), "bin/ras.cmd: '" + bashism + "' in: " + trimmed);
      }
      assertTrue(
          !trimmed.matches("(?i).*\\b(then|fi|do|done|esac|export|source|function|local)\\b.*"),
          "bin/ras.cmd: a shell keyword in: " + trimmed);
      // Variables are %NAME%: apart from %* and %~dp0, the percent signs pair up on every line.
      String rest = trimmed.replace("%*", "").replace("%~dp0", "");
      assertEquals(0, rest.chars().filter(c -> c == '%').count() % 2, "unpaired % in: " + trimmed);
    }
    Set<String> known = Set.of("@echo", "setlocal", "set", "if", "exit", "\"%RAS_JAVA%\"");
    for (String command : commands) {
      assertTrue(known.contains(command.split(" ")[0]), "bin/ras.cmd: unexpected command: " + command);
    }
    assertTrue(commands.indexOf("setlocal") >= 0 && commands.indexOf("setlocal") < indexStarting(commands, "set "),
        "bin/ras.cmd sets variables before setlocal: they would leak into the caller's console");

    int run = indexStarting(commands, "\"%RAS_JAVA%\"");
    assertTrue(run >= 0, "bin/ras.cmd never runs java");
    String java = commands.get(run);
    assertTrue(java.contains(" -jar \"%~dp0..\\lib\\ras.jar\" "), "not the zip's jar, quoted: " + java);
    assertTrue(Files.isRegularFile(home.resolve("lib/ras.jar")), "the jar bin/ras.cmd runs is missing");
    assertTrue(java.endsWith(" %*"), "the arguments are not passed on: " + java);
    assertTrue(commands.contains("set \"RAS_JAVA=java\""), "plain java on the PATH is not the default");
    assertTrue(commands.contains("if defined JAVA_HOME set \"RAS_JAVA=%JAVA_HOME%\\bin\\java.exe\""),
        "JAVA_HOME is not honoured");
    assertEquals("exit /b %ERRORLEVEL%", commands.get(commands.size() - 1), "java's exit code is lost");
  }

  private static int indexStarting(List<String> commands, String prefix) {
    for (int i = 0; i < commands.size(); i++) {
      if (commands.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * docs/cli.md's worked example is what {@code bin/ras} prints: each {@code $ ras ...}, {@code $ cat
   * FILE} and {@code $ echo $?} of its blocks is run in one empty directory and its output compared, the
   * broken file made as the text says, and the last block is the end of {@code ras allocate}.
   */
  @Test
  @DisabledOnOs(OS.WINDOWS)
  void theCommandLineDocsWorkedExampleIsWhatTheCommandsPrint() throws Exception {
    String doc = Files.readString(Path.of("../docs/cli.md"), StandardCharsets.UTF_8);
    String example = doc.substring(doc.indexOf("## Worked example"));
    List<String> blocks = new ArrayList<>();
    for (int at = example.indexOf("```\n"); at >= 0; at = example.indexOf("```\n", example.indexOf("```", at + 4) + 3)) {
      blocks.add(example.substring(at + 4, example.indexOf("```", at + 4)));
    }
    assertEquals(3, blocks.size(), "the worked example's blocks");
    Path dir = Files.createDirectories(temp.resolve("worked-example"));
    String ras = home.resolve("bin/ras").toString();
    int exit = -1;
    for (String block : blocks.subList(0, 2)) {
      if (block.contains("broken.csv")) {
        // P0003's pc_wash is "sometimes", P0005 is dated 2024-12-01, as the text says.
        List<String> rows = new ArrayList<>(Files.readAllLines(dir.resolve("mine.csv")));
        for (int i = 1; i < rows.size(); i++) {
          if (rows.get(i).startsWith("P0003,")) {
            rows.set(i, rows.get(i).replace("2025-10-14,no_help,", "2025-10-14,sometimes,"));
          } else if (rows.get(i).startsWith("P0005,")) {
            rows.set(i, rows.get(i).replace("P0005,2026-06-14,", "P0005,2024-12-01,"));
          }
        }
        Files.write(dir.resolve("broken.csv"), rows);
        Files.deleteIfExists(dir.resolve("budgets.csv"));
      }
      String[] lines = block.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].startsWith("$ ")) {
          continue;
        }
        String command = lines[i].substring(2);
        StringBuilder shown = new StringBuilder();
        int j = i + 1;
        for (; j < lines.length && !lines[j].startsWith("$ "); j++) {
          shown.append(lines[j]).append('\n');
        }
        String expected = shown.toString().replaceAll("\n+$", "\n");
        String actual;
        if (command.startsWith("ras ")) {
          List<String> args = new ArrayList<>(List.of(ras));
          args.addAll(List.of(command.substring(4).split(" ")));
          Run run = run(dir, args.toArray(String[]::new));
          exit = run.exitCode;
          actual = run.output;
        } else if (command.startsWith("cat ")) {
          actual = Files.readString(dir.resolve(command.substring(4)), StandardCharsets.UTF_8);
        } else {
          assertEquals("echo $?", command);
          actual = exit + "\n";
        }
        assertEquals(expected, actual.replaceAll("\n+$", "\n"), "docs/cli.md: $ " + command);
      }
    }
    Run bundled = run(dir, ras, "allocate");
    assertEquals(0, bundled.exitCode, bundled.output);
    assertTrue(bundled.output.endsWith(blocks.get(2)), "docs/cli.md's last block is the end of ras allocate:\n" + bundled.output);
  }

  private record Run(int exitCode, String output) {}

  /**
   * Runs a command with a PATH on which the only Java is this JVM's java (no mvn, no JAVA_HOME), beside
   * the system's tools that sh needs.
   */
  private static Run run(Path dir, String... command) throws IOException, InterruptedException {
    Path javaOnly = temp.resolve("java-only");
    if (!Files.isDirectory(javaOnly)) {
      Files.createDirectories(javaOnly);
      Files.createSymbolicLink(javaOnly.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.remove("JAVA_HOME");
    env.remove("RAS_JAVA_OPTS");
    env.remove("JAVA_TOOL_OPTIONS");
    env.put("PATH", javaOnly + ":/usr/bin:/bin");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
    return new Run(process.exitValue(), output);
  }
}
