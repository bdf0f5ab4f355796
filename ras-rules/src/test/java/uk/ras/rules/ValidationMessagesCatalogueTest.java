package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static uk.ras.rules.MalformedRuleFilesTest.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/validation-messages.md true: the catalogue is generated from the examples below by running
 * the reader, and this test fails when the file on disk differs. After changing a message, regenerate it
 * with {@code mvn -pl ras-rules -am verify -Dtest=ValidationMessagesCatalogueTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dras.writeCatalogue=true}.
 */
class ValidationMessagesCatalogueTest {
  private static final Path CATALOGUE = Path.of("../docs/validation-messages.md");
  private static final String TINY = load("good/tiny.yaml");
  private static final String PRICING = "pricing:\n  pricePerPoint: 5.00\n";
  private static final String OPTIONS =
      "        options:\n"
          + "          - { id: none, label: No help, points: 0 }\n"
          + "          - { id: some, label: Some help, points: 4 }\n";

  /** One catalogue entry: a file that produces the message(s), and why they arise. */
  record Example(String section, String title, String file, String content, String why, RuleSetReader reader) {
    Example(String section, String title, String file, String content, String why) {
      this(section, title, file, content, why, RuleSetReader.create());
    }
  }

  static List<Example> examples() {
    List<Example> e = new ArrayList<>();
    String s = "Reading the file";
    e.add(new Example(s, "YAML syntax error", "council.yaml", load("bad/syntax-error.yaml"),
        "The YAML parser's own description, at the place it stopped. Here a flow mapping `{ ... }` lacks its closing brace."));
    e.add(new Example(s, "JSON syntax error", "council.json", load("bad/syntax-error.json"),
        "The JSON parser's description, at the place it stopped. Here a trailing comma before `]`."));
    e.add(new Example(s, "YAML key that is not text", "council.yaml", "? [id, name]\n: tiny\n",
        "YAML allows a list or a mapping as a key; a rule file does not."));
    e.add(new Example(s, "Empty file", "council.yaml", "", "A file with no document (or only comments)."));
    e.add(new Example(s, "More than one document", "council.yaml", TINY + "---\nid: other\n",
        "A rule file holds one rule set; use one file per version."));
    e.add(new Example(s, "Not UTF-8", "council.yaml", null,
        "The bytes are not UTF-8 (here `Café` saved as Latin-1). Only reading from a file or stream can produce this."));
    e.add(new Example(s, "File too large", "council.yaml", TINY,
        "Checked before the file is read. The default limit is 5 MB (here a reader limited to 100 bytes).",
        RuleSetReader.builder().maxFileBytes(100).build()));
    e.add(new Example(s, "Nesting too deep", "council.json", "[".repeat(33) + "]".repeat(33),
        "Lists and mappings nested more than 32 levels (a valid file needs 6)."));
    e.add(new Example(s, "Text too long", "council.yaml", TINY.replace("Tiny council", "x".repeat(101)),
        "A text value over the limit (default 10,000 characters; here a reader limited to 100).",
        RuleSetReader.builder().maxStringLength(100).build()));
    e.add(new Example(s, "YAML alias", "council.yaml", load("bad/alias-bomb.yaml"),
        "Anchors (`&a`) may be written but aliases (`*a`) are refused, which also defeats the \"billion laughs\" attack. Reading stops at the first alias."));
    e.add(new Example(s, "YAML tag", "council.yaml", load("bad/java-tag.yaml"),
        "Tags (`!!str`, `!!java...`, `!custom`) are refused; nothing named by a tag is ever constructed."));

    s = "Shape of the file";
    e.add(new Example(s, "Top level is not a mapping", "council.yaml", load("bad/list-at-top.yaml"), "The file must be a mapping of fields."));
    e.add(new Example(s, "Missing required field", "council.yaml", load("bad/missing-field.yaml"),
        "Placed at the mapping that lacks the field."));
    e.add(new Example(s, "Unknown field, with a suggestion", "council.yaml", load("bad/unknown-field.yaml"),
        "A field the format does not have; when a known field is within two edits, it is suggested."));
    e.add(new Example(s, "Unknown field, without a suggestion", "council.yaml",
        TINY.replace("name: Care\n", "name: Care\n    colour: blue\n"),
        "Otherwise the fields allowed at that place are listed."));
    e.add(new Example(s, "Duplicate field", "council.yaml", load("bad/duplicate-key.yaml"),
        "The first value is kept for the other checks; the file is refused."));
    e.add(new Example(s, "Expected a mapping", "council.yaml", TINY.replace(PRICING, "pricing: 5.00\n"),
        "Each kind of value names what was expected and what was found."));
    e.add(new Example(s, "Expected a list", "council.yaml",
        TINY.replace(OPTIONS, "        options: none\n"), ""));
    e.add(new Example(s, "Expected text", "council.yaml", load("bad/unquoted-version.yaml"),
        "YAML reads `2026.1` as a number, so versions must be quoted."));
    e.add(new Example(s, "Expected a whole number", "council.yaml", load("bad/wrong-type.yaml"), ""));
    e.add(new Example(s, "Expected true or false", "council.yaml",
        TINY.replace("        text: Washing\n", "        text: Washing\n        required: sometimes\n"), ""));
    e.add(new Example(s, "True/false written as yes, no, on or off, in capitals or in quotes", "council.yaml",
        load("bad/yaml-1-1-booleans.yaml"),
        "A true/false field accepts `true` or `false`, unquoted and in lower case, and nothing else. YAML 1.1 "
            + "readers take `yes`/`on` for true and `no`/`off` for false (and so did this reader, reading `yes` as "
            + "false); `y` and `n` are booleans to some tools. Elsewhere these words are text: the option ids "
            + "`no`, `yes`, `n` and `off` here are kept as written."));
    e.add(new Example(s, "Expected a number", "council.yaml", TINY.replace("pricePerPoint: 5.00", "pricePerPoint: five"), ""));
    e.add(new Example(s, "Blank id", "council.yaml", load("bad/blank-id.yaml"), "Ids must contain something other than spaces."));
    e.add(new Example(s, "Exactly one pricing method: two given", "council.yaml", load("bad/two-pricing-methods.yaml"), ""));
    e.add(new Example(s, "Exactly one pricing method: none given", "council.yaml", load("bad/no-pricing-method.yaml"), ""));

    s = "Values";
    e.add(new Example(s, "Not a date", "council.yaml", load("bad/bad-date.yaml"),
        "Dates are ISO `YYYY-MM-DD`; impossible dates such as 30 February are refused."));
    e.add(new Example(s, "Fraction of a penny", "council.yaml", load("bad/fraction-of-a-penny.yaml"),
        "Amounts are pounds with at most two decimals; a third decimal is an error, never rounded."));
    e.add(new Example(s, "Whole number too large", "council.yaml", load("bad/huge-number.yaml"), ""));
    e.add(new Example(s, "Number too large", "council.yaml", load("bad/huge-exponent.yaml"),
        "Decimals may have at most 12 digits before the point, which also stops `1e999999`."));
    e.add(new Example(s, "Too many decimals", "council.yaml", TINY.replace("pricePerPoint: 5.00", "pricePerPoint: 1e-20"),
        "Decimals may have at most 12 decimal places."));
    e.add(new Example(s, "Not a decimal number", "council.yaml", load("bad/not-a-number.yaml"),
        "`.nan`, `.inf` and hexadecimal numbers are refused."));
    e.add(new Example(s, "YAML 1.1 look-alikes in other fields", "council.yaml", load("bad/yaml-1-1-typed-fields.yaml"),
        "`yes`, `no`, `on`, `off`, `y` and `n` are text, so a date, number or name field says what it expected. A "
            + "whole number with a leading zero (`010`) is ten to YAML 1.2 and eight (octal) to YAML 1.1, so it is "
            + "refused; decimals such as `05.50` and quoted text are unambiguous."));
    e.add(new Example(s, "Unknown rounding mode", "council.yaml", load("bad/bad-rounding.yaml"),
        "Names of `java.math.RoundingMode`, in any case."));
    e.add(new Example(s, "Unknown weeks per year", "council.yaml", load("bad/bad-weeks-per-year.yaml"), ""));
    e.add(new Example(s, "Unknown ceiling policy", "council.yaml", load("bad/bad-ceiling-policy.yaml"), ""));

    s = "Meaning of the rules (from the core validator)";
    e.add(new Example(s, "Currency", "council.yaml", TINY.replace("effectiveFrom: 2026-04-01\n", "effectiveFrom: 2026-04-01\ncurrency: EUR\n"), ""));
    e.add(new Example(s, "Rounding mode that cannot round", "council.yaml",
        TINY.replace("effectiveFrom: 2026-04-01\n", "effectiveFrom: 2026-04-01\nrounding: UNNECESSARY\n"), ""));
    e.add(new Example(s, "No domains", "council.yaml", TINY.substring(0, TINY.indexOf("domains:")) + "domains: []\n" + PRICING, ""));
    e.add(new Example(s, "Duplicate domain id", "council.yaml",
        TINY.replace(PRICING, "  - id: care\n    name: Care again\n    questions:\n      - id: dress\n        text: Dressing\n" + OPTIONS + PRICING), ""));
    e.add(new Example(s, "Negative cap", "council.yaml", TINY.replace("    name: Care\n", "    name: Care\n    cap: -1\n"), ""));
    e.add(new Example(s, "Domain without questions", "council.yaml",
        TINY.substring(0, TINY.indexOf("    questions:")) + "    questions: []\n" + PRICING, ""));
    e.add(new Example(s, "Duplicate question id", "council.yaml",
        TINY.replace(PRICING, "      - id: wash\n        text: Washing again\n" + OPTIONS + PRICING),
        "Question ids are unique in the whole rule set, the informal-support question included."));
    e.add(new Example(s, "Question without options", "council.yaml", TINY.replace(OPTIONS, "        options: []\n"), ""));
    e.add(new Example(s, "Duplicate option id", "council.yaml", TINY.replace("id: some,", "id: none,"), ""));
    e.add(new Example(s, "Negative points", "council.yaml", load("bad/negative-points.yaml"), ""));
    e.add(new Example(s, "Too many points", "council.yaml", TINY.replace("points: 4 }", "points: 2000000 }"),
        "The calculator precomputes one amount per possible total, so totals are bounded."));
    String informal = "informalSupport:\n  question: informal\n  text: How much do family and friends help?\n";
    String informalOptions = "  options:\n    - { id: none, label: None, share: 0 }\n    - { id: half, label: About half, share: 0.5 }\n";
    e.add(new Example(s, "Informal support: question id already used", "council.yaml",
        TINY.replace(PRICING, informal.replace("question: informal", "question: wash") + informalOptions + PRICING), ""));
    e.add(new Example(s, "Informal support: no options", "council.yaml",
        TINY.replace(PRICING, informal + "  options: []\n" + PRICING), ""));
    e.add(new Example(s, "Informal support: rounding that cannot round", "council.yaml",
        TINY.replace(PRICING, informal + "  rounding: UNNECESSARY\n" + informalOptions + PRICING), ""));
    e.add(new Example(s, "Informal support: duplicate option id", "council.yaml",
        TINY.replace(PRICING, informal + informalOptions.replace("id: half", "id: none") + PRICING), ""));
    e.add(new Example(s, "Informal support: share outside 0 to 1", "council.yaml", load("bad/share-out-of-range.yaml"), ""));
    e.add(new Example(s, "Informal support: unknown domain", "council.yaml", load("bad/unknown-informal-domain.yaml"), ""));
    e.add(new Example(s, "Informal support: domain listed twice", "council.yaml",
        TINY.replace(PRICING, informal + "  appliesTo: [care, care]\n" + informalOptions + PRICING), ""));
    e.add(new Example(s, "Negative price per point", "council.yaml", TINY.replace("pricePerPoint: 5.00", "pricePerPoint: -5.00"), ""));
    e.add(new Example(s, "Empty banding table", "council.yaml", TINY.replace(PRICING, "pricing:\n  bands: []\n"), ""));
    e.add(new Example(s, "Bands: first band, overlap, uncovered totals, falling amount, floor above ceiling", "council.yaml",
        load("bad/band-problems.yaml"), "Several problems of one file, all reported."));
    e.add(new Example(s, "Bands: gap", "council.yaml", load("bad/band-gap.yaml"), ""));
    e.add(new Example(s, "Bands: 'to' below 'from', open band not last, negative amount", "council.yaml",
        TINY.replace(PRICING, "pricing:\n  bands:\n    - { from: 0, weekly: -1.00 }\n    - { from: 5, to: 3, weekly: 10.00 }\n"), ""));
    e.add(new Example(s, "Empty interpolation", "council.yaml", TINY.replace(PRICING, "pricing:\n  interpolation: []\n"), ""));
    e.add(new Example(s, "Interpolation: first point, negative amount, points not rising, falling amount", "council.yaml",
        TINY.replace(PRICING, "pricing:\n  interpolation:\n    - { points: 1, weekly: -1.00 }\n    - { points: 1, weekly: 20.00 }\n    - { points: 4, weekly: 15.00 }\n"), ""));
    e.add(new Example(s, "Contingency, floor and ceiling out of range", "council.yaml",
        TINY.replace(PRICING, PRICING + "  contingencyPercent: 100\n  floor: -1.00\n  ceiling: { weekly: 0.00, policy: refer }\n"), ""));
    e.add(new Example(s, "Largest weekly amount too large", "council.yaml",
        TINY.replace("pricePerPoint: 5.00", "pricePerPoint: 999999999999.99").replace("points: 4 }", "points: 100000 }"),
        "No valid rule set may be able to make more than £1,000,000.00 a week before its ceiling: the price per"
            + " point (the rule set's and each stream's) is checked at the most points the questionnaire can"
            + " score, and every band, knot and the floor on its own. This bounds every amount the engine derives"
            + " (annual amounts, totals over millions of budgets) far inside exact arithmetic."));

    s = "Funding streams, attribution and pools";
    e.add(new Example(s, "Not a FACS band", "council.yaml", load("bad/bad-facs-band.yaml"),
        "A stream's `eligibility.facsFrom` is one of the four FACS bands, in any case."));
    e.add(new Example(s, "Stream fields", "council.yaml", load("bad/stream-field-problems.yaml"),
        "Streams are read like every other mapping: unknown fields, wrong types and fractions of a penny are located."));
    e.add(new Example(s, "Attribution to an undeclared stream", "council.yaml", load("bad/unknown-stream.yaml"),
        "A domain's `funding` names streams declared under `streams`; the declared ids are listed."));
    e.add(new Example(s, "Fallback to an undeclared stream", "council.yaml", load("bad/unknown-otherwise.yaml"), ""));
    e.add(new Example(s, "Fallback to the stream itself", "council.yaml",
        load("good/streams.yaml").replace("otherwise: supporting_people", "otherwise: social_care"), ""));
    e.add(new Example(s, "Shares that do not add up to 100%", "council.yaml", load("bad/shares-not-100.yaml"),
        "Placed at the domain's `funding` list."));
    e.add(new Example(s, "Share outside more than 0 to 100", "council.yaml",
        load("good/streams.yaml").replace("share: 40,", "share: 0,").replace("share: 60 }", "share: 100 }"), ""));
    e.add(new Example(s, "Domain without funding", "council.yaml", load("bad/missing-funding.yaml"),
        "When the rule set declares streams, every domain says who pays for it; placed at the domain."));
    e.add(new Example(s, "Funding without streams", "council.yaml",
        TINY.replace("    name: Care\n", "    name: Care\n    funding: [{ stream: social_care }]\n"), ""));
    e.add(new Example(s, "Duplicate stream id", "council.yaml", load("bad/duplicate-stream.yaml"),
        "The second declaration is refused, so what named the stream it replaced is reported too."));
    e.add(new Example(s, "Stream price without pricing per point", "council.yaml", load("bad/stream-price-with-bands.yaml"), ""));
    e.add(new Example(s, "Negative stream price and envelope", "council.yaml",
        load("good/streams.yaml").replace("pricePerPoint: 4.50", "pricePerPoint: -4.50").replace("annualEnvelope: 40000", "annualEnvelope: -40000"), ""));
    e.add(new Example(s, "Pools: unknown stream, listed twice, reserve out of range, reserve for a stream outside the pool", "council.yaml",
        load("bad/pool-problems.yaml"), ""));
    e.add(new Example(s, "Pools: stream without an envelope, reserve without its stream, duplicate pool id", "council.yaml",
        load("good/streams.yaml").replace("    annualEnvelope: 100000.00\n", "").replace("    reservedFor: supporting_people\n", "")
            + "  - { id: community, name: Again, streams: [supporting_people] }\n", ""));
    e.add(new Example(s, "Practitioner's choice: unknown stream, listed twice, default not among them", "council.yaml",
        load("good/choices.yaml").replace("practitionerChoice: [social_care, supporting_people, after_care]",
            "practitionerChoice: [social_care, nhs, social_care]"),
        "A domain's `practitionerChoice` names declared streams once each, and includes every stream of the domain's"
            + " `funding` (each `stream` and `otherwise`): the default is a choice a practitioner could make."));
    e.add(new Example(s, "Practitioner's choice among streams of different prices", "council.yaml",
        load("good/choices.yaml").replace("    name: Supporting People\n", "    name: Supporting People\n    pricePerPoint: 3.50\n"),
        "Priced per point, the streams a practitioner may choose among price a point alike: the choice decides who"
            + " pays, never how much (see funding.md)."));
    e.add(new Example(s, "Practitioner's choice without streams", "council.yaml",
        TINY.replace("    name: Care\n", "    name: Care\n    practitionerChoice: [social_care]\n"), ""));
    e.add(new Example(s, "Section 117 streams: unknown, listed twice, chargeable, with eligibility", "council.yaml",
        load("good/choices.yaml")
            .replace("section117Streams: [after_care]", "section117Streams: [after_care, nhs, after_care, social_care]")
            .replace("    chargeable: false\n", ""),
        "Each names a declared stream once; a section 117 stream is free to the person (`chargeable: false`, written"
            + " out) and funds whoever is entitled, so it declares no `eligibility`."));

    s = "Several files";
    e.add(new Example(s, "Two versions with the same effective date", "council-2026b.yaml", TINY,
        "From `readRegistry`: each version of a council's rules needs its own effective date. (Here "
            + "`council-2026a.yaml` is the same file.)"));
    return e;
  }

