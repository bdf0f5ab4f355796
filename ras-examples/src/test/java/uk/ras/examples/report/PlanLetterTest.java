package uk.ras.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.examples.report.LetterScenarios.DATE;
import static uk.ras.examples.report.LetterScenarios.RULES;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.money.Money;
import uk.ras.plan.Decision;
import uk.ras.plan.ItemCost;
import uk.ras.plan.PlanCheck;
import uk.ras.ruleset.RuleSet;

/**
 * The letters of support plans built from the bundled rules and rates through the public API ({@link
 * LetterScenarios}), their figures worked by hand (as in ras-core's SupportPlanTest): the key sentences of
 * the plain letter and of the easy-read one for a plan within the indicative budget and approved, and one
 * above it, referred to the panel (then approved, or not); the easy-read letter's short lines and large
 * type; every text escaped; and both letters clean in Chromium on the expected number of A4 pages.
 */
public class PlanLetterTest {
  private static final Decision PANEL_APPROVES = Decision.approved("Northshire resource panel", DATE);
  static final String HOSTILE = "<script>alert(\"x\")</script> & 'q'\u0007";

  static PlanLetter s1Approved() {
    return PlanLetter.of(LetterScenarios.familyPaAndCoreSupport(), RULES)
        .decision(PANEL_APPROVES)
        .addressedTo("Mary Smith")
        .reviewContact("Northshire adult social care, 01632 960 123");
  }

  static PlanLetter s4Referred() {
    return PlanLetter.of(LetterScenarios.aboveIndicative(), RULES).addressedTo("Sam Jones");
  }

  private static void assertHas(List<String> lines, String expected) {
    assertTrue(lines.contains(expected), () -> "missing line:\n  " + expected + "\nin:\n  " + String.join("\n  ", lines));
  }

  /** The exact amounts the table marks: key -> pence. */
  private static Map<String, Long> exactCells(String html) {
    Map<String, Long> cells = new LinkedHashMap<>();
    Matcher m = Pattern.compile("data-total=\"([a-z_]+)\" data-pence=\"(-?\\d+)\"").matcher(html);
    while (m.find()) {
      cells.put(m.group(1), Long.parseLong(m.group(2)));
    }
    return cells;
  }

