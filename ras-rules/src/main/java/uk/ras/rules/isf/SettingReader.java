package uk.ras.rules.isf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import uk.ras.isf.SettingPortfolio;
import uk.ras.isf.Setting;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleSetReader;
import uk.ras.rules.internal.LocatedReader;

/**
 * Reads setting files (JSON, or YAML with the same fields; documented in {@code docs/isf.md}) into valid
 * {@link Setting}s, or portfolio files ({@code {"settings": [...]}}) into {@link SettingPortfolio}s, reporting
 * <em>every</em> problem at once, each located like a compiler error:
 *
 * <pre>{@code
 * Setting house = SettingReader.create().read(Path.of("elm-road.json"));
 * // or, for a bad file, RuleFileException: elm-road.json:14:38 costs[2].usedBy[0]: unknown person "Q9"; ...
 * }</pre>
 *
 * <p>The same reading machinery and safety limits as {@link RuleSetReader}: the format is chosen by the
 * extension ({@code .json}, {@code .yaml}, {@code .yml}; otherwise text starting with '{' is JSON), YAML
 * aliases and tags are refused, duplicate keys are errors, and the file size ({@value
 * RuleSetReader#DEFAULT_MAX_FILE_BYTES} bytes), nesting depth and text length are limited. A setting's own
 * limits ({@link Setting#MAX_PEOPLE} people, {@link Setting#MAX_COST_LINES} cost lines, amounts of at most
 * twelve digits before the point) are reported as located problems like any other.
 *
 * <p>Immutable and thread-safe.
 */
public final class SettingReader {
  private final LocatedReader<Setting> settings;
  private final LocatedReader<SettingPortfolio> portfolios;

  private SettingReader(LocatedReader<Setting> settings, LocatedReader<SettingPortfolio> portfolios) {
    this.settings = settings;
    this.portfolios = portfolios;
  }

  /** {@return a reader with the same default limits as {@link RuleSetReader#create()}; never null} */
  public static SettingReader create() {
    return new SettingReader(
        LocatedReader.settings(
            RuleSetReader.DEFAULT_MAX_FILE_BYTES,
            RuleSetReader.DEFAULT_MAX_NESTING_DEPTH,
            RuleSetReader.DEFAULT_MAX_STRING_LENGTH),
        LocatedReader.portfolios(
            RuleSetReader.DEFAULT_MAX_FILE_BYTES,
            RuleSetReader.DEFAULT_MAX_NESTING_DEPTH,
            RuleSetReader.DEFAULT_MAX_STRING_LENGTH));
  }

  /**
   * Reads a setting file; the file's name (as given) is the source in problems.
   *
   * @param file not null
   * @return the setting, valid; never null
   * @throws RuleFileException listing every problem, if the file is not a valid setting
   * @throws IOException if the file cannot be read (missing, unreadable)
   */
  public Setting read(Path file) throws IOException {
    return settings.read(file);
  }

  /**
   * Reads setting-file text.
   *
   * @param sourceName the name shown in problems, not null; its extension chooses the format
   * @param content not null
   * @return the setting, valid; never null
   * @throws RuleFileException listing every problem, if the text is not a valid setting
   */
  public Setting read(String sourceName, String content) {
    return settings.read(sourceName, content);
  }

  /**
   * Reads a setting file from a stream, as UTF-8; does not close the stream.
   *
   * @param sourceName the name shown in problems, not null; its extension chooses the format
   * @param in not null
   * @return the setting, valid; never null
   * @throws RuleFileException listing every problem, if the content is not a valid setting
   * @throws IOException if the stream cannot be read
   */
  public Setting read(String sourceName, InputStream in) throws IOException {
    return settings.read(sourceName, in);
  }

  /**
   * Reads a portfolio file: {@code {"settings": [setting, ...]}}, each setting as in a setting file.
   *
   * @param file not null
   * @return the portfolio, every setting valid; never null
   * @throws RuleFileException listing every problem of every setting, paths such as {@code
   *     settings[1].costs[2].usedBy[0]}
   * @throws IOException if the file cannot be read
   */
  public SettingPortfolio readPortfolio(Path file) throws IOException {
    return portfolios.read(file);
  }

  /**
   * Reads portfolio-file text.
   *
   * @param sourceName the name shown in problems, not null; its extension chooses the format
   * @param content not null
   * @return the portfolio; never null
   * @throws RuleFileException listing every problem
   */
  public SettingPortfolio readPortfolio(String sourceName, String content) {
    return portfolios.read(sourceName, content);
  }

  /**
   * Reads a portfolio file from a stream, as UTF-8; does not close the stream.
   *
   * @param sourceName the name shown in problems, not null
   * @param in not null
   * @return the portfolio; never null
   * @throws RuleFileException listing every problem
   * @throws IOException if the stream cannot be read
   */
  public SettingPortfolio readPortfolio(String sourceName, InputStream in) throws IOException {
    return portfolios.read(sourceName, in);
  }
}
