package uk.ras.isf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Many settings, such as every house a provider runs, for running the leave analysis for every person of
 * every setting at once. Immutable and thread-safe.
 */
public final class SettingPortfolio {
  private final List<Setting> settings;

  private SettingPortfolio(List<Setting> settings) {
    this.settings = List.copyOf(settings);
  }

  /**
   * Returns a portfolio of the given settings.
   *
   * @param settings not null, no nulls (may be empty)
   * @return the portfolio, never null
   */
  public static SettingPortfolio of(List<Setting> settings) {
    Objects.requireNonNull(settings, "settings");
    return new SettingPortfolio(settings);
  }

  /** {@return the settings, in the given order; never null} */
  public List<Setting> settings() {
    return settings;
  }

  /**
   * The leave analysis of every person of every setting, settings in order and people in each setting's
   * order.
   *
   * @param policy not null
   * @return never null
   */
  public List<LeaveAnalysis> leaveAnalyses(LeavePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    List<LeaveAnalysis> out = new ArrayList<>();
    for (Setting s : settings) {
      Split split = s.split(); // once per setting, not once per leaver
      for (Person p : s.people()) {
        out.add(split.leave(p.id(), policy));
      }
    }
    return out;
  }
}
