package uk.ras.rules.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import uk.ras.ledger.BankHolidays;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleSetReader;
import uk.ras.rules.internal.LedgerSetupContent;
import uk.ras.rules.internal.LocatedReader;

/**
 * Reads ledger setup files (YAML, or JSON with the same fields; documented in {@code docs/ledger.md})
 * into {@link LedgerSetup}s, reporting <em>every</em> problem at once, each located like a compiler error:
 *
 * <pre>{@code
 * LedgerSetup setup = LedgerSetupReader.create().read(Path.of("setup.yaml"));
 * Rates rates = CostingReader.create().readRates(Path.of("rates.yaml"));
 * Ledger ledger = Ledger.of(setup.terms(PersonId.of("P01"), rates));
 * // or, for a bad file, RuleFileException:
 * // setup.yaml:12:13 providers[0].notice: '7 dayz' is not a duration; expected a whole number and minutes, hours, days or weeks, such as "7 days"
 * }</pre>
 *
 * <p>The same reading machinery and safety limits as {@link RuleSetReader}. A setup names its bank-holiday
 * calendar ({@code calendar: england-and-wales}, the default, is {@link #englandAndWales()}) or writes its
 * own dates out. Staff types and bands are the rates' and are checked when entries are priced; {@link
 * LedgerSetup#problemAt} locates what that finds.
 *
 * <p>Immutable and thread-safe.
 */
public final class LedgerSetupReader {
  /** The bundled calendar's resource, in this package. */
  private static final String ENGLAND_AND_WALES = "england-and-wales.yaml";

  private final LocatedReader<LedgerSetupContent> reader;

  private LedgerSetupReader(LocatedReader<LedgerSetupContent> reader) {
    this.reader = reader;
  }

  /** {@return a reader with the same default limits as {@link RuleSetReader#create()}; never null} */
  public static LedgerSetupReader create() {
    return new LedgerSetupReader(
        LocatedReader.ledgerSetups(
            RuleSetReader.DEFAULT_MAX_FILE_BYTES,
            RuleSetReader.DEFAULT_MAX_NESTING_DEPTH,
            RuleSetReader.DEFAULT_MAX_STRING_LENGTH,
            Map.of("england-and-wales", englandAndWales())));
  }

  /**
   * The bank holidays of England and Wales from 2024 to 2028, as gov.uk lists them, with the substitute
   * days (28 December 2026 for Boxing Day; 27 and 28 December 2027; 3 January 2028), bundled with this
   * library.
   *
   * @return the calendar, named "England and Wales", never null
   */
  public static BankHolidays englandAndWales() {
    return Bundled.ENGLAND_AND_WALES;
  }

  /**
   * Reads a ledger setup file; the file's name (as given) is the source in problems.
   *
   * @param file not null
   * @return what the file holds, never null
   * @throws RuleFileException listing every problem, if the file is not a valid ledger setup
   * @throws IOException if the file cannot be read (missing, unreadable)
   */
  public LedgerSetup read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return setup(file.toString(), reader.parse(file));
  }

  /**
   * Reads ledger setup text.
   *
   * @param sourceName the name shown in problems, not null; its extension chooses the format
   * @param content not null
   * @return what the text holds, never null
   * @throws RuleFileException listing every problem, if the text is not a valid ledger setup
   */
  public LedgerSetup read(String sourceName, String content) {
    return setup(sourceName, reader.parse(sourceName, content));
  }

  /**
   * Reads a ledger setup from a stream, as UTF-8; does not close the stream.
   *
   * @param sourceName the name shown in problems, not null; its extension chooses the format
   * @param in not null
   * @return what the content holds, never null
   * @throws RuleFileException listing every problem, if the content is not a valid ledger setup
   * @throws IOException if the stream cannot be read
   */
  public LedgerSetup read(String sourceName, InputStream in) throws IOException {
    return setup(sourceName, reader.parse(sourceName, in));
  }

  private static LedgerSetup setup(String source, LocatedReader.Parsed<LedgerSetupContent> parsed) {
    LedgerSetupContent c = parsed.orThrow();
    return new LedgerSetup(
        source,
        c.from(),
        c.to(),
        c.calendar(),
        c.bands(),
        c.notice(),
        c.hospital(),
        c.alerts(),
        c.reconciliation(),
        c.people().stream()
            .map(p -> new LedgerPerson(p.id(), p.weeklyBudget(), p.clientGroup(), p.reviews(), p.planStart(), p.firstDirectPayment(), p.planned(),
                p.reassessed().map(r -> new Reassessment(r.date(), r.reference()))))
            .toList(),
        parsed::problemAt);
  }

  /** Read once, on first use: the file ships with the library, so a problem in it is a broken build. */
  private static final class Bundled {
    static final BankHolidays ENGLAND_AND_WALES = read();

    private static BankHolidays read() {
      try (InputStream in = LedgerSetupReader.class.getResourceAsStream(LedgerSetupReader.ENGLAND_AND_WALES)) {
        if (in == null) {
          throw new IllegalStateException("the bundled calendar " + LedgerSetupReader.ENGLAND_AND_WALES + " is missing");
        }
        return LocatedReader.calendars(
                RuleSetReader.DEFAULT_MAX_FILE_BYTES,
                RuleSetReader.DEFAULT_MAX_NESTING_DEPTH,
                RuleSetReader.DEFAULT_MAX_STRING_LENGTH)
            .read(LedgerSetupReader.ENGLAND_AND_WALES, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
