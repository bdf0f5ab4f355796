package uk.ras.rules.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Values that YAML 1.1 readers (PyYAML, SnakeYAML 1.x, many editors' linters) read as another type than
 * YAML 1.2 and JSON do: {@code yes}/{@code no}/{@code on}/{@code off}/{@code y}/{@code n} as booleans, and
 * whole numbers with a leading zero ({@code 010}) as octal. A file that means one thing to one reader and
 * another to the next must not be read as either: the typed fields refuse these spellings with a message
 * that says what to write. Shared by the rule-file and setting-file mappers so both report alike.
 */
final class LookAlikes {
  /** YAML 1.1's boolean words (also in any case); YAML 1.2 and JSON read them as text. */
  static final List<String> BOOLEAN_WORDS = List.of("yes", "no", "on", "off", "y", "n");

  private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9]+");

  private LookAlikes() {}

  /**
   * The problem with the value of a true/false field, or empty when it is {@code true} or {@code false}
   * written unquoted in lower case: the one spelling that every YAML reader and JSON agree on.
   */
  static Optional<String> booleanProblem(Node node) {
    if (!(node instanceof Node.ScalarNode)) {
      return Optional.of("expected true or false, found " + node.describe());
    }
    Node.ScalarNode scalar = (Node.ScalarNode) node;
    String text = scalar.text();
    String lower = text.strip().toLowerCase(Locale.ROOT);
    switch (scalar.kind()) {
      case BOOLEAN:
        // Only True/TRUE/False/FALSE besides the lower case reach here: YAML 1.2 booleans, refused so
        // that a true/false field has one spelling, the one the writer, the docs and JSON use.
        return text.equals("true") || text.equals("false")
            ? Optional.empty()
            : Optional.of("'" + text + "' has capital letters; write " + lower + ", in lower case");
      case TEXT:
        if (BOOLEAN_WORDS.contains(lower)) {
          return Optional.of("'" + Fields.shorten(text) + "' is not a true/false value; write true or false");
        }
        if (lower.equals("true") || lower.equals("false")) {
          return Optional.of(
              "'" + Fields.shorten(text) + "' is in quotes, which makes it text; write " + lower + " without quotes");
        }
        return Optional.of("expected true or false, found " + node.describe());
      default:
        return Optional.of("expected true or false, found " + node.describe());
    }
  }

  /**
   * The problem with a whole number written with a leading zero, such as {@code 010} (ten to YAML 1.2,
   * eight to YAML 1.1; {@code 09} is text to YAML 1.1), or empty; {@code 0}, {@code -0} and decimals such
   * as {@code 05.5} mean the same to both.
   */
  static Optional<String> octalProblem(Node.ScalarNode scalar) {
    if (scalar.kind() != Node.Kind.WHOLE_NUMBER || !LEADING_ZERO.matcher(scalar.text()).matches()) {
      return Optional.empty();
    }
    String text = scalar.text();
    String digits = text.replaceFirst("^[-+]?0+", "");
    String plain = digits.isEmpty() ? "0" : (text.startsWith("-") ? "-" : "") + digits;
    return Optional.of(
        "'"
            + Fields.shorten(text)
            + "' has a leading zero, which YAML 1.1 readers take for an octal number or text; write "
            + Fields.shorten(plain));
  }
}
