package uk.ras.rules.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Builds the located {@link Node} tree from Jackson's token stream, for YAML and JSON alike.
 *
 * <p>Untrusted input: no Java type is ever constructed from the file (we read tokens, never bind
 * polymorphically); YAML tags are refused, and so are aliases, which also rules out the "billion
 * laughs" expansion (Jackson reports an alias as a single token and never expands it, and we refuse
 * it). Depth is checked here, before Jackson's own limit, so that the error is located.
 */
final class TreeBuilder {
  private final JsonParser parser;
  private final Problems problems;
  private final int maxDepth;
  private final int maxStringLength;
  private final String expected;
  private final String fileKind;
  private final Map<String, Node> byPath = new HashMap<>();

  /**
   * @param expected what the file should hold, for "the file is empty; expected ...", such as "a rule set"
   * @param fileKind what the file is, for "... holds one document", such as "a rule file"
   */
  TreeBuilder(
      JsonParser parser, Problems problems, int maxDepth, int maxStringLength, String expected, String fileKind) {
    this.parser = parser;
    this.problems = problems;
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.expected = expected;
    this.fileKind = fileKind;
  }

  /** Every node by its path, for locating the core validator's problems. */
  Map<String, Node> byPath() {
    return byPath;
  }

  /** Returns the root, or empty after recording why there is none (empty file, syntax error, limit). */
  Optional<Node> build() {
    try {
      if (parser.nextToken() == null) {
        problems.add(1, 1, "", "the file is empty; expected " + expected);
        return Optional.empty();
      }
      Node root = node("", 0);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        problems.add(
            at.getLineNr(), at.getColumnNr(), "", fileKind + " holds one document; found a second one");
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (Abort e) {
      return Optional.empty();
    } catch (StreamConstraintsException e) {
      JsonLocation at = parser.currentLocation();
      problems.add(at.getLineNr(), at.getColumnNr(), "", limitMessage(e));
      return Optional.empty();
    } catch (StreamReadException e) {
      syntaxError(e);
      return Optional.empty();
    } catch (YAMLException e) {
      // SnakeYAML limits (such as the code point limit) can surface unwrapped.
      JsonLocation at = parser.currentLocation();
      problems.add(at.getLineNr(), at.getColumnNr(), "", "the file cannot be read: " + e.getMessage());
      return Optional.empty();
    } catch (IOException e) {
      // Only reading from memory happens here: the caller read the bytes (and their size) first.
      JsonLocation at = parser.currentLocation();
      problems.add(at.getLineNr(), at.getColumnNr(), "", "the file cannot be read: " + e.getMessage());
      return Optional.empty();
    }
  }

  private Node node(String path, int depth) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    checkYamlExtras(path, line, column);
    JsonToken token = parser.currentToken();
    Node node;
    switch (token) {
      case START_OBJECT:
        checkDepth(path, depth, line, column);
        node = mapping(path, depth, line, column);
        break;
      case START_ARRAY:
        checkDepth(path, depth, line, column);
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(node(path + "[" + items.size() + "]", depth + 1));
        }
        node = new Node.ListNode(path, line, column, List.copyOf(items));
        break;
      case VALUE_STRING:
        node = scalar(path, line, column, Node.Kind.TEXT);
        break;
      case VALUE_NUMBER_INT:
        node = scalar(path, line, column, Node.Kind.WHOLE_NUMBER);
        break;
      case VALUE_NUMBER_FLOAT:
        node = scalar(path, line, column, Node.Kind.DECIMAL);
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        node = scalar(path, line, column, Node.Kind.BOOLEAN);
        break;
      case VALUE_NULL:
        node = new Node.ScalarNode(path, line, column, Node.Kind.NULL, "");
        break;
      default:
        // VALUE_EMBEDDED_OBJECT: YAML !!binary and the like, which no rule field accepts.
        problems.add(line, column, path, "unsupported value; expected text, a number, a list or a mapping");
        node = new Node.ScalarNode(path, line, column, Node.Kind.NULL, "");
    }
    byPath.putIfAbsent(path, node);
    return node;
  }

  private Node.MapNode mapping(String path, int depth, int line, int column) throws IOException {
    Map<String, Node.Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      JsonLocation keyAt = parser.currentTokenLocation();
      String key = parser.currentName();
      String childPath = path.isEmpty() ? key : path + "." + key;
      parser.nextToken();
      Node.Entry earlier = entries.get(key);
      if (earlier != null) {
        // Parse the duplicate's value anyway (to keep the token stream in step), but keep the first:
        // which of two values was meant is for the author to say, not for us to guess.
        problems.note(
            keyAt.getLineNr(),
            keyAt.getColumnNr(),
            childPath,
            "duplicate field '" + key + "' (first written at line " + earlier.line() + ")");
        // byPath keeps the first node of each path, so the duplicate's nodes never displace it.
        node(childPath, depth + 1);
      } else {
        Node value = node(childPath, depth + 1);
        entries.put(key, new Node.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
      }
    }
    return new Node.MapNode(path, line, column, java.util.Collections.unmodifiableMap(entries));
  }

  private Node.ScalarNode scalar(String path, int line, int column, Node.Kind kind) throws IOException {
    String text = parser.getText();
    // Jackson checks string length for JSON; the YAML parser does not, so check both here.
    if (text.length() > maxStringLength) {
      problems.add(line, column, path, "text of " + text.length() + " characters; at most " + maxStringLength + " are allowed");
      text = text.substring(0, 40);
    }
    return new Node.ScalarNode(path, line, column, kind, text);
  }

  private void checkDepth(String path, int depth, int line, int column) {
    if (depth >= maxDepth) {
      problems.add(line, column, path, "nesting is deeper than " + maxDepth + " levels");
      throw new Abort();
    }
  }

  private void checkYamlExtras(String path, int line, int column) throws IOException {
    if (!(parser instanceof YAMLParser)) {
      return;
    }
    YAMLParser yaml = (YAMLParser) parser;
    if (yaml.isCurrentAlias()) {
      // Stop at the first: an alias bomb holds thousands, and one message says all there is to say.
      problems.add(
          line,
          column,
          path,
          "YAML aliases are not allowed (found *" + shorten(parser.getText()) + "); write the value out in full");
      throw new Abort();
    }
    String tag = yaml.getTypeId();
    if (tag != null) {
      problems.add(
          line, column, path, "YAML tags are not allowed (found " + shorten(tagName(tag)) + "); remove the tag");
    }
  }

  private void syntaxError(StreamReadException e) {
    String format = parser instanceof YAMLParser ? "YAML" : "JSON";
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYAMLException) {
      MarkedYAMLException marked = (MarkedYAMLException) cause;
      Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
      String problem = marked.getProblem() != null ? marked.getProblem() : marked.getContext();
      String context =
          marked.getContext() != null && marked.getProblem() != null ? " (" + marked.getContext() + ")" : "";
      int line = mark != null ? mark.getLine() + 1 : 1;
      int column = mark != null ? mark.getColumn() + 1 : 1;
      problems.add(line, column, "", format + " syntax error: " + problem + context);
      return;
    }
    if (cause instanceof YAMLException) {
      JsonLocation at = parser.currentLocation();
      problems.add(at.getLineNr(), at.getColumnNr(), "", "the file cannot be read: " + cause.getMessage());
      return;
    }
    JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    String message = plain(e.getOriginalMessage());
    if (message.startsWith("Expected a field name")) {
      // YAML allows a list or mapping as a key ("? [a, b]"); Jackson's message names SnakeYAML's classes.
      message = "a field name must be text, not a list or a mapping";
    }
    problems.add(at.getLineNr(), at.getColumnNr(), "", format + " syntax error: " + message);
  }

  /** Jackson's first line, without its "(code 125)" asides, which mean nothing to a rule author. */
  private static String plain(String jacksonMessage) {
    String first = jacksonMessage == null ? "unreadable input" : jacksonMessage.split("\n", 2)[0];
    return first.replaceAll(" \\(code -?\\d+\\)", "").replace("\\n", "").trim();
  }

  private static String limitMessage(StreamConstraintsException e) {
    String first = plain(e.getOriginalMessage());
    return "the file exceeds a safety limit: " + first.replaceAll(",? (from|by) `[^`]*`", "");
  }

  /** Jackson gives tags expanded ("tag:yaml.org,2002:java.net.URL"); show them as written ("!!java.net.URL"). */
  private static String tagName(String tag) {
    String standard = "tag:yaml.org,2002:";
    return tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : "!" + tag;
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  /** Unwinds the recursion once reading cannot go on; the problem is already recorded. */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }
}
