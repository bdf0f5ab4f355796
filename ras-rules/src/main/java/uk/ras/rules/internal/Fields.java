package uk.ras.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of one mapping in a parsed file: unknown fields are noted when it is made (with a "did you
 * mean" when a known field is close), missing required ones when they are asked for. Shared by the
 * rule-file and setting-file mappers so both report alike.
 */
final class Fields {
  private final Node.MapNode map;
  private final Problems problems;

  Fields(Node.MapNode map, List<String> known, Problems problems) {
    this.map = map;
    this.problems = problems;
    for (Node.Entry entry : map.entries().values()) {
      if (!known.contains(entry.key())) {
        String suggestion =
            Suggestions.closest(entry.key(), known)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("; expected one of " + String.join(", ", known));
        problems.note(
            entry.line(),
            entry.column(),
            entry.value().path(),
            "unknown field '" + shorten(entry.key()) + "'" + suggestion);
      }
    }
  }

  /** The fields of {@code node}, or empty after a problem when it is not a mapping. */
  static Optional<Fields> of(Node node, List<String> known, Problems problems) {
    if (!(node instanceof Node.MapNode)) {
      problems.add(
          node, "expected a mapping with fields " + String.join(", ", known) + "; found " + node.describe());
      return Optional.empty();
    }
    return Optional.of(new Fields((Node.MapNode) node, known, problems));
  }

  /** Reads every item, so that each bad item is reported; empty if any item could not be read. */
  static <T> Optional<List<T>> list(Node node, Function<Node, Optional<T>> item, Problems problems) {
    if (!(node instanceof Node.ListNode)) {
      problems.add(node, "expected a list, found " + node.describe());
      return Optional.empty();
    }
    List<T> values = new ArrayList<>();
    boolean sound = true;
    for (Node n : ((Node.ListNode) node).items()) {
      Optional<T> value = item.apply(n);
      value.ifPresent(values::add);
      sound &= value.isPresent();
    }
    return sound ? Optional.of(values) : Optional.empty();
  }

  /** Text cut to 40 characters for a message, so that a hostile file cannot flood the output. */
  static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }

  Node.MapNode node() {
    return map;
  }

  Optional<Node.Entry> entry(String key) {
    return Optional.ofNullable(map.entries().get(key));
  }

  Optional<Node> optional(String key) {
    return entry(key).map(Node.Entry::value);
  }

  Optional<Node> required(String key) {
    Optional<Node> value = optional(key);
    if (value.isEmpty()) {
      problems.add(
          map.line(),
          map.column(),
          map.path().isEmpty() ? key : map.path() + "." + key,
          "missing required field '" + key + "'");
    }
    return value;
  }
}
