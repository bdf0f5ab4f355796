package uk.ras.examples.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import uk.ras.allocation.DomainPoints;
import uk.ras.allocation.PersonalBudget;
import uk.ras.examples.files.OutputFile;
import uk.ras.money.Money;
import uk.ras.plan.AgreedBudget;
import uk.ras.plan.Control;
import uk.ras.plan.ControlTotal;
import uk.ras.plan.Decision;
import uk.ras.plan.HeldBy;
import uk.ras.plan.ItemCost;
import uk.ras.plan.ItemKind;
import uk.ras.plan.PlanCheck;
import uk.ras.plan.StreamPortion;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.RuleSet;

/**
 * The letters that tell a person about their support plan (issue 21): a plain-English letter and an
 * easy-read version, each a printable A4 page on the report kit. Both say what the indicative figure was
 * and that it was a starting point, not a cap; the agreed personal budget and its three figures (Care Act
 * 2014 s26) once the plan is approved, or that it is not yet approved, has gone to the panel, or was not
 * approved; what the plan pays for, item by item; who holds which money; which funding streams pay; the
 * needs no item meets; and how to ask for a review or complain.
 *
 * <p>Every amount is one the library worked out ({@link PlanCheck}, {@link AgreedBudget}): the letters only
 * format them, and add nothing up. Every text from a file (names, the decision's reason, the contact) is
 * escaped. One thread.
 *
 * <pre>{@code
 * PlanCheck check = plan.check(indicative, rules, rates, date);
 * PlanLetter letter = PlanLetter.of(check, rules)
 *     .decision(Decision.approved("Northshire resource panel", date))
 *     .addressedTo("Mary Smith")
 *     .reviewContact("Northshire adult social care, 01234 567890");
 * OutputFile.writeText(dir, PlanLetter.PLAIN_FILE, letter.plain());
 * OutputFile.writeText(dir, PlanLetter.EASY_READ_FILE, letter.easyRead());
 * }</pre>
 */
public final class PlanLetter {
  /** The plain-English letter's file name in a letters directory. */
  public static final String PLAIN_FILE = "plan-letter.html";
  /** The easy-read letter's file name in a letters directory. */
  public static final String EASY_READ_FILE = "plan-letter-easy-read.html";
  /** Who to contact for a review or a complaint, when no contact is given. */
  public static final String DEFAULT_REVIEW_CONTACT = "your social worker, or the council's adult social care team";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  /**
   * A letter's style: the report kit's print rules (A4, a heading kept with what follows it, nothing split
   * that fits on one page), in a letter's type; long words from files may break anywhere rather than run
   * off the page.
   */
  static final String PLAIN_STYLE =
      "body{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:16px;line-height:1.5;max-width:700px;"
          + "margin:1.5em auto;padding:0 1em;color:#111;background:#fff;overflow-wrap:anywhere}\n"
          + "h1{font-size:1.5em;margin:.3em 0 .6em}h2{font-size:1.2em;margin:1.3em 0 .4em}\n"
          + "h1,h2,h3{break-after:avoid;page-break-after:avoid}\n"
          + ".keep,table,tr,svg{break-inside:avoid;page-break-inside:avoid}\n"
          + "table{border-collapse:collapse;margin:.4em 0 .8em}\n"
          + "th,td{border:1px solid #999;padding:3px 10px;text-align:right;font-variant-numeric:tabular-nums}\n"
          + "th{background:#eee}.l{text-align:left}tr.total td{font-weight:bold}\n"
          + ".entry{margin:.4em 0 .6em 1.2em;break-inside:avoid;page-break-inside:avoid}\n"
          + ".head p{margin:.1em 0}.head{margin:0 0 1em}\n"
          + ".note{color:#333;font-size:.93em}.trace{color:#333;font-size:.8em;margin:.1em 0}\n"
          + "@page{size:A4;margin:18mm}\n"
          + "@media print{body{max-width:none;margin:0;padding:0;font-size:11pt}}\n";

