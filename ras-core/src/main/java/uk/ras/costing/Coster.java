package uk.ras.costing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.ras.assessment.PersonId;
import uk.ras.money.Apportionment;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/**
 * Prices a plan's lines under a rate card and splits them among the people, as a shared setting's ISF
 * split does: the core lines with {@link Apportionment#equallyInTurn} over everyone in the plan's order
 * (so each person's core share is an equal split of the core total, within a penny, shown line by line),
 * each shared line with {@link Apportionment#equally} over its users in the plan's order, and each
 * personal line to its person.
 */
final class Coster {
  private Coster() {}

  static Costing cost(CostPlan plan, RateCard card, LocalDate date) {
    List<CostingProblem> problems = problems(plan, card);
    if (!problems.isEmpty()) {
      throw new InvalidCostingException(
          "cost plan \"" + plan.name() + "\" under rates \"" + card.ratesName() + "\" in force on " + date, problems);
    }
    List<PersonId> people = plan.people();
    int n = people.size();
    Map<PersonId, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(people.get(i), i);
    }
    List<LineCost> lines = new ArrayList<>();
    List<Money> coreAmounts = new ArrayList<>();
    for (PlanLine line : plan.lines()) {
      LineCost cost = price(line, people, card);
      lines.add(cost);
      if (line.paidBy().scope() == Scope.CORE) {
        coreAmounts.add(cost.weekly());
      }
    }
    List<List<Money>> coreShares = Apportionment.equallyInTurn(coreAmounts, n);
    List<List<LineShare>> shares = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      shares.add(new ArrayList<>());
    }
    int core = 0;
    for (LineCost line : lines) {
      if (line.scope() == Scope.CORE) {
        List<Money> split = coreShares.get(core++);
        for (int i = 0; i < n; i++) {
          shares.get(i).add(new LineShare(line.name(), Scope.CORE, split.get(i)));
        }
      } else {
        // Ties go to the person listed earlier in the plan, not in the line's users: as in an ISF.
        List<Integer> users = new ArrayList<>();
        for (PersonId p : line.payers()) {
          users.add(index.get(p));
        }
        users.sort(null);
        List<Money> split = Apportionment.equally(line.weekly(), users.size());
        for (int k = 0; k < users.size(); k++) {
          shares.get(users.get(k)).add(new LineShare(line.name(), line.scope(), split.get(k)));
        }
      }
    }
    RoundingMode rounding = card.rounding();
    PeriodConversion weeks = card.weeksPerYear();
    List<PersonCost> persons = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      persons.add(new PersonCost(people.get(i), shares.get(i), weeks, rounding));
    }
    return new Costing(plan.name(), card, date, lines, persons);
  }

  private static List<CostingProblem> problems(CostPlan plan, RateCard card) {
    RateVersion v = card.version();
    List<CostingProblem> problems = new ArrayList<>();
    String priced = " (rates \"" + card.ratesName() + "\" " + Rates.range(v) + ")";
    for (int j = 0; j < plan.lines().size(); j++) {
      PlanLine line = plan.lines().get(j);
      String at = "lines[" + j + "]";
      switch (line.kind()) {
        case HOURS:
          String staff = line.staffType().orElseThrow();
          if (!v.staff().containsKey(staff)) {
            problems.add(new CostingProblem(at + ".staff", "unknown staff type \"" + staff + "\"" + RateVersion.expected(List.copyOf(v.staff().keySet())) + priced));
          }
          line.band().ifPresent(b -> {
            if (!v.bands().containsKey(b)) {
              problems.add(new CostingProblem(at + ".band", "unknown band \"" + b + "\"" + RateVersion.expected(List.copyOf(v.bands().keySet())) + priced));
            }
          });
          break;
        case SLEEP_IN:
          if (v.sleepIn().isEmpty()) {
            problems.add(new CostingProblem(at, "the rates price no sleep-ins" + priced));
          }
          break;
        case WAKING_NIGHT:
          if (v.wakingNightStaff().isEmpty()) {
            problems.add(new CostingProblem(at, "the rates price no waking nights" + priced));
          }
          break;
        case SESSIONS:
          String session = line.session().orElseThrow();
          if (!v.sessions().containsKey(session)) {
            problems.add(new CostingProblem(at + ".session", "unknown session \"" + session + "\"" + RateVersion.expected(List.copyOf(v.sessions().keySet())) + priced));
          }
          break;
        case MILEAGE:
          if (v.mileage().isEmpty()) {
            problems.add(new CostingProblem(at, "the rates price no mileage" + priced));
          }
          break;
        default:
          break;
      }
    }
    return problems;
  }

  /** One line's weekly cost, rounded to the penny once, and its sentence. */
  private static LineCost price(PlanLine line, List<PersonId> people, RateCard card) {
    RoundingMode rounding = card.rounding();
    RateVersion v = card.version();
    List<PersonId> payers = line.paidBy().scope() == Scope.CORE ? people : line.paidBy().users();
    String head = line.name() + " (" + who(line.paidBy(), people.size()) + "): ";
    Optional<HourlyRate> rate = Optional.empty();
    BigDecimal exact;
    String sum;
    switch (line.kind()) {
      case HOURS:
        {
          HourlyRate r = card.rate(line.staffType().orElseThrow(), line.band().orElse(null));
          rate = Optional.of(r);
          BigDecimal hours = line.quantity().orElseThrow();
          exact = hours.multiply(BigDecimal.valueOf(line.staffCount())).multiply(r.rate().pounds());
          sum = Text.plain(hours) + " hours x " + line.staffCount() + " staff x " + r.rate() + " (" + rateName(r) + ")";
          break;
        }
      case SLEEP_IN:
        {
          Money price = v.sleepIn().orElseThrow();
          BigDecimal nights = line.quantity().orElseThrow();
          exact = nights.multiply(price.pounds());
          sum = Text.plain(nights) + " nights x " + price + " a sleep-in night";
          break;
        }
      case WAKING_NIGHT:
        {
          HourlyRate r = card.wakingNight().orElseThrow();
          rate = Optional.of(r);
          BigDecimal hours = line.hoursPerNight().orElseThrow();
          BigDecimal nights = line.quantity().orElseThrow();
          exact = hours.multiply(nights).multiply(r.rate().pounds());
          sum = Text.plain(hours) + " hours x " + Text.plain(nights) + " nights x " + r.rate() + " (waking night: " + rateName(r) + ")";
          break;
        }
      case SESSIONS:
        {
          Money price = v.sessions().get(line.session().orElseThrow());
          BigDecimal count = line.quantity().orElseThrow();
          exact = count.multiply(price.pounds());
          sum = Text.plain(count) + " sessions x " + price + " (" + line.session().orElseThrow() + ")";
          break;
        }
      case MILEAGE:
        {
          Money price = v.mileage().orElseThrow();
          BigDecimal miles = line.quantity().orElseThrow();
          exact = miles.multiply(price.pounds());
          sum = Text.plain(miles) + " miles x " + price + " a mile";
          break;
        }
      case FIXED:
        {
          Money weekly = line.amount().orElseThrow();
          return new LineCost(line.name(), line.kind(), line.paidBy().scope(), payers, weekly, rate, head + weekly + " a week, as given", line.needs());
        }
      case ONE_OFF:
      default:
        {
          Money amount = line.amount().orElseThrow();
          PeriodConversion weeks = card.weeksPerYear();
          // weekly = amount / (years x weeks a year), weeks a year the exact fraction 52, 365/7 or 1461/28.
          BigDecimal dividend = amount.pounds().multiply(denominator(weeks));
          BigDecimal divisor = numerator(weeks).multiply(BigDecimal.valueOf(line.years()));
          Money weekly = Money.ofPounds(dividend.divide(divisor, 2, rounding));
          String exactText = Text.quotient(dividend, divisor);
          String text =
              head
                  + amount
                  + " over "
                  + line.years()
                  + (line.years() == 1 ? " year" : " years")
                  + " = "
                  + amount
                  + " / ("
                  + line.years()
                  + " x "
                  + weeks.description()
                  + ") = "
                  + (exactText.equals(Text.pounds(weekly.pounds()))
                      ? weekly.toString()
                      : exactText + " = " + weekly + " (rounded " + Text.mode(rounding) + ")");
          return new LineCost(line.name(), line.kind(), line.paidBy().scope(), payers, weekly, rate, text, line.needs());
        }
    }
    Money weekly = Money.ofPounds(exact.setScale(2, rounding));
    String result =
        exact.compareTo(weekly.pounds()) == 0
            ? " = " + weekly
            : " = " + Text.pounds(exact) + " = " + weekly + " (rounded " + Text.mode(rounding) + ")";
    return new LineCost(line.name(), line.kind(), line.paidBy().scope(), payers, weekly, rate, head + sum + result, line.needs());
  }

  private static String rateName(HourlyRate r) {
    return r.staffType() + r.band().map(b -> ", " + b).orElse("");
  }

  private static String who(PaidBy paidBy, int people) {
    switch (paidBy.scope()) {
      case CORE:
        return "core, all " + people;
      case SHARED:
        return "shared by " + String.join(", ", paidBy.users().stream().map(PersonId::value).toList());
      default:
        return "personal, " + paidBy.users().get(0);
    }
  }

  /** Weeks a year as an exact fraction: 52, 365/7 or 1461/28. */
  private static BigDecimal numerator(PeriodConversion weeks) {
    switch (weeks) {
      case WEEKS_52:
        return BigDecimal.valueOf(52);
      case DAYS_365:
        return BigDecimal.valueOf(365);
      default:
        return BigDecimal.valueOf(1461);
    }
  }

  private static BigDecimal denominator(PeriodConversion weeks) {
    switch (weeks) {
      case WEEKS_52:
        return BigDecimal.ONE;
      case DAYS_365:
        return BigDecimal.valueOf(7);
      default:
        return BigDecimal.valueOf(28);
    }
  }
}
