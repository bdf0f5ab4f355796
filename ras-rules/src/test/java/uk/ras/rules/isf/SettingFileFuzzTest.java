package uk.ras.rules.isf;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import uk.ras.isf.LeavePolicy;
import uk.ras.isf.Setting;
import uk.ras.isf.SettingPortfolio;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.LocatedErrors;

/**
 * Fuzzes the ISF setting and portfolio readers with arbitrary bytes (no extension in the name, so the
 * content chooses JSON or YAML). The only outcomes allowed are a valid setting (which then splits) or a
 * {@link RuleFileException} whose every problem is located.
 */
class SettingFileFuzzTest {
  private static final SettingReader READER = SettingReader.create();

  @FuzzTest(maxDuration = "3m")
  void setting(byte[] bytes) {
    Setting setting;
    try {
      setting = READER.read("fuzz-setting", new ByteArrayInputStream(bytes));
    } catch (RuleFileException e) {
      LocatedErrors.assertEveryProblemLocated("fuzz-setting", e);
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A setting the reader accepts is valid: splitting it must not fail.
    setting.split();
  }

  @FuzzTest(maxDuration = "3m")
  void portfolio(byte[] bytes) {
    SettingPortfolio portfolio;
    try {
      portfolio = READER.readPortfolio("fuzz-portfolio", new ByteArrayInputStream(bytes));
    } catch (RuleFileException e) {
      LocatedErrors.assertEveryProblemLocated("fuzz-portfolio", e);
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    portfolio.settings().forEach(Setting::split);
    for (LeavePolicy policy : LeavePolicy.values()) {
      portfolio.leaveAnalyses(policy);
    }
  }
}