  /**
   * The easy-read style: large type (16 pt body, 20 pt and more headings in print), one idea a line, wide
   * spacing, a picture to the left of each idea.
   */
  static final String EASY_READ_STYLE =
      "body{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:22px;line-height:1.5;max-width:760px;"
          + "margin:1.5em auto;padding:0 1em;color:#111;background:#fff;overflow-wrap:anywhere}\n"
          + "h1{font-size:32px;margin:.3em 0 .8em}h2{font-size:27px;margin:1.3em 0 .6em}\n"
          + "h1,h2,h3{break-after:avoid;page-break-after:avoid}\n"
          + ".keep,svg,.idea{break-inside:avoid;page-break-inside:avoid}\n"
          + ".idea{display:flex;align-items:flex-start;gap:22px;margin:0 0 1.1em}\n"
          + ".idea .icon,.idea .noicon{flex:none;width:56px;height:56px}\n"
          + ".idea p{margin:0 0 .5em}.idea ul{margin:0 0 .5em;padding-left:1.3em}.idea li{margin:0 0 .4em}\n"
          + "@page{size:A4;margin:16mm}\n"
          + "@media print{body{max-width:none;margin:0;padding:0;font-size:16pt}h1{font-size:24pt}h2{font-size:20pt}"
          + ".idea .icon,.idea .noicon{width:15mm;height:15mm}}\n";

  private final PlanCheck check;
  private final Map<DomainId, String> needNames = new HashMap<>();
  private Decision decision;
  private AgreedBudget agreed;
  private String name;
  private String contact = DEFAULT_REVIEW_CONTACT;
  private LocalDate dated;

  private PlanLetter(PlanCheck check, RuleSet rules) {
    this.check = check;
    for (Domain d : rules.domains()) {
      needNames.put(d.id(), d.name());
    }
    this.name = check.person().value();
  }

  /**
   * The letters of a checked plan, not yet decided: within the indicative budget it waits for approval;
   * above it, it has gone to the panel.
   *
   * @param check the plan checked, not null
   * @param rules the rule set that allocated its indicative budget (for the names of the needs), not null
   * @return never null
   * @throws IllegalArgumentException if {@code rules} did not allocate the plan's indicative budget
   */
  public static PlanLetter of(PlanCheck check, RuleSet rules) {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(rules, "rules");
    if (!check.indicative().ruleSetLabel().equals(rules.label())) {
      throw new IllegalArgumentException(
          "the plan's indicative budget was allocated by " + check.indicative().ruleSetLabel() + ", not " + rules.label());
    }
    return new PlanLetter(check, rules);
  }

  /**
   * Records the decision on the plan: approved, the letters state the agreed personal budget ({@link
   * PlanCheck#decide}); not approved, they say so, with the reason.
   *
   * @param decision not null
   * @return this
   */
  public PlanLetter decision(Decision decision) {
    this.decision = Objects.requireNonNull(decision, "decision");
    this.agreed = check.decide(decision).orElse(null);
    return this;
  }

  /**
   * Whom the letter is to; by default the person's reference.
   *
   * @param name the person's name, not null, not blank
   * @return this
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public PlanLetter addressedTo(String name) {
    this.name = nonBlank(name, "name");
    return this;
  }

  /**
   * Who to contact for a review or a complaint; by default {@value #DEFAULT_REVIEW_CONTACT}.
   *
   * @param contact such as "Northshire adult social care, 01234 567890"; not null, not blank
   * @return this
   * @throws IllegalArgumentException if {@code contact} is blank
   */
  public PlanLetter reviewContact(String contact) {
    this.contact = nonBlank(contact, "contact");
    return this;
  }

  /**
   * The letter's date; by default the decision's, or the day the plan was checked.
   *
   * @param date not null
   * @return this
   */
  public PlanLetter dated(LocalDate date) {
    this.dated = Objects.requireNonNull(date, "date");
    return this;
  }

