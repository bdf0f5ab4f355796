package uk.ras.examples.report;

/**
 * Small pictures drawn beside the key ideas of an easy-read letter: hand-written inline SVG in one dark
 * stroke, so they print in greyscale and need no image file. Each is decorative ({@code aria-hidden}): the
 * idea it stands beside is always said in words too, and a picture holds no text of its own.
 */
enum Icon {
  /** A banknote: an amount of money. */
  MONEY("<rect x=\"4\" y=\"13\" width=\"40\" height=\"22\" rx=\"3\"/><circle cx=\"24\" cy=\"24\" r=\"6\"/>"
      + "<circle cx=\"11\" cy=\"24\" r=\"1.5\" fill=\"#1a1a1a\"/><circle cx=\"37\" cy=\"24\" r=\"1.5\" fill=\"#1a1a1a\"/>"),
  /** A house: support where the person lives, or a provider. */
  HOUSE("<path d=\"M6 24 L24 8 L42 24\"/><path d=\"M11 20 V42 H37 V20\"/><rect x=\"20\" y=\"29\" width=\"8\" height=\"13\"/>"),
  /** A person: the reader, or someone who helps them. */
  PERSON("<circle cx=\"24\" cy=\"14\" r=\"7\"/><path d=\"M9 42 C9 30 16 25 24 25 C32 25 39 30 39 42 Z\"/>"),
  /** A calendar: a week, a year, a date. */
  CALENDAR("<rect x=\"6\" y=\"10\" width=\"36\" height=\"32\" rx=\"3\"/><path d=\"M6 19 H42 M15 6 V14 M33 6 V14\"/>"
      + "<path d=\"M13 26 H17 M22 26 H26 M31 26 H35 M13 34 H17 M22 34 H26\"/>"),
  /** A telephone: who to contact. */
  PHONE("<rect x=\"14\" y=\"4\" width=\"20\" height=\"40\" rx=\"4\"/><rect x=\"18\" y=\"9\" width=\"12\" height=\"25\"/>"
      + "<circle cx=\"24\" cy=\"39\" r=\"2\"/>"),
  /** A letter in its envelope: a decision, a complaint, writing to the person. */
  LETTER("<rect x=\"4\" y=\"12\" width=\"40\" height=\"26\" rx=\"2\"/><path d=\"M4 13 L24 28 L44 13\"/>");

  private final String drawing;

  Icon(String drawing) {
    this.drawing = drawing;
  }

  /** {@return the picture as an inline SVG element, hidden from screen readers; never null} */
  String svg() {
    return "<svg class=\"icon\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\" width=\"56\" height=\"56\" "
        + "aria-hidden=\"true\" focusable=\"false\"><g fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"2.5\" "
        + "stroke-linejoin=\"round\" stroke-linecap=\"round\">" + drawing + "</g></svg>";
  }
}
