package uk.ras.rules.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The JSON and YAML readers every located file format shares (rule files, setting files), configured
 * once with the safety limits. Immutable and thread-safe (Jackson's factories are, once configured).
 */
final class Formats {
  private final long maxFileBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final JsonFactory json;
  private final YAMLFactory yaml;

  /**
   * @param maxFileBytes the largest file accepted, in bytes (and, for text given as a string, in chars)
   * @param maxNestingDepth the deepest nesting of lists and mappings accepted
   * @param maxStringLength the longest text value accepted, in characters
   */
  Formats(long maxFileBytes, int maxNestingDepth, int maxStringLength) {
    this.maxFileBytes = maxFileBytes;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            // One more than our own limit: TreeBuilder reports the depth with a location first.
            .maxNestingDepth(maxNestingDepth + 1)
            // Twice ours, so that TreeBuilder reports a long text at its start with its path; this
            // one only stops a text so long that holding it would be the attack.
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, 2L * maxStringLength))
            .maxNameLength(Math.min(maxStringLength, 1000))
            .maxNumberLength(100)
            .maxDocumentLength(maxFileBytes)
            .build();
    // Source snippets stay out of locations (Jackson's default since 2.16): our messages quote values
    // deliberately and briefly, never a slice of an untrusted file.
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
    LoaderOptions loader = new LoaderOptions();
    // Aliases are refused by TreeBuilder in any case; these keep SnakeYAML itself from doing work
    // for a hostile file before we see a token.
    loader.setMaxAliasesForCollections(10);
    loader.setAllowRecursiveKeys(false);
    // Duplicates are errors, but TreeBuilder finds them (located, and reading goes on to find the
    // other problems); with false here Jackson would stop at the first with a bare message.
    loader.setAllowDuplicateKeys(true);
    loader.setNestingDepthLimit(maxNestingDepth + 1);
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
    loader.setProcessComments(false);
    this.yaml =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(constraints)
            // YAML 1.2's booleans only (true, false; also True, TRUE, ... which the mappers refuse): the
            // YAML 1.1 words yes, no, on and off stay the text written, so that an option id 'no' is
            // the id 'no', and a boolean field can say that 'yes' is not how to write true (read as a
            // boolean, its text "yes" would have become false). Jackson already reads y and n as text.
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build();
  }

  long maxFileBytes() {
    return maxFileBytes;
  }

  int maxNestingDepth() {
    return maxNestingDepth;
  }

  int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Decodes a file's bytes as UTF-8 (with or without a byte-order mark), as both YAML 1.2 and JSON (RFC
   * 8259) require of files exchanged between systems; or records why not and returns empty.
   *
   * @param size the file's size as known before reading it (a file over the limit is refused unread)
   */
  Optional<String> decode(byte[] bytes, long size, Problems problems) {
    if (size > maxFileBytes) {
      problems.add(1, 1, "", tooLarge(size));
      return Optional.empty();
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      problems.add(1, 1, "", "the file is not UTF-8 text; save it as UTF-8");
      return Optional.empty();
    }
  }

  /** Returns the text without a byte-order mark, or records that it is too long and returns empty. */
  Optional<String> checkLength(String text, Problems problems) {
    if (text.length() > maxFileBytes) {
      problems.add(1, 1, "", tooLarge(text.length()));
      return Optional.empty();
    }
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** A parser for the content, JSON or YAML as {@link #isJson} decides. */
  JsonParser open(String source, String content) throws IOException {
    return isJson(source, content) ? json.createParser(content) : yaml.createParser(content);
  }

  private String tooLarge(long size) {
    return "the file is " + size + " bytes; at most " + maxFileBytes + " are allowed";
  }

  /** The extension decides; without a known one, a first character of '{' or '[' means JSON. */
  static boolean isJson(String source, String content) {
    String name = source.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return true;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return false;
    }
    String start = content.stripLeading();
    return start.startsWith("{") || start.startsWith("[");
  }
}
