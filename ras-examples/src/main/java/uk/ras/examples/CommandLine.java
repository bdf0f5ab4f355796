package uk.ras.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one command, checked against what the command accepts: {@code --name value}, {@code
 * --name=value} and flags. Every command reports the same mistakes in the same words: an unknown option,
 * an unexpected argument, an option without its value, an option given twice.
 */
final class CommandLine {
  private final Map<String, List<String>> values;
  private final Set<String> flags;

  private CommandLine(Map<String, List<String>> values, Set<String> flags) {
    this.values = values;
    this.flags = flags;
  }

  /**
   * @param args the arguments after the command's name
   * @param valued the options that take a value, such as {@code --rules}
   * @param flagNames the options that take none, such as {@code --ignore-dates}
   * @throws UsageException for an unknown option, a stray argument or a missing value
   */
  static CommandLine parse(String[] args, Set<String> valued, Set<String> flagNames) throws UsageException {
    Map<String, List<String>> values = new LinkedHashMap<>();
    Set<String> flags = new java.util.LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (value == null && flagNames.contains(name)) {
        flags.add(name);
        continue;
      }
      if (!valued.contains(name)) {
        throw new UsageException(
            arg.startsWith("-") ? "unknown option '" + arg + "'" : "unexpected argument '" + arg + "'");
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException("option " + name + " needs a value");
        }
        value = args[++i];
      }
      if (value.isBlank()) {
        throw new UsageException("option " + name + " needs a value");
      }
      values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return new CommandLine(values, flags);
  }

  /** Every value of a repeatable option, in order; empty when not given. */
  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /**
   * The value of an option that may be given once.
   *
   * @throws UsageException if it was given more than once
   */
  Optional<String> one(String name) throws UsageException {
    List<String> given = all(name);
    if (given.size() > 1) {
      throw new UsageException("option " + name + " given twice");
    }
    return given.stream().findFirst();
  }

  boolean has(String flag) {
    return flags.contains(flag);
  }

  /** Whether no option at all was given. */
  boolean isEmpty() {
    return values.isEmpty() && flags.isEmpty();
  }
}
