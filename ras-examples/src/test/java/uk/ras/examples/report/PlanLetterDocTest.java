package uk.ras.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the "Letters" section of docs/plans.md true: each excerpt there is the letters' own text for S1's
 * approved plan ({@link PlanLetterTest#s1Approved}). The plain letter's excerpts are wrapped to the page of
 * the doc, so they are compared with the letter's text with the line breaks read as spaces; the easy-read
 * excerpt is compared line for line, as its lines are the letter's.
 */
class PlanLetterDocTest {
  private static final Pattern EXCERPT =
      Pattern.compile("<!-- (plain letter|easy-read) excerpt: S1 approved -->\n```text\n(.*?)```", Pattern.DOTALL);

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  @Test
  void everyExcerptOfTheLettersInTheDocIsTheirRealText() throws IOException {
    String doc = Files.readString(Path.of("../docs/plans.md"), StandardCharsets.UTF_8);
    List<String> plain = LetterText.lines(PlanLetterTest.s1Approved().plain());
    List<String> easy = LetterText.lines(PlanLetterTest.s1Approved().easyRead());
    String plainText = flat(String.join("\n", plain));
    Matcher m = EXCERPT.matcher(doc);
    int plainExcerpts = 0;
    int easyExcerpts = 0;
    while (m.find()) {
      String excerpt = m.group(2);
      if (m.group(1).equals("plain letter")) {
        // Starting and ending on the letter's own line breaks: a whole run of its lines.
        assertTrue((" " + plainText + " ").contains(" " + flat(excerpt) + " "),
            () -> "docs/plans.md excerpt is not the plain letter's text:\n" + excerpt + "\nletter:\n" + String.join("\n", plain));
        assertTrue(plain.contains(excerpt.lines().findFirst().orElseThrow()), "starts at a line of the letter: " + excerpt);
        plainExcerpts++;
      } else {
        List<String> lines = excerpt.lines().toList();
        assertTrue(Collections.indexOfSubList(easy, lines) >= 0,
            () -> "docs/plans.md excerpt is not a run of the easy-read letter's lines:\n" + excerpt + "\nletter:\n" + String.join("\n", easy));
        easyExcerpts++;
      }
    }
    assertEquals(2, plainExcerpts, "plain-letter excerpts in docs/plans.md");
    assertEquals(1, easyExcerpts, "easy-read excerpts in docs/plans.md");
  }
}
