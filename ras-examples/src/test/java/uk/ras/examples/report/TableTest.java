package uk.ras.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uk.ras.money.Money;

/** A table's cells are escaped, and an exact amount marks only the cell it names. */
class TableTest {
  @Test
  void anExactAmountMarksItsCellWithThePence() {
    String html = Table.of("Figure", "Value", "Note")
        .row("Weekly cost", Numbers.money(Money.parse("1234.50")), "<b>")
        .exact(1, "current_weekly", Money.parse("1234.50"))
        .row("Change", Numbers.money(Money.parse("-3.00")), "")
        .html();
    // Written by hand: £1,234.50 is 123450 pence; the second row carries no mark.
    assertEquals("<table>\n<thead><tr><th class=\"l\">Figure</th><th>Value</th><th>Note</th></tr></thead>\n<tbody>\n"
        + "<tr><td class=\"l\">Weekly cost</td><td data-total=\"current_weekly\" data-pence=\"123450\">£1,234.50</td>"
        + "<td>&lt;b&gt;</td></tr>\n"
        + "<tr><td class=\"l\">Change</td><td>-£3.00</td><td></td></tr>\n</tbody>\n</table>\n", html);
  }

  @Test
  void aKeyThatIsNotPlainOrACellOutsideTheTableIsRefused() {
    Table t = Table.of("a", "b").row("x", "y");
    assertThrows(IllegalArgumentException.class, () -> t.exact(1, "a\" onclick=\"x", Money.zero()));
    assertThrows(IllegalArgumentException.class, () -> t.exact(2, "ok", Money.zero()));
    assertThrows(IllegalStateException.class, () -> Table.of("a").exact(0, "ok", Money.zero()));
  }
}
