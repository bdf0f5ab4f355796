package uk.ras.rules.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ras.assessment.PersonId;
import uk.ras.ledger.AlertRules;
import uk.ras.ledger.BandRules;
import uk.ras.ledger.BankHolidays;
import uk.ras.ledger.Entry;
import uk.ras.ledger.EntryId;
import uk.ras.ledger.HospitalPolicy;
import uk.ras.ledger.LedgerTerms;
import uk.ras.ledger.ReconciliationRules;
import uk.ras.ledger.ReviewRules;
import uk.ras.money.Money;

/**
 * Walks the located tree of a ledger setup file (docs/ledger.md) into a {@link LedgerSetupContent}, and
 * of a bank-holiday calendar file into {@link BankHolidays}. Everything that does not need the rates is
 * checked here, with the core's own ranges, so that a file read is a file whose terms build: the period,
 * the calendar covering it, durations, thresholds, unique people and providers, client groups that have
 * review rules, and timetable slots that name a declared provider and do not end when they start. Staff types
 * and bands are the rates' and are checked when entries meet them.
 */
final class LedgerSetupMapper {
  static final List<String> ROOT_FIELDS =
      List.of("from", "to", "calendar", "bands", "providers", "hospital", "alerts", "reconciliation", "reviews", "people");
  static final List<String> CALENDAR_FIELDS = List.of("name", "source", "firstYear", "lastYear", "dates");
  static final List<String> BAND_FIELDS = List.of("bankHoliday", "weekend", "otherwise", "windows");
  static final List<String> WINDOW_FIELDS = List.of("from", "to", "band");
  static final List<String> PROVIDER_FIELDS = List.of("name", "notice");
  static final List<String> HOSPITAL_FIELDS = List.of("policy", "days");
  static final List<String> HOSPITAL_POLICIES = List.of("bank", "pay-provider");
  static final List<String> ALERT_FIELDS = List.of("bankedLimit", "unusedWeeks", "surplusWeeks");
  static final List<String> RECONCILIATION_FIELDS = List.of("tolerance", "roundTo");
  static final List<String> REVIEW_FIELDS = List.of("clientGroup", "firstAfterWeeks", "everyMonths", "dueSoonDays");
  static final List<String> PERSON_FIELDS =
      List.of("id", "clientGroup", "weeklyBudget", "planStart", "firstDirectPayment", "reassessed", "timetable");
  static final List<String> REASSESSMENT_FIELDS = List.of("date", "reference");
  static final List<String> SLOT_FIELDS = List.of("day", "start", "end", "provider", "staff");
  static final List<String> DAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  /** The longest notice period a contract may set, as the core allows. */
  static final Duration MAX_NOTICE = Duration.ofDays(28);

  /** The longest person id, so that the ids of its planned entries stay within the core's 200 characters. */
  static final int MAX_ID = 100;

  /** The longest reassessment reference: a council's case or assessment number, with room to spare. */
  static final int MAX_REFERENCE = 100;