  private static String nonBlank(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException("a letter's " + what + " must not be blank");
    }
    return text.strip();
  }

  private LocalDate date() {
    if (dated != null) {
      return dated;
    }
    return decision != null ? decision.on() : check.date();
  }

  private String reference() {
    return check.person().value();
  }

  // ---------------------------------------------------------------------------------------------------
  // The plain-English letter

  /** {@return the plain-English letter, a complete HTML page; never null} */
  public String plain() {
    Page page = Page.styled("Your support plan and personal budget", PLAIN_STYLE);
    page.markup("<div class=\"head\">"
        + line("To: " + name)
        + line("Your reference: " + reference())
        + line("Date: " + day(date()))
        + "</div>\n");
    page.paragraph("This letter tells you about your support plan: how much it costs, what it pays for, who holds "
        + "the money and how to ask us to look at it again.");
    Money indicative = check.indicative().weekly();

    page.heading("Where we started: your indicative budget", "indicative");
    page.paragraph("Your assessment gave you an indicative budget of " + money(indicative) + " a week ("
        + money(check.indicative().annual()) + " a year). This was a starting point for planning your support, not a "
        + "limit: your personal budget is what it costs to meet your eligible needs in the plan that is agreed "
        + "(Care Act 2014, section 26).");

    page.heading(budgetHeading(), "budget");
    if (agreed != null) {
      PersonalBudget pb = agreed.personalBudget();
      page.paragraph("Your personal budget is " + money(pb.cost()) + " a week. " + decision.by() + " approved your "
          + "support plan on " + day(decision.on()) + ", and your personal budget is what the agreed plan costs. "
          + (!check.withinIndicative()
              ? "It is " + money(check.excess()) + " a week above the indicative budget, as the panel agreed."
              : check.headroom().isZero()
                  ? "It is the same as the indicative budget."
                  : "It is " + money(check.headroom()) + " a week below the indicative budget."));
      page.table(Table.of("The three figures of your personal budget", "A week")
          .row("The cost of meeting your needs", money(pb.cost())).exact(1, "cost", pb.cost())
          .row("What you pay (from your financial assessment)", money(pb.personContribution()))
          .exact(1, "person", pb.personContribution())
          .row("What the council pays", money(pb.councilContribution())).exact(1, "council", pb.councilContribution()));
      page.paragraph("Over the plan's year the cost of meeting your needs is " + money(agreed.annual()) + ".");
    } else if (decision != null) {
      page.paragraph(decision.by() + " did not approve your support plan on " + day(decision.on()) + ". "
          + "The reason given: " + sentence(decision.reason().orElse("")) + " No personal budget is agreed yet. Your plan "
          + "would cost " + money(check.weekly()) + " a week. You can ask for a review of this decision (see below).");
    } else if (check.referredToPanel()) {
      List<String> drivers = new ArrayList<>();
      for (ItemCost c : check.excessDrivers()) {
        drivers.add(c.name() + " (" + money(c.weekly()) + " a week)");
      }
      page.paragraph("Your plan costs " + money(check.weekly()) + " a week, " + money(check.excess())
          + " a week more than the indicative budget. That does not mean it is refused or cut: the indicative budget "
          + "is not a limit. Your plan has gone to the council's panel, who will decide on it as it is. "
          + "The cost above the indicative budget comes mainly from " + and(drivers) + ".");
      page.paragraph("No personal budget is agreed yet. When the panel has decided, we will write to you with the "
          + "three figures of your personal budget: its cost, what you pay and what the council pays.");
    } else {
      page.paragraph("Your plan costs " + money(check.weekly()) + " a week, " + money(check.headroom())
          + " a week below the indicative budget. It has not been approved yet. When it is, your personal budget "
          + "will be the cost of the agreed plan, and we will write to you with its three figures: its cost, what "
          + "you pay and what the council pays.");
    }

    page.heading("What your plan pays for", "items");
    // One block an entry (not one list), so that the heading keeps only the first with it and a long plan
    // flows on to the next page instead of leaving this one half empty.
    for (ItemCost c : check.items()) {
      page.markup("<p class=\"entry\"><strong>" + Markup.escape(c.name()) + "</strong>: " + Markup.escape(itemWords(c))
          + "</p>\n");
    }
    page.paragraph("Altogether your plan costs " + money(check.weekly()) + " a week (" + money(check.annual())
        + " in the plan's year).");

    page.heading("Who holds the money", "control");
    for (ControlTotal c : check.controls()) {
      page.markup("<p class=\"entry\">" + Markup.escape(holderWords(c)) + "</p>\n");
    }
    page.paragraph("Together these are the whole cost of your plan: " + money(check.weekly()) + " a week ("
        + money(check.annual()) + " in the plan's year).");

    List<StreamPortion> streams = agreed != null ? agreed.streams() : check.streams();
    if (!streams.isEmpty()) {
      page.heading("Which funds pay for it", "streams");
      page.paragraph("Your plan is paid for from these funds. Each item is shared between the needs it meets, and "
          + "each need is paid by the fund that covers it:");
      for (StreamPortion s : streams) {
        page.markup("<p class=\"entry\">" + Markup.escape(streamWords(s)) + "</p>\n");
      }
    }

    page.heading("Your needs", "needs");
    if (check.unmetNeeds().isEmpty()) {
      page.paragraph("Every need your assessment found is met by at least one part of your plan.");
    } else {
      List<String> unmet = new ArrayList<>();
      for (DomainPoints d : check.unmetNeeds()) {
        unmet.add(lower(needName(d.domain())));
      }
      boolean one = unmet.size() == 1;
      page.paragraph("Your assessment found " + (one ? "this need, which" : "these needs, which") + " no part of your "
          + "plan meets yet: " + and(unmet) + ". Please talk to us about how to meet " + (one ? "it" : "them")
          + ": your plan can be changed.");
    }

    page.heading("If you want us to look again, or to complain", "review");
    page.paragraph("You can ask us to review your support plan or your personal budget at any time, for example if "
        + "your needs or your circumstances change, or if you think a figure in this letter is wrong. We will also "
        + "review your plan with you at least once a year.");
    page.paragraph("To ask for a review, or if you want to complain about this decision or how we reached it, "
        + "contact " + contact + ". If you are still unhappy after we have answered your complaint, you can ask the "
        + "Local Government and Social Care Ombudsman to look at it.");

    page.heading("How the figures were worked out", "how");
    page.note("Every amount in this letter, step by step, as the council's system worked it out.");
    StringBuilder trace = new StringBuilder();
    for (String l : agreed != null ? agreed.explanation() : check.explanation()) {
      int indent = l.length() - l.stripLeading().length();
      trace.append("<p class=\"trace\" style=\"padding-left:").append(indent / 2 * 1.2).append("em\">")
          .append(Markup.escape(l.strip())).append("</p>\n");
    }
    page.markup(trace.toString());
    return page.html();
  }

  private String budgetHeading() {
    if (agreed != null) {
      return "Your personal budget";
    }
    if (decision != null) {
      return "Your plan was not approved";
    }
    return check.referredToPanel() ? "Your plan has gone to the panel" : "Your plan is waiting for approval";
  }

  private String itemWords(ItemCost c) {
    String needs = and(c.needs().stream().map(d -> lower(needName(d))).toList());
    String what = kindWords(c.kind()) + c.heldBy().map(h -> ", paid through " + holding(h)).orElse("") + ". ";
    if (c.kind() == ItemKind.UNPAID) {
      return what + (c.meetsNeeds()
          ? "It costs nothing and helps with " + needs + "."
          : "It costs nothing. We cannot count it as meeting a need until the person giving it has told us they "
              + "are willing and able to.");
    }
    String cost;
    if (c.annualCharges().size() > 1) {
      cost = "Its price is spread over " + c.annualCharges().size() + " years: this year's part is "
          + money(c.annual()) + " (" + money(c.weekly()) + " a week).";
    } else if (c.kind() == ItemKind.ONE_OFF || c.kind() == ItemKind.TECHNOLOGY_PURCHASE) {
      cost = "It is paid for in the plan's year: " + money(c.annual()) + " (" + money(c.weekly()) + " a week).";
    } else {
      cost = "It costs " + money(c.weekly()) + " a week (" + money(c.annual()) + " in the plan's year).";
    }
    return what + "It helps with " + needs + ". " + cost;
  }

  private static String kindWords(ItemKind kind) {
    switch (kind) {
      case PROVIDER_HOURS:
      case PROVIDER_QUOTE:
        return "support from a provider";
      case PERSONAL_ASSISTANT:
        return "a personal assistant";
      case TECHNOLOGY_RENTAL:
        return "equipment or technology, rented";
      case TECHNOLOGY_PURCHASE:
        return "equipment or technology, bought";
      case ONE_OFF:
        return "a one-off purchase";
      case TRANSPORT:
        return "transport";
      case UNPAID:
      default:
        return "unpaid help from family, friends or the community";
    }
  }

  /** The holder's name, or "you" for a direct payment the person holds (a plan names them by reference). */
  private String holder(HeldBy h) {
    String holder = h.holder().orElse("");
    return h.control() == Control.DIRECT_PAYMENT && holder.equals(reference()) ? "you" : holder;
  }

  private String holding(HeldBy h) {
    switch (h.control()) {
      case DIRECT_PAYMENT:
        return "a direct payment held by " + holder(h);
      case ISF:
        return "an Individual Service Fund held by " + holder(h);
      case COUNCIL_MANAGED:
      default:
        return "money the council manages for you";
    }
  }

  private String holderWords(ControlTotal c) {
    String what;
    switch (c.heldBy().control()) {
      case DIRECT_PAYMENT:
        what = "A direct payment held by " + holder(c.heldBy()) + (holder(c.heldBy()).equals("you")
            ? " (money paid to you to arrange the support yourself)"
            : " (money paid to them to arrange the support themselves)");
        break;
      case ISF:
        what = "An Individual Service Fund held by " + c.heldBy().holder().orElse("")
            + " (the provider holds it for you only and spends it as you agree)";
        break;
      case COUNCIL_MANAGED:
      default:
        what = "Managed by the council (the council arranges and pays for the support you choose)";
        break;
    }
    return what + ": " + money(c.weekly()) + " a week (" + money(c.annual()) + " in the plan's year), for "
        + and(c.items()) + ".";
  }

  private String streamWords(StreamPortion s) {
    String name = s.stream().isPresent() ? s.name() : "Needs that no fund you are eligible for covers";
    String words = name + ": " + money(s.weekly()) + " a week (" + money(s.annual()) + " in the plan's year)";
    if (!s.chargeable()) {
      return words + "; this is free to you.";
    }
    if (agreed != null && !s.personContribution().isZero()) {
      return words + ", of which your contribution pays " + money(s.personContribution()) + " a week.";
    }
    return words + ".";
  }

  // ---------------------------------------------------------------------------------------------------
  // The easy-read letter

  /** {@return the easy-read letter, a complete HTML page; never null} */
  public String easyRead() {
    Page page = Page.styled("Your support plan", EASY_READ_STYLE);
    page.markup(idea(Icon.PERSON, "This letter is for " + name + ".", "Your reference is " + reference() + ".",
        "The date is " + day(date()) + "."));

    page.heading("Your money", "money");
    page.markup(idea(Icon.MONEY, "At first we said about " + money(check.indicative().weekly()) + " a week.",
        "That was a starting point.", "It was not a limit."));
    if (agreed != null) {
      PersonalBudget pb = agreed.personalBudget();
      page.markup(idea(Icon.LETTER, decision.by() + " said yes to your plan.", "They said yes on " + day(decision.on()) + "."));
      page.markup(idea(Icon.MONEY, "Your plan costs " + money(pb.cost()) + " a week.",
          "This is your personal budget."));
      page.markup(idea(Icon.CALENDAR, "In one year that is " + money(agreed.annual()) + "."));
      page.markup(idea(Icon.PERSON, pb.personContribution().isZero()
          ? "You do not pay anything towards it."
          : "You pay " + money(pb.personContribution()) + " a week towards it."));
      page.markup(idea(Icon.HOUSE, "The council pays " + money(pb.councilContribution()) + " a week."));
    } else if (decision != null) {
      page.markup(idea(Icon.LETTER, decision.by() + " did not say yes to your plan.",
          "This was on " + day(decision.on()) + ".", "They said: " + sentence(decision.reason().orElse(""))));
      page.markup(idea(Icon.MONEY, "Your plan would cost " + money(check.weekly()) + " a week.",
          "You do not have a personal budget yet."));
    } else if (check.referredToPanel()) {
      page.markup(idea(Icon.MONEY, "Your plan costs " + money(check.weekly()) + " a week.",
          "That is " + money(check.excess()) + " a week more than the starting point."));
      page.markup(idea(Icon.LETTER, "A group called the panel will look at your plan.",
          "We have not cut your plan.", "We will write to you when the panel decides."));
    } else {
      page.markup(idea(Icon.MONEY, "Your plan costs " + money(check.weekly()) + " a week.",
          "That is less than the starting point."));
      page.markup(idea(Icon.LETTER, "Your plan has not been agreed yet.", "We will write to you when it is."));
    }

    page.heading("What your plan pays for", "items");
    for (ItemCost c : check.items()) {
      page.markup(easyItem(c));
    }

    page.heading("Who looks after the money", "control");
    for (ControlTotal c : check.controls()) {
      switch (c.heldBy().control()) {
        case DIRECT_PAYMENT:
          String who = holder(c.heldBy());
          page.markup(paysFor(Icon.PERSON, c, (who.equals("you") ? "You get " : who + " gets ") + money(c.weekly())
              + " a week.", "This is called a direct payment."));
          break;
        case ISF:
          page.markup(paysFor(Icon.HOUSE, c, c.heldBy().holder().orElse("") + " keeps " + money(c.weekly())
              + " a week for you.", "This is called an Individual Service Fund."));
          break;
        case COUNCIL_MANAGED:
        default:
          page.markup(paysFor(Icon.MONEY, c, "The council keeps " + money(c.weekly()) + " a week for you."));
          break;
      }
    }

    List<StreamPortion> streams = agreed != null ? agreed.streams() : check.streams();
    if (!streams.isEmpty()) {
      page.heading("Where the money comes from", "streams");
      List<String> lines = new ArrayList<>();
      for (StreamPortion s : streams) {
        lines.add(s.stream().isPresent()
            ? s.name() + " pays " + money(s.weekly()) + " a week."
            : "No fund you can get pays " + money(s.weekly()) + " a week.");
        if (!s.chargeable()) {
          lines.add("You do not pay towards " + s.name() + ".");
        }
      }
      page.markup(idea(Icon.MONEY, lines.toArray(new String[0])));
    }

    if (!check.unmetNeeds().isEmpty()) {
      page.heading("Help you still need", "unmet");
      List<String> lines = new ArrayList<>();
      for (DomainPoints d : check.unmetNeeds()) {
        lines.add("Your plan does not help with " + lower(needName(d.domain())) + " yet.");
      }
      lines.add("Please talk to us about this.");
      page.markup(idea(Icon.PERSON, lines.toArray(new String[0])));
    }

    page.heading("If you are not happy", "review");
    page.markup(idea(Icon.PHONE, "You can ask us to look at your plan again.", "This is called a review.",
        "Contact " + contact + "."));
    page.markup(idea(Icon.LETTER, "You can also make a complaint.", "Use the same contact."));
    page.markup(idea(Icon.CALENDAR, "We will look at your plan with you every year."));
    return page.html();
  }

  /** One idea: the lines given, then what the money pays for, one item a line, set in under the lines. */
  private static String paysFor(Icon icon, ControlTotal c, String... lines) {
    List<String> all = new ArrayList<>(List.of(lines));
    if (c.items().size() == 1) {
      all.add("It pays for " + c.items().get(0) + ".");
      return idea(icon, all.toArray(new String[0]));
    }
    all.add("It pays for:");
    return idea(icon, all, c.items().stream().map(i -> i + ".").toList());
  }

  private String easyItem(ItemCost c) {
    if (c.kind() == ItemKind.UNPAID) {
      return c.meetsNeeds()
          ? idea(Icon.PERSON, c.name() + ".", "This is free help from people you know.")
          : idea(Icon.PERSON, c.name() + ".", "This is free help from people you know.",
              "We need to check they can help first.");
    }
    Icon icon = switch (c.kind()) {
      case PERSONAL_ASSISTANT -> Icon.PERSON;
      case PROVIDER_HOURS, PROVIDER_QUOTE -> Icon.HOUSE;
      case TECHNOLOGY_RENTAL, TECHNOLOGY_PURCHASE -> Icon.PHONE;
      default -> Icon.MONEY;
    };
    if (c.annualCharges().size() > 1) {
      return idea(icon, c.name() + ": " + money(c.annual()) + " this year.",
          "We pay for it over " + c.annualCharges().size() + " years.");
    }
    if (c.kind() == ItemKind.ONE_OFF || c.kind() == ItemKind.TECHNOLOGY_PURCHASE) {
      return idea(icon, c.name() + ": " + money(c.annual()) + " this year.");
    }
    return idea(icon, c.name() + ": " + money(c.weekly()) + " a week.");
  }

  /** One idea: its picture, then its sentences, one a line. */
  private static String idea(Icon icon, String... lines) {
    return idea(icon, List.of(lines), List.of());
  }

  /** One idea: its picture, its sentences one a line, then a list set in under them (empty for none). */
  private static String idea(Icon icon, List<String> lines, List<String> list) {
    StringBuilder h = new StringBuilder("<div class=\"idea\">").append(icon.svg()).append("<div>");
    for (String l : lines) {
      h.append("<p>").append(Markup.escape(l)).append("</p>");
    }
    if (!list.isEmpty()) {
      h.append("<ul>");
      list.forEach(l -> h.append("<li>").append(Markup.escape(l)).append("</li>"));
      h.append("</ul>");
    }
    return h.append("</div></div>\n").toString();
  }

  // ---------------------------------------------------------------------------------------------------
  // Words

  /** A text given as a sentence (a decision's reason) ends as one, so that the next sentence reads apart. */
  private static String sentence(String text) {
    String t = text.strip();
    return t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
  }

  private static String line(String text) {
    return "<p>" + Markup.escape(text) + "</p>";
  }

  private String needName(DomainId d) {
    return needNames.getOrDefault(d, d.value());
  }

  /** "Personal care" reads "personal care" inside a sentence; a name in capitals ("NHS care") is kept. */
  private static String lower(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
      return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
    return name;
  }

  /**
   * "a", "a and b", "a, b and c"; with a comma before the last "and" when a part has an "and" of its own
   * ("safety and security, and housing"), so the reader can tell the parts apart.
   */
  private static String and(List<String> parts) {
    if (parts.isEmpty()) {
      return "";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    boolean ands = parts.stream().anyMatch(p -> p.contains(" and "));
    return String.join(", ", parts.subList(0, parts.size() - 1)) + (ands ? ", and " : " and ")
        + parts.get(parts.size() - 1);
  }

  private static String money(Money m) {
    return Numbers.money(m);
  }

  private static String day(LocalDate d) {
    return d.format(DATE);
  }
}
