package uk.ras.funding;

import static uk.ras.ValueContract.check;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.money.Money;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.StreamId;

/**
 * The funding results compare as values: unequal when any one field differs, written as
 * {@code Name[field=value, ...]}. Made twice by the engine they are compared in
 * {@code uk.ras.allocation.ResultContractTest}.
 */
class ResultContractTest {
  private static final StreamId SC = StreamId.of("sc");
  private static final StreamId SP = StreamId.of("sp");
  private static final DomainId PC = DomainId.of("personal_care");

  private static StreamAttribution attribution(DomainId d, StreamId s, String share, String points, Optional<StreamId> paidBy, String reason) {
    return attribution(d, s, share, points, paidBy, reason, false);
  }

  private static StreamAttribution attribution(
      DomainId d, StreamId s, String share, String points, Optional<StreamId> paidBy, String reason, boolean practitioner) {
    return new StreamAttribution(d, s, new BigDecimal(share), new BigDecimal(points), paidBy, reason, practitioner);
  }

  @Test
  void aStreamAttributionIsAValue() {
    Optional<StreamId> none = Optional.empty();
    check(
        attribution(PC, SP, "0.5", "3", none, "eligible"),
        attribution(DomainId.of("personal_care"), StreamId.of("sp"), "0.5", "3", Optional.empty(), "eligible"),
        "StreamAttribution[domain=personal_care, stream=sp, share=0.5, points=3, paidBy=Optional.empty,"
            + " reason=eligible, practitionerDecision=false]",
        attribution(DomainId.of("safety"), SP, "0.5", "3", none, "eligible"),
        attribution(PC, SC, "0.5", "3", none, "eligible"),
        attribution(PC, SP, "0.25", "3", none, "eligible"),
        attribution(PC, SP, "0.5", "4", none, "eligible"),
        attribution(PC, SP, "0.5", "3", Optional.of(SC), "eligible"),
        attribution(PC, SP, "0.5", "3", none, "not eligible"),
        attribution(PC, SP, "0.5", "3", none, "eligible", true));
  }

  private static StreamAmount amount(StreamId s, String name, String points, long weekly, long annual) {
    return amount(s, name, points, weekly, annual, 0);
  }

  private static StreamAmount amount(StreamId s, String name, String points, long weekly, long annual, long person) {
    return new StreamAmount(
        s, name, new BigDecimal(points), Money.ofPence(weekly), Money.ofPence(annual), Money.ofPence(person));
  }

  @Test
  void aStreamAmountIsAValue() {
    check(
        amount(SC, "Social care", "7", 35_00, 1_820_00),
        amount(StreamId.of("sc"), "Social care", "7", 35_00, 1_820_00),
        "StreamAmount[stream=sc, name=Social care, points=7, weekly=£35.00, annual=£1,820.00,"
            + " personContribution=£0.00]",
        amount(SP, "Social care", "7", 35_00, 1_820_00),
        amount(SC, "Care", "7", 35_00, 1_820_00),
        amount(SC, "Social care", "7.5", 35_00, 1_820_00),
        amount(SC, "Social care", "7", 35_01, 1_820_00),
        amount(SC, "Social care", "7", 35_00, 1_820_01),
        amount(SC, "Social care", "7", 35_00, 1_820_00, 1));
  }
}