  @Test
  void thePlainLetterOfAnApprovedPlanWithinTheIndicativeBudgetStatesEveryFigure() {
    // S1 (SupportPlanTest): indicative 138.22 + 87.54 = £225.76 a week; x 52 = £11,739.52 a year.
    // Plan: core £60.00 (x 52 = £3,120.00), PA £94.15 (£4,895.56 a year), tenancy 2 h x £23.13 = £46.26
    // (x 52 = £2,405.52), outings unpaid. £200.41 a week, £10,421.08 a year; headroom 225.76 - 200.41 =
    // £25.35. Approved: the person pays the assessed £20.00, the council 200.41 - 20.00 = £180.41.
    // Held: the ISF 60.00 + 46.26 = £106.26 (3,120.00 + 2,405.52 = £5,525.52); the mother £94.15.
    // Streams: social care 94.15 + 23.13 = £117.28 (4,895.56 + 1,202.76 = £6,098.32), of the £20.00 £11.70;
    // Supporting People 60.00 + 23.13 = £83.13 (3,120.00 + 1,202.76 = £4,322.76), £8.30.
    String html = s1Approved().plain();
    List<String> lines = LetterText.lines(html);
    assertHas(lines, "To: Mary Smith");
    assertHas(lines, "Your reference: S1");
    assertHas(lines, "Date: 1 June 2026");
    assertHas(lines, "Your assessment gave you an indicative budget of £225.76 a week (£11,739.52 a year). This was a "
        + "starting point for planning your support, not a limit: your personal budget is what it costs to meet your "
        + "eligible needs in the plan that is agreed (Care Act 2014, section 26).");
    assertHas(lines, "Your personal budget is £200.41 a week. Northshire resource panel approved your support plan on "
        + "1 June 2026, and your personal budget is what the agreed plan costs. It is £25.35 a week below the "
        + "indicative budget.");
    assertHas(lines, "The cost of meeting your needs | £200.41");
    assertHas(lines, "What you pay (from your financial assessment) | £20.00");
    assertHas(lines, "What the council pays | £180.41");
    assertEquals(Map.of("cost", 20041L, "person", 2000L, "council", 18041L), exactCells(html));
    assertHas(lines, "Over the plan's year the cost of meeting your needs is £10,421.08.");
    assertHas(lines, "Core support (share of the house's sleep-in and day cover): support from a provider, paid "
        + "through an Individual Service Fund held by Hillside Housing Support. It helps with safety and security, and "
        + "maintaining housing commitments. It costs £60.00 a week (£3,120.00 in the plan's year).");
    assertHas(lines, "Personal assistant (employed by her mother): a personal assistant, paid through a direct payment "
        + "held by Mary S (mother), a specified amount under the family's control. It helps with personal care, and "
        + "eating and drinking. It costs £94.15 a week (£4,895.56 in the plan's year).");
    assertHas(lines, "Sunday outings: unpaid help from family, friends or the community. It costs nothing and helps "
        + "with community and relationships, and wellbeing.");
    assertHas(lines, "Altogether your plan costs £200.41 a week (£10,421.08 in the plan's year).");
    assertHas(lines, "An Individual Service Fund held by Hillside Housing Support (the provider holds it for you only "
        + "and spends it as you agree): £106.26 a week (£5,525.52 in the plan's year), for Core support (share of the "
        + "house's sleep-in and day cover), and Tenancy and money support.");
    assertHas(lines, "A direct payment held by Mary S (mother), a specified amount under the family's control (money "
        + "paid to them to arrange the support themselves): £94.15 a week (£4,895.56 in the plan's year), for "
        + "Personal assistant (employed by her mother).");
    assertHas(lines, "Together these are the whole cost of your plan: £200.41 a week (£10,421.08 in the plan's year).");
    assertHas(lines, "Adult social care: £117.28 a week (£6,098.32 in the plan's year), of which your contribution "
        + "pays £11.70 a week.");
    assertHas(lines, "Supporting People: £83.13 a week (£4,322.76 in the plan's year), of which your contribution "
        + "pays £8.30 a week.");
    // Work and learning: 1 point (prompting), no item meets it.
    assertHas(lines, "Your assessment found this need, which no part of your plan meets yet: work and learning. Please "
        + "talk to us about how to meet it: your plan can be changed.");
    assertTrue(lines.stream().anyMatch(l -> l.contains("contact Northshire adult social care, 01632 960 123.")), lines::toString);
    // The trace is the library's own explanation, to the agreed figures.
    assertHas(lines, "Plan cost: £60.00 + £94.15 + £46.26 = £200.41 a week; £10,421.08 in the plan's year.");
    assertHas(lines, "Decision: approved by Northshire resource panel on 2026-06-01.");
  }