  @Test
  void theCatalogueShowsTheRealOutputOfEveryExample() throws IOException {
    String generated = generate();
    if (Boolean.getBoolean("ras.writeCatalogue")) {
      Files.writeString(CATALOGUE, generated);
    }
    String onDisk = Files.readString(CATALOGUE);
    if (!onDisk.equals(generated)) {
      fail("docs/validation-messages.md differs from the reader's real output; regenerate it (see "
          + "ValidationMessagesCatalogueTest's Javadoc)");
    }
  }

  @Test
  void everyExampleProducesAtLeastOneProblem() throws IOException {
    for (Example example : examples()) {
      assertTrue(!output(example).isEmpty(), example.title());
    }
    assertEquals(examples().size(), examples().stream().map(Example::title).distinct().count());
  }

  private static String generate() throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Rule-file messages\n\n")
        .append("Every message the rule-file reader (`uk.ras.rules.RuleSetReader`) can report, with a file that\n")
        .append("produces it and the exact output. This file is generated by running the reader\n")
        .append("(`ValidationMessagesCatalogueTest`), and the build fails when it no longer matches.\n\n")
        .append("Each problem reads `file:line:column path: message` (line and column are 1-based; the path uses\n")
        .append("the field names of [the format](rule-file.md)). Every problem in a file is reported at once:\n")
        .append("first those of the file's shape and values; when those still allow a rule set to be built\n")
        .append("(an unknown or duplicate field does), also those of the rules' meaning, from the core validator.\n")
        .append("Problems are listed by line and column. After 100 problems, one more line says that more were\n")
        .append("found.\n\n")
        .append("Most examples are variations of this file, `council.yaml`:\n\n")
        .append("```yaml\n").append(TINY).append("```\n");
    String section = "";
    int n = 0;
    for (Example example : examples()) {
      if (!example.section().equals(section)) {
        section = example.section();
        md.append("\n## ").append(section).append("\n");
      }
      n++;
      List<RuleFileProblem> problems = output(example);
      md.append("\n### ").append(n).append(". ").append(example.title()).append("\n\n");
      if (!example.why().isEmpty()) {
        md.append(example.why()).append("\n\n");
      }
      if (example.content() != null) {
        md.append("```text\n").append(excerpt(example.content(), problems)).append("```\n\n");
      }
      md.append("```text\n");
      for (RuleFileProblem p : problems) {
        md.append(p).append('\n');
      }
      md.append("```\n");
    }
    return md.toString();
  }

  /** The numbered lines around the problems, as an editor would show them. */
  private static String excerpt(String content, List<RuleFileProblem> problems) {
    String[] lines = content.split("\n", -1);
    int first = problems.stream().mapToInt(RuleFileProblem::line).min().orElse(1);
    int last = problems.stream().mapToInt(RuleFileProblem::line).max().orElse(1);
    int from = Math.max(1, first - 2);
    int to = Math.min(lines.length, Math.max(last + 1, from + 2));
    if (to - from > 14) {
      to = from + 14;
    }
    StringBuilder out = new StringBuilder();
    for (int i = from; i <= to; i++) {
      if (i == lines.length && lines[i - 1].isEmpty()) {
        break;
      }
      String text = lines[i - 1];
      out.append(String.format("%3d | %s%n", i, text.length() > 100 ? text.substring(0, 97) + "..." : text));
    }
    return out.toString().replace("\r\n", "\n");
  }

  private static List<RuleFileProblem> output(Example example) throws IOException {
    try {
      if (example.content() == null) {
        byte[] latin1 = "name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        example.reader().read(example.file(), new java.io.ByteArrayInputStream(latin1));
      } else if (example.section().equals("Several files")) {
        Path dir = Files.createTempDirectory("catalogue");
        Path a = Files.writeString(dir.resolve("council-2026a.yaml"), example.content());
        Path b = Files.writeString(dir.resolve(example.file()), example.content());
        try {
          example.reader().readRegistry(List.of(a, b));
        } catch (RuleFileException e) {
          // Show the file names as a caller would give them, not the temporary directory.
          return e.problems().stream()
              .map(p -> new RuleFileProblem(Path.of(p.source()).getFileName().toString(), p.line(), p.column(), p.path(),
                  p.message().replace(dir.toString() + "/", "")))
              .toList();
        }
      } else {
        example.reader().read(example.file(), example.content());
      }
    } catch (RuleFileException e) {
      return e.problems();
    }
    return List.of();
  }

  private static String load(String name) {
    try {
      return resource(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
