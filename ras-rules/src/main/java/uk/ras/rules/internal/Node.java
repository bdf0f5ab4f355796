package uk.ras.rules.internal;

import java.util.List;
import java.util.Map;

/**
 * A node of a parsed rule file with where it starts. Jackson's own {@code JsonNode} tree forgets token
 * locations, and every problem we report must point at a line and column, so we build our own tree.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {
  /** The node's path in the rule-file schema, such as {@code pricing.bands[3].from}; "" for the root. */
  String path();

  /** 1-based. */
  int line();

  /** 1-based. */
  int column();

  /** What the node is, for "expected ..., found ..." messages. */
  String describe();

  /** A mapping; keys keep their file order. */
  record MapNode(String path, int line, int column, Map<String, Entry> entries) implements Node {
    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A key of a mapping, with where the key itself is written, and its value. */
  record Entry(String key, int line, int column, Node value) {}

  record ListNode(String path, int line, int column, List<Node> items) implements Node {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** The kinds of scalar the two formats share. */
  enum Kind {
    TEXT,
    WHOLE_NUMBER,
    DECIMAL,
    BOOLEAN,
    NULL
  }

  /** A scalar with its source text (numbers are never converted by Jackson, so nothing is lost). */
  record ScalarNode(String path, int line, int column, Kind kind, String text) implements Node {
    @Override
    public String describe() {
      switch (kind) {
        case TEXT:
          return "text '" + RuleSetMapper.shorten(text) + "'";
        case WHOLE_NUMBER:
        case DECIMAL:
          return "the number " + RuleSetMapper.shorten(text);
        case BOOLEAN:
          return text;
        default:
          return "no value";
      }
    }
  }
}