  @Test
  void thePlainLetterOfAPlanAboveTheIndicativeBudgetSaysItHasGoneToThePanelUntrimmed() {
    // S4 (SupportPlanTest): indicative 156.65 + 27.64 = £184.29 (x 52 = £9,583.08). PA £332.54 (£17,292.00
    // a year), evening 4 h x £23.63 = £94.52 (x 52 = £4,915.04), telecare £4.50 (£234.00): £431.56 a week,
    // 431.56 - 184.29 = £247.27 above, driven by the PA alone (332.54 >= 247.27). The council manages
    // 94.52 + 4.50 = £99.02 (4,915.04 + 234.00 = £5,149.04).
    String html = s4Referred().plain();
    List<String> lines = LetterText.lines(html);
    assertHas(lines, "Your plan has gone to the panel");
    assertHas(lines, "Your plan costs £431.56 a week, £247.27 a week more than the indicative budget. That does not "
        + "mean it is refused or cut: the indicative budget is not a limit. Your plan has gone to the council's panel, "
        + "who will decide on it as it is. The cost above the indicative budget comes mainly from Personal assistant "
        + "(£332.54 a week).");
    assertHas(lines, "No personal budget is agreed yet. When the panel has decided, we will write to you with the three "
        + "figures of your personal budget: its cost, what you pay and what the council pays.");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("Your assessment gave you an indicative budget of £184.29 a "
        + "week (£9,583.08 a year).")), lines::toString);
    assertEquals(Map.of(), exactCells(html), "no personal budget table before the decision");
    // S4 holds the direct payment themselves: the letter says "you".
    assertHas(lines, "A direct payment held by you (money paid to you to arrange the support yourself): £332.54 a "
        + "week (£17,292.00 in the plan's year), for Personal assistant.");
    assertHas(lines, "Managed by the council (the council arranges and pays for the support you choose): £99.02 a week "
        + "(£5,149.04 in the plan's year), for Evening support and Telecare.");
    assertHas(lines, "Every need your assessment found is met by at least one part of your plan.");
    assertTrue(lines.stream().anyMatch(l -> l.contains("contact " + PlanLetter.DEFAULT_REVIEW_CONTACT + ".")), lines::toString);
    assertFalse(lines.stream().anyMatch(l -> l.contains("of which your contribution pays")), "no contribution yet");
  }

  @Test
  void whenThePanelApprovesThePlanAboveTheIndicativeBudgetItsCostIsTheBudget() {
    // S4 approved: the budget is the plan's £431.56, £247.27 above; the person pays the assessed £35.00,
    // the council 431.56 - 35.00 = £396.56.
    String html = PlanLetter.of(LetterScenarios.aboveIndicative(), RULES).decision(PANEL_APPROVES).plain();
    List<String> lines = LetterText.lines(html);
    assertHas(lines, "Your personal budget is £431.56 a week. Northshire resource panel approved your support plan on "
        + "1 June 2026, and your personal budget is what the agreed plan costs. It is £247.27 a week above the "
        + "indicative budget, as the panel agreed.");
    assertEquals(Map.of("cost", 43156L, "person", 3500L, "council", 39656L), exactCells(html));
    assertHas(lines, "Over the plan's year the cost of meeting your needs is £22,441.04.");
  }

  @Test
  void aPlanNotApprovedSaysSoWithTheReasonAndNoBudget() {
    // The reason as the panel wrote it, without its full stop: the letter ends the sentence.
    Decision no = Decision.notApproved("Northshire resource panel", DATE.plusDays(7), "the evening hours need a review first");
    PlanLetter letter = PlanLetter.of(LetterScenarios.aboveIndicative(), RULES).decision(no);
    List<String> lines = LetterText.lines(letter.plain());
    assertHas(lines, "Your plan was not approved");
    assertHas(lines, "Northshire resource panel did not approve your support plan on 8 June 2026. The reason given: the "
        + "evening hours need a review first. No personal budget is agreed yet. Your plan would cost £431.56 a week. "
        + "You can ask for a review of this decision (see below).");
    assertHas(lines, "Date: 8 June 2026");
    List<String> easy = LetterText.lines(letter.easyRead());
    assertHas(easy, "Northshire resource panel did not say yes to your plan.");
    assertHas(easy, "They said: the evening hours need a review first.");
    assertHas(easy, "You do not have a personal budget yet.");
  }

  @Test
  void aGreenhouseIsSpreadOverItsYearsAndAnUnconfirmedFriendMeetsNoNeed() {
    // S3 (SupportPlanTest): £1,000.00 over 3 years: £333.34 this year, / 52 = £6.41 a week; support worker
    // £23.13; £29.54 a week, 46.07 - 29.54 = £16.53 below. Jo is not confirmed, so daily living (1 point) and
    // community (3 points) are unmet.
    PlanLetter letter = PlanLetter.of(LetterScenarios.greenhouse(), RULES);
    List<String> lines = LetterText.lines(letter.plain());
    assertHas(lines, "Your plan is waiting for approval");
    assertHas(lines, "Your plan costs £29.54 a week, £16.53 a week below the indicative budget. It has not been approved "
        + "yet. When it is, your personal budget will be the cost of the agreed plan, and we will write to you with its "
        + "three figures: its cost, what you pay and what the council pays.");
    assertHas(lines, "Greenhouse: a one-off purchase, paid through a direct payment held by you. It helps with wellbeing. "
        + "Its price is spread over 3 years: this year's part is £333.34 (£6.41 a week).");
    assertHas(lines, "Allotment society visits: unpaid help from family, friends or the community. It costs nothing. We "
        + "cannot count it as meeting a need until the person giving it has told us they are willing and able to.");
    assertHas(lines, "Your assessment found these needs, which no part of your plan meets yet: daily living, and "
        + "community and relationships. Please talk to us about how to meet them: your plan can be changed.");
    List<String> easy = LetterText.lines(letter.easyRead());
    assertHas(easy, "Greenhouse: £333.34 this year.");
    assertHas(easy, "We pay for it over 3 years.");
    assertHas(easy, "We need to check they can help first.");
    assertHas(easy, "Your plan does not help with daily living yet.");
    assertHas(easy, "Your plan does not help with community and relationships yet.");
  }

  @Test
  void theEasyReadLetterOfAnApprovedPlanSaysTheKeyFiguresOneIdeaALine() {
    // The figures of S1 above: indicative £225.76, budget £200.41 (£10,421.08 a year), the person £20.00,
    // the council £180.41; the ISF £106.26, the mother £94.15; social care £117.28, Supporting People £83.13.
    List<String> easy = LetterText.lines(s1Approved().easyRead());
    for (String expected : List.of(
        "This letter is for Mary Smith.",
        "At first we said about £225.76 a week.",
        "That was a starting point.",
        "It was not a limit.",
        "Northshire resource panel said yes to your plan.",
        "Your plan costs £200.41 a week.",
        "This is your personal budget.",
        "In one year that is £10,421.08.",
        "You pay £20.00 a week towards it.",
        "The council pays £180.41 a week.",
        "Personal assistant (employed by her mother): £94.15 a week.",
        "Hillside Housing Support keeps £106.26 a week for you.",
        "This is called an Individual Service Fund.",
        "Mary S (mother), a specified amount under the family's control gets £94.15 a week.",
        "This is called a direct payment.",
        "Adult social care pays £117.28 a week.",
        "Supporting People pays £83.13 a week.",
        "Your plan does not help with work and learning yet.",
        "You can ask us to look at your plan again.",
        "This is called a review.",
        "Contact Northshire adult social care, 01632 960 123.")) {
      assertHas(easy, expected);
    }
  }

  @Test
  void theEasyReadLetterOfAPlanAboveTheIndicativeBudgetSaysThePanelWillDecide() {
    // S4: £431.56 a week, 431.56 - 184.29 = £247.27 more than the indicative £184.29.
    List<String> easy = LetterText.lines(s4Referred().easyRead());
    for (String expected : List.of(
        "At first we said about £184.29 a week.",
        "Your plan costs £431.56 a week.",
        "That is £247.27 a week more than the starting point.",
        "A group called the panel will look at your plan.",
        "We have not cut your plan.",
        "We will write to you when the panel decides.",
        "You get £332.54 a week.",
        "The council keeps £99.02 a week for you.",
        "It pays for:",
        "Evening support.",
        "Telecare.")) {
      assertHas(easy, expected);
    }
    assertFalse(easy.contains("This is your personal budget."), "no budget before the panel decides");
  }

  /** Every letter of the scenarios: approved, referred or waiting, and not approved. */
  static List<PlanLetter> everyLetter() {
    List<PlanLetter> letters = new ArrayList<>();
    for (PlanCheck c : List.of(LetterScenarios.familyPaAndCoreSupport(), LetterScenarios.greenhouse(),
        LetterScenarios.aboveIndicative())) {
      letters.add(PlanLetter.of(c, RULES));
      letters.add(PlanLetter.of(c, RULES).decision(PANEL_APPROVES));
      letters.add(PlanLetter.of(c, RULES).decision(Decision.notApproved("Team manager", DATE, "we need to meet first.")));
    }
    letters.add(s1Approved());
    return letters;
  }

  @Test
  void everyLineOfTheEasyReadLettersIsOneShortSentence() {
    // One idea a line: a line is one sentence (no full stop inside it followed by a new sentence) of at most
    // 15 words; the names of items and holders count as the reader reads them.
    Pattern twoSentences = Pattern.compile("[.!?] +[A-Z]");
    int checked = 0;
    for (PlanLetter letter : everyLetter()) {
      for (String line : LetterText.lines(letter.easyRead())) {
        assertTrue(LetterText.words(line) <= 15, () -> LetterText.words(line) + " words: " + line);
        assertFalse(twoSentences.matcher(line).find(), () -> "two sentences on one line: " + line);
        checked++;
      }
    }
    assertTrue(checked > 200, "lines checked: " + checked);
  }

  /** Every amount the library worked out for a plan and its decision: what a letter may state. */
  private static Set<Money> computed(PlanCheck c) {
    Set<Money> all = new HashSet<>(List.of(c.indicative().weekly(), c.indicative().annual(),
        c.weekly(), c.annual(), c.headroom(), c.excess()));
    for (ItemCost i : c.items()) {
      all.add(i.weekly());
      all.add(i.annual());
      all.addAll(i.annualCharges());
    }
    c.controls().forEach(t -> all.addAll(List.of(t.weekly(), t.annual())));
    c.streams().forEach(t -> all.addAll(List.of(t.weekly(), t.annual(), t.personContribution())));
    c.decide(PANEL_APPROVES).ifPresent(a -> {
      all.addAll(List.of(a.personalBudget().cost(), a.personalBudget().personContribution(),
          a.personalBudget().councilContribution(), a.annual(), a.indicativeWeekly()));
      a.streams().forEach(t -> all.addAll(List.of(t.weekly(), t.annual(), t.personContribution())));
    });
    return all;
  }

  @Test
  void everyAmountInALetterIsOneTheLibraryWorkedOut() {
    // The letters format amounts and add nothing up: every £ figure in their words (before the library's own
    // working, which the plain letter quotes) is one of the amounts of the check or of its agreed budget.
    Pattern pounds = Pattern.compile("£[0-9,]+\\.[0-9]{2}");
    int amounts = 0;
    for (PlanCheck c : List.of(LetterScenarios.familyPaAndCoreSupport(), LetterScenarios.greenhouse(),
        LetterScenarios.aboveIndicative())) {
      Set<Money> computed = computed(c);
      for (PlanLetter letter : List.of(PlanLetter.of(c, RULES), PlanLetter.of(c, RULES).decision(PANEL_APPROVES))) {
        for (String html : List.of(letter.plain(), letter.easyRead())) {
          for (String line : LetterText.lines(html)) {
            if (line.equals("How the figures were worked out")) {
              break;
            }
            Matcher m = pounds.matcher(line);
            while (m.find()) {
              String amount = m.group();
              assertTrue(computed.contains(Money.parse(amount.substring(1).replace(",", ""))),
                  () -> amount + " is not an amount the library worked out for " + c.person() + ": " + line);
              amounts++;
            }
          }
        }
      }
    }
    assertTrue(amounts > 150, "amounts checked: " + amounts);
  }

  @Test
  void theEasyReadLetterPrintsInLargeTypeWithAPictureHiddenFromScreenReadersBesideEachIdea() {
    // Print: body 16 pt, headings 24 and 20 pt.
    Matcher print = Pattern.compile("@media print\\{(.*)\\}\\n").matcher(PlanLetter.EASY_READ_STYLE);
    assertTrue(print.find(), PlanLetter.EASY_READ_STYLE);
    Map<String, Integer> points = new LinkedHashMap<>();
    Matcher size = Pattern.compile("(body|h1|h2)\\{[^}]*font-size:(\\d+)pt").matcher(print.group(1));
    while (size.find()) {
      points.put(size.group(1), Integer.parseInt(size.group(2)));
    }
    assertTrue(points.get("body") >= 16, points::toString);
    assertTrue(points.get("h1") >= 20 && points.get("h2") >= 20, points::toString);
    String html = s1Approved().easyRead();
    int pictures = html.split("<svg", -1).length - 1;
    int hidden = html.split("<svg class=\"icon\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\" width=\"56\" "
        + "height=\"56\" aria-hidden=\"true\" focusable=\"false\">", -1).length - 1;
    int ideas = html.split("<div class=\"idea\">", -1).length - 1;
    assertTrue(pictures >= 10, "pictures: " + pictures);
    assertEquals(pictures, hidden, "every picture is hidden from screen readers");
    assertEquals(ideas, pictures, "a picture beside each idea");
    assertFalse(html.contains("<text"), "a picture says nothing the words do not");
  }

  @Test
  void everyTextFromAFileIsEscapedAndNoLetterHasAScriptOrFetchesAnything() {
    PlanCheck hostile = LetterScenarios.aboveIndicative(HOSTILE, HOSTILE);
    PlanLetter letter = PlanLetter.of(hostile, RULES).addressedTo(HOSTILE).reviewContact(HOSTILE)
        .decision(Decision.notApproved(HOSTILE, DATE, HOSTILE));
    for (String html : List.of(letter.plain(), letter.easyRead())) {
      assertFalse(html.contains("<script"), "no script");
      assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;\\u0007"), "escaped");
      assertFalse(html.contains("\u0007"), "control characters shown as escapes");
      assertFalse(html.matches("(?s).*(src=|href=|url\\(|@import|<link|<img).*"), "nothing fetched");
      assertTrue(LetterText.lines(html).stream().anyMatch(l -> l.contains("<script>alert(\"x\")</script> & 'q'\\u0007")),
          "the name reads as it was given");
    }
    for (PlanLetter l : everyLetter()) {
      assertFalse(l.plain().contains("<script") || l.easyRead().contains("<script"));
    }
  }

  @Test
  void aLetterNeedsTheRulesThatAllocatedItsBudgetAndANamedReaderAndContact() {
    PlanCheck c = LetterScenarios.greenhouse();
    RuleSet other = RuleSet.builder().from(RULES).version("2026.2").build();
    assertThrows(IllegalArgumentException.class, () -> PlanLetter.of(c, other));
    assertThrows(IllegalArgumentException.class, () -> PlanLetter.of(c, RULES).addressedTo(" "));
    assertThrows(IllegalArgumentException.class, () -> PlanLetter.of(c, RULES).reviewContact(""));
    assertThrows(NullPointerException.class, () -> PlanLetter.of(c, RULES).decision(null));
  }

  @Test
  void bothLettersAreCleanInChromiumOnTheirA4Pages(@TempDir Path dir) throws Exception {
    // Approved within (S1) and referred to the panel (S4); each letter is clean: nothing over the page's
    // edge on screen or printed, every heading on the page of its text, A4, and on the pages expected (the
    // plain letter's last page or two are the working, "How the figures were worked out").
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("s1-" + PlanLetter.PLAIN_FILE, s1Approved().plain());
    pages.put("s1-" + PlanLetter.EASY_READ_FILE, s1Approved().easyRead());
    pages.put("s4-" + PlanLetter.PLAIN_FILE, s4Referred().plain());
    pages.put("s4-" + PlanLetter.EASY_READ_FILE, s4Referred().easyRead());
    Map<String, Integer> expectedPages = Map.of(
        "s1-" + PlanLetter.PLAIN_FILE, 4, "s1-" + PlanLetter.EASY_READ_FILE, 3,
        "s4-" + PlanLetter.PLAIN_FILE, 3, "s4-" + PlanLetter.EASY_READ_FILE, 2);
    for (Map.Entry<String, String> e : pages.entrySet()) {
      Path page = Files.writeString(dir.resolve(e.getKey()), e.getValue());
      BrowserCheck.Findings f = BrowserCheck.assertClean(page, 0, expectedPages.get(e.getKey()));
      if (e.getKey().contains("easy-read")) {
        // Large type, as Chromium lays the page out for print: text at least 16 pt, headings at least 20 pt.
        assertTrue(f.smallestPrintedText() >= 16, e.getKey() + ": smallest text " + f.smallestPrintedText() + " pt");
        assertTrue(f.smallestPrintedHeading() >= 20, e.getKey() + ": smallest heading " + f.smallestPrintedHeading() + " pt");
      } else {
        assertTrue(f.smallestPrintedText() >= 8, e.getKey() + ": smallest text " + f.smallestPrintedText() + " pt");
      }
    }
  }

  @Test
  void aLongUnbrokenNameWrapsInsteadOfRunningOffThePage(@TempDir Path dir) throws Exception {
    String longName = "A".repeat(150);
    PlanLetter letter = PlanLetter.of(LetterScenarios.aboveIndicative(longName, longName), RULES).addressedTo(longName)
        .decision(PANEL_APPROVES);
    Path plain = Files.writeString(dir.resolve("long.html"), letter.plain());
    Path easy = Files.writeString(dir.resolve("long-easy.html"), letter.easyRead());
    for (Path page : List.of(plain, easy)) {
      BrowserCheck.Findings f = BrowserCheck.assertClean(page, 0);
      assertEquals(List.of(), f.overflows(), page.getFileName().toString());
    }
  }
}