  private static final Pattern DURATION = Pattern.compile("([0-9]{1,7}) (minutes?|hours?|days?|weeks?)");
  private static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}");

  private final Problems problems;
  private final Values values;
  private final Map<String, BankHolidays> bundled;

  /**
   * @param bundled the calendars a setup may name, by the word it names them with
   */
  LedgerSetupMapper(Problems problems, Map<String, BankHolidays> bundled) {
    this.problems = problems;
    this.values = new Values(problems);
    this.bundled = bundled;
  }

  Optional<LedgerSetupContent> setup(Node root) {
    Optional<Fields> fields = Fields.of(root, ROOT_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    int before = problems.blockingCount();
    Optional<LocalDate> from = f.required("from").flatMap(values::date);
    Optional<LocalDate> to = f.required("to").flatMap(values::date);
    boolean periodRuns = true;
    if (from.isPresent() && to.isPresent()) {
      long days = ChronoUnit.DAYS.between(from.get(), to.get()) + 1;
      if (days < 1 || days > LedgerTerms.MAX_DAYS) {
        problems.add(f.optional("to").get(), "the budget period " + from.get() + " to " + to.get()
            + " must run forwards for at most " + LedgerTerms.MAX_DAYS + " days");
        periodRuns = false;
      }
    }
    Optional<BankHolidays> calendar =
        f.optional("calendar").isPresent() ? f.optional("calendar").flatMap(this::calendarChoice) : Optional.of(bundled.get("england-and-wales"));
    if (calendar.isPresent() && from.isPresent() && to.isPresent() && periodRuns
        && (!calendar.get().covers(from.get()) || !calendar.get().covers(to.get()))) {
      Node at = f.optional("calendar").orElse(root);
      problems.add(at.line(), at.column(), "calendar", "the " + calendar.get().name() + " calendar covers "
          + calendar.get().firstYear() + " to " + calendar.get().lastYear() + ", not the whole budget period "
          + from.get() + " to " + to.get());
    }
    Optional<BandRules> bands = f.required("bands").flatMap(this::bands);
    Map<String, Duration> notice = new LinkedHashMap<>();
    Map<String, Node> providerNodes = new LinkedHashMap<>();
    f.required("providers").ifPresent(n -> providers(n, notice, providerNodes));
    Optional<HospitalPolicy> hospital = f.required("hospital").flatMap(this::hospital);
    Optional<AlertRules> alerts = f.required("alerts").flatMap(this::alerts);
    Optional<ReconciliationRules> reconciliation = f.required("reconciliation").flatMap(this::reconciliation);
    Map<String, ReviewRules> reviews = new LinkedHashMap<>();
    boolean reviewsRead = f.required("reviews").map(n -> reviews(n, reviews)).orElse(false);
    List<LedgerSetupContent.Person> people = new ArrayList<>();
    if (from.isPresent() && to.isPresent() && periodRuns) {
      f.required("people")
          .ifPresent(n -> people(n, from.get(), to.get(), reviewsRead ? reviews : null, providerNodes.keySet(), people));
    } else {
      // The people are not held to a period that is itself missing or wrong.
      f.required("people");
    }
    if (problems.blockingCount() > before) {
      return Optional.empty();
    }
    return Optional.of(new LedgerSetupContent(
        from.get(), to.get(), calendar.get(), bands.get(), notice, hospital.get(), alerts.get(), reconciliation.get(), people));
  }

  /** A bank-holiday calendar file: name, source, firstYear, lastYear, dates. */
  Optional<BankHolidays> calendar(Node node) {
    Optional<Fields> fields = Fields.of(node, CALENDAR_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    int before = problems.blockingCount();
    Optional<String> name = f.required("name").flatMap(values::name);
    f.optional("source").ifPresent(values::name);
    Optional<Long> first = f.required("firstYear").flatMap(n -> values.whole(n, "a year such as 2026"));
    Optional<Long> last = f.required("lastYear").flatMap(n -> values.whole(n, "a year such as 2028"));
    Optional<List<LocalDate>> dates = f.required("dates").flatMap(n -> Fields.list(n, values::date, problems));
    if (first.isPresent() && last.isPresent()) {
      Node lastNode = f.optional("lastYear").get();
      if (first.get() < 1900 || first.get() > 2999 || last.get() < 1900 || last.get() > 2999) {
        problems.add(lastNode, "the years must be from 1900 to 2999, were " + first.get() + " to " + last.get());
      } else if (last.get() < first.get()) {
        problems.add(lastNode, "the last year " + last.get() + " is before the first " + first.get());
      } else if (dates.isPresent()) {
        List<Node> items = ((Node.ListNode) f.optional("dates").get()).items();
        for (int i = 0; i < items.size(); i++) {
          LocalDate d = dates.get().get(i);
          if (d.getYear() < first.get() || d.getYear() > last.get()) {
            problems.add(items.get(i), d + " is outside the years " + first.get() + " to " + last.get() + " the calendar covers");
          } else if (dates.get().subList(0, i).contains(d)) {
            problems.add(items.get(i), d + " is listed twice");
          }
        }
      }
    }
    if (problems.blockingCount() > before) {
      return Optional.empty();
    }
    return Optional.of(BankHolidays.of(name.get(), first.get().intValue(), last.get().intValue(), dates.get()));
  }

  /** A bundled calendar's word, or a calendar written out. */
  private Optional<BankHolidays> calendarChoice(Node node) {
    if (node instanceof Node.MapNode) {
      return calendar(node);
    }
    List<String> words = List.copyOf(bundled.keySet());
    return values.choice(node, "a bundled calendar (or write one out: name, firstYear, lastYear, dates)", words).map(bundled::get);
  }

  private Optional<BandRules> bands(Node node) {
    Optional<Fields> fields = Fields.of(node, BAND_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    int before = problems.blockingCount();
    Optional<String> bankHoliday = f.optional("bankHoliday").flatMap(values::name);
    Optional<String> weekend = f.optional("weekend").flatMap(values::name);
    Optional<String> otherwise = f.optional("otherwise").flatMap(values::name);
    List<String[]> windows = new ArrayList<>();
    List<LocalTime[]> times = new ArrayList<>();
    f.optional("windows").ifPresent(n -> Fields.list(n, w -> window(w, windows, times), problems));
    if (problems.blockingCount() > before) {
      return Optional.empty();
    }
    BandRules rules = BandRules.of(bankHoliday, weekend, otherwise);
    for (int i = 0; i < windows.size(); i++) {
      rules = rules.withWindow(times.get(i)[0], times.get(i)[1], windows.get(i)[0]);
    }
    return Optional.of(rules);
  }

  private Optional<Boolean> window(Node node, List<String[]> bands, List<LocalTime[]> times) {
    Optional<Fields> fields = Fields.of(node, WINDOW_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<LocalTime> from = f.required("from").flatMap(this::time);
    Optional<LocalTime> to = f.required("to").flatMap(this::time);
    Optional<String> band = f.required("band").flatMap(values::name);
    if (from.isEmpty() || to.isEmpty() || band.isEmpty()) {
      return Optional.empty();
    }
    if (from.get().equals(to.get())) {
      problems.add(f.optional("to").get(), "a window must end at another time than it starts (" + from.get() + ")");
      return Optional.empty();
    }
    bands.add(new String[] {band.get()});
    times.add(new LocalTime[] {from.get(), to.get()});
    return Optional.of(true);
  }

  private void providers(Node node, Map<String, Duration> notice, Map<String, Node> nodes) {
    Fields.list(node, n -> {
      Optional<Fields> fields = Fields.of(n, PROVIDER_FIELDS, problems);
      if (fields.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> name = fields.get().required("name").flatMap(values::name);
      // Known as declared even when its notice is wrong, so that its timetable slots are not reported too.
      name.ifPresent(x -> nodes.putIfAbsent(x, n));
      Optional<Duration> period = fields.get().required("notice").flatMap(this::duration);
      if (period.isPresent() && period.get().compareTo(MAX_NOTICE) > 0) {
        problems.add(fields.get().optional("notice").get(), "a notice period is at most 28 days (one day to two weeks is usual)");
        return Optional.empty();
      }
      if (name.isPresent() && notice.containsKey(name.get())) {
        problems.add(fields.get().optional("name").get(), "provider '" + Fields.shorten(name.get()) + "' is declared twice");
        return Optional.empty();
      }
      if (name.isEmpty() || period.isEmpty()) {
        return Optional.empty();
      }
      notice.put(name.get(), period.get());
      return Optional.of(name.get());
    }, problems);
  }

  private Optional<HospitalPolicy> hospital(Node node) {
    Optional<Fields> fields = Fields.of(node, HOSPITAL_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> policy = f.required("policy").flatMap(n -> values.choice(n, "a hospital policy", HOSPITAL_POLICIES));
    if (policy.isEmpty()) {
      return Optional.empty();
    }
    if (policy.get().equals("bank")) {
      Optional<Node.Entry> days = f.entry("days");
      if (days.isPresent()) {
        problems.add(days.get().line(), days.get().column(), days.get().value().path(),
            "not used when planned visits in a stay are banked: only pay-provider pays for a number of days");
        return Optional.empty();
      }
      return Optional.of(HospitalPolicy.bank());
    }
    Optional<Node> daysNode = f.optional("days");
    if (daysNode.isEmpty()) {
      problems.add(f.node().line(), f.node().column(), f.node().path() + ".days",
          "missing required field 'days': pay-provider pays the provider for the planned visits in the first days of a stay, such as 14");
      return Optional.empty();
    }
    Optional<Long> days = values.whole(daysNode.get(), "a whole number of days such as 14");
    if (days.isPresent() && (days.get() < 1 || days.get() > HospitalPolicy.MAX_PAID_DAYS)) {
      problems.add(daysNode.get(), "must be from 1 to " + HospitalPolicy.MAX_PAID_DAYS + ", was " + days.get());
      return Optional.empty();
    }
    return days.map(d -> HospitalPolicy.payProvider(d.intValue()));
  }

  private Optional<AlertRules> alerts(Node node) {
    Optional<Fields> fields = Fields.of(node, ALERT_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    int before = problems.blockingCount();
    Optional<Duration> banked = f.required("bankedLimit").flatMap(this::duration);
    Optional<Long> unused = f.required("unusedWeeks").flatMap(n -> weeks(n, 1));
    Optional<Long> surplus = f.required("surplusWeeks").flatMap(n -> weeks(n, 1));
    if (banked.isPresent() && banked.get().toMinutes() > Entry.MAX_MINUTES) {
      problems.add(f.optional("bankedLimit").get(), "must be at most " + (Entry.MAX_MINUTES / 60 / 24) + " days");
    }
    if (problems.blockingCount() > before) {
      return Optional.empty();
    }
    return Optional.of(AlertRules.of(banked.get().toMinutes(), unused.get().intValue(), surplus.get().intValue()));
  }

  private Optional<Long> weeks(Node node, int least) {
    Optional<Long> weeks = values.whole(node, "a whole number of weeks such as 8");
    if (weeks.isPresent() && (weeks.get() < least || weeks.get() > AlertRules.MAX_WEEKS)) {
      problems.add(node, "must be from " + least + " to " + AlertRules.MAX_WEEKS + " weeks, was " + weeks.get());
      return Optional.empty();
    }
    return weeks;
  }

  private Optional<ReconciliationRules> reconciliation(Node node) {
    Optional<Fields> fields = Fields.of(node, RECONCILIATION_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    int before = problems.blockingCount();
    Optional<Duration> tolerance = f.required("tolerance").flatMap(this::duration);
    Optional<Duration> roundTo = f.required("roundTo").flatMap(this::duration);
    if (tolerance.isPresent() && tolerance.get().toMinutes() > ReconciliationRules.MAX_TOLERANCE) {
      problems.add(f.optional("tolerance").get(), "must be at most " + ReconciliationRules.MAX_TOLERANCE + " minutes");
    }
    if (roundTo.isPresent() && (roundTo.get().toMinutes() < 1 || roundTo.get().toMinutes() > ReconciliationRules.MAX_ROUND_TO)) {
      problems.add(f.optional("roundTo").get(), "must be from 1 minute (no rounding) to " + ReconciliationRules.MAX_ROUND_TO + " minutes");
    }
    if (problems.blockingCount() > before) {
      return Optional.empty();
    }
    return Optional.of(ReconciliationRules.of((int) tolerance.get().toMinutes(), (int) roundTo.get().toMinutes()));
  }

  /** Fills {@code rules} by client group; false if any could not be read. */
  private boolean reviews(Node node, Map<String, ReviewRules> rules) {
    return Fields.list(node, n -> {
      Optional<Fields> fields = Fields.of(n, REVIEW_FIELDS, problems);
      if (fields.isEmpty()) {
        return Optional.empty();
      }
      Fields f = fields.get();
      int before = problems.blockingCount();
      Optional<String> group = f.required("clientGroup").flatMap(values::name);
      Optional<Long> first = f.required("firstAfterWeeks").flatMap(x -> ranged(x, "weeks such as 8", 1, 104));
      Optional<Long> every = f.required("everyMonths").flatMap(x -> ranged(x, "months such as 6", 1, 36));
      Optional<Long> soon = f.required("dueSoonDays").flatMap(x -> ranged(x, "days such as 14", 0, 90));
      if (group.isPresent() && rules.containsKey(group.get())) {
        problems.add(f.optional("clientGroup").get(), "client group '" + Fields.shorten(group.get()) + "' has review rules already");
      }
      if (problems.blockingCount() > before) {
        return Optional.empty();
      }
      ReviewRules r = ReviewRules.of(group.get(), first.get().intValue(), every.get().intValue(), soon.get().intValue());
      rules.put(group.get(), r);
      return Optional.of(r);
    }, problems).isPresent();
  }

  private Optional<Long> ranged(Node node, String what, long least, long most) {
    Optional<Long> value = values.whole(node, "a whole number of " + what);
    if (value.isPresent() && (value.get() < least || value.get() > most)) {
      problems.add(node, "must be from " + least + " to " + most + ", was " + value.get());
      return Optional.empty();
    }
    return value;
  }

  /** @param reviews null when the review rules could not be read (client groups are then not checked) */
  private void people(
      Node node, LocalDate from, LocalDate to, Map<String, ReviewRules> reviews, Set<String> providers,
      List<LedgerSetupContent.Person> people) {
    Map<String, Node> seen = new LinkedHashMap<>();
    Fields.list(node, n -> person(n, from, to, reviews, providers, seen), problems).ifPresent(people::addAll);
    if (node instanceof Node.ListNode && ((Node.ListNode) node).items().isEmpty()) {
      problems.add(node, "a ledger setup needs at least one person");
    }
  }

  private Optional<LedgerSetupContent.Person> person(
      Node node, LocalDate from, LocalDate to, Map<String, ReviewRules> reviews, Set<String> providers,
      Map<String, Node> seen) {
    Optional<Fields> fields = Fields.of(node, PERSON_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    int before = problems.blockingCount();
    Optional<String> id = f.required("id").flatMap(values::name);
    if (id.isPresent() && id.get().length() > MAX_ID) {
      // The entry ids derived from it (plan-ID-N) are at most 200 characters.
      problems.add(f.optional("id").get(), "a person id is at most " + MAX_ID + " characters");
      id = Optional.empty();
    }
    if (id.isPresent()) {
      if (seen.containsKey(id.get())) {
        problems.add(f.optional("id").get(), "person '" + Fields.shorten(id.get()) + "' is listed twice");
      }
      seen.put(id.get(), node);
    }
    Optional<String> group = f.required("clientGroup").flatMap(values::name);
    if (group.isPresent() && reviews != null && !reviews.containsKey(group.get())) {
      List<String> known = List.copyOf(reviews.keySet());
      problems.add(f.optional("clientGroup").get(), "no review rules for client group '" + Fields.shorten(group.get()) + "'"
          + Suggestions.closest(group.get(), known).map(s -> "; did you mean '" + s + "'?")
              .orElse("; the rules are for " + (known.isEmpty() ? "no group" : String.join(", ", known))));
    }
    Optional<Money> weekly = f.required("weeklyBudget").flatMap(values::amount);
    if (weekly.isPresent() && (weekly.get().isNegative() || weekly.get().isGreaterThan(Entry.MAX_AMOUNT))) {
      problems.add(f.optional("weeklyBudget").get(), "a weekly budget must be from £0.00 to " + Entry.MAX_AMOUNT + ", was " + weekly.get());
    }
    Optional<LocalDate> planStart = f.required("planStart").flatMap(values::date);
    if (planStart.isPresent() && planStart.get().isAfter(to)) {
      problems.add(f.optional("planStart").get(), "the plan starts on " + planStart.get() + ", after the budget period ends on " + to);
    }
    Optional<LocalDate> firstDirectPayment = f.optional("firstDirectPayment").flatMap(values::date);
    if (firstDirectPayment.isPresent() && firstDirectPayment.get().isAfter(to)) {
      problems.add(f.optional("firstDirectPayment").get(), "the first direct payment is on " + firstDirectPayment.get()
          + ", after the budget period ends on " + to);
    }
    Optional<LedgerSetupContent.Reassessment> reassessed = Optional.empty();
    if (f.optional("reassessed").isPresent()) {
      reassessed = reassessment(f.optional("reassessed").get());
    }
    List<Entry> planned = new ArrayList<>();
    if (id.isPresent() && planStart.isPresent()) {
      LocalDate first = planStart.get().isAfter(from) ? planStart.get() : from;
      PersonId person = PersonId.of(id.get());
      int[] n = {0};
      f.required("timetable").flatMap(t -> Fields.list(t, s -> slot(s, person, ++n[0], first, providers), problems))
          .ifPresent(planned::addAll);
    } else {
      f.required("timetable");
    }
    if (problems.blockingCount() > before || reviews == null) {
      // Without review rules the file is refused already; the person is still read for its own problems.
      return Optional.empty();
    }
    ReviewRules rules = reviews.get(group.get());
    return Optional.of(
        new LedgerSetupContent.Person(PersonId.of(id.get()), weekly.get(), group.get(), rules, planStart.get(), firstDirectPayment, planned, reassessed));
  }

  /**
   * A reassessment of the person's needs: the day it was held and its reference. Whether it may lower a
   * budget (held by the day of the change, not one an earlier setup already recorded) is the re-init's to
   * say: a file reads the same whatever day it is read.
   */
  private Optional<LedgerSetupContent.Reassessment> reassessment(Node node) {
    Optional<Fields> fields = Fields.of(node, REASSESSMENT_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<LocalDate> date = f.required("date").flatMap(values::date);
    Optional<String> reference = f.required("reference").flatMap(values::name);
    if (reference.isPresent() && reference.get().length() > MAX_REFERENCE) {
      problems.add(f.optional("reference").get(), "a reference is at most " + MAX_REFERENCE + " characters");
      return Optional.empty();
    }
    if (date.isEmpty() || reference.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LedgerSetupContent.Reassessment(date.get(), reference.get()));
  }

  /** One weekly visit of the timetable, as a PLANNED entry with the id plan-PERSON-N. */
  private Optional<Entry> slot(Node node, PersonId person, int number, LocalDate first, Set<String> providers) {
    Optional<Fields> fields = Fields.of(node, SLOT_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    int before = problems.blockingCount();
    Optional<DayOfWeek> day = f.required("day").flatMap(n -> values.choice(n, "a day of the week", DAYS))
        .map(d -> DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT)));
    Optional<LocalTime> start = f.required("start").flatMap(this::time);
    Optional<LocalTime> end = f.required("end").flatMap(this::time);
    Optional<String> provider = f.required("provider").flatMap(values::name);
    Optional<String> staff = f.required("staff").flatMap(values::name);
    // An end before the start is the next day (a night visit), as the ledger's entries take it.
    if (start.isPresent() && end.isPresent() && end.get().equals(start.get())) {
      problems.add(f.optional("end").get(), "a visit must not end when it starts (" + start.get()
          + "); one that ends before it starts runs past midnight into the next day");
    }
    if (provider.isPresent() && !providers.contains(provider.get())) {
      List<String> known = List.copyOf(providers);
      problems.add(f.optional("provider").get(), "provider '" + Fields.shorten(provider.get()) + "' is not declared under providers"
          + Suggestions.closest(provider.get(), known).map(s -> "; did you mean '" + s + "'?")
              .orElse(known.isEmpty() ? "" : "; declared: " + String.join(", ", known)));
    }
    if (problems.blockingCount() > before) {
      return Optional.empty();
    }
    return Optional.of(Entry.planned(EntryId.of("plan-" + person.value() + "-" + number), person, first, Optional.empty(),
        day.get(), start.get(), end.get(), provider.get(), staff.get()));
  }

  /** A time of day written as text, HH:MM, such as "18:00". */
  private Optional<LocalTime> time(Node node) {
    if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).kind() == Node.Kind.TEXT) {
      String text = ((Node.ScalarNode) node).text().trim();
      if (TIME.matcher(text).matches()) {
        try {
          return Optional.of(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
          problems.add(node, "'" + text + "' is not a time of day; expected 00:00 to 23:59");
          return Optional.empty();
        }
      }
      problems.add(node, "'" + Fields.shorten(text) + "' is not a time; expected HH:MM such as \"18:00\"");
      return Optional.empty();
    }
    problems.add(node, "expected a time such as \"18:00\", found " + node.describe());
    return Optional.empty();
  }

  /** A duration written as text: a whole number and a unit, such as "7 days", "24 hours", "10 minutes". */
  private Optional<Duration> duration(Node node) {
    if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).kind() == Node.Kind.TEXT) {
      String text = ((Node.ScalarNode) node).text().trim();
      Matcher m = DURATION.matcher(text);
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2);
        return Optional.of(unit.startsWith("minute") ? Duration.ofMinutes(n)
            : unit.startsWith("hour") ? Duration.ofHours(n)
            : unit.startsWith("day") ? Duration.ofDays(n)
            : Duration.ofDays(7 * n));
      }
      problems.add(node, "'" + Fields.shorten(text) + "' is not a duration; expected a whole number and minutes, hours, days"
          + " or weeks, such as \"7 days\"");
      return Optional.empty();
    }
    problems.add(node, "expected a duration such as \"7 days\", found " + node.describe());
    return Optional.empty();
  }
}
