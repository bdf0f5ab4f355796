package uk.ras.isf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.ras.ValueContract.check;
import static uk.ras.ValueContract.sameTwice;
import static uk.ras.isf.SettingTest.elmRoad;
import static uk.ras.isf.SettingTest.id;
import static uk.ras.isf.SettingTest.m;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ISF results compare as values: made twice from the same setting they are equal, with equal hash
 * codes and text; unequal when any one field differs; written as {@code Name[field=value, ...]}.
 */
class ResultContractTest {
  @Test
  void linesAndChangesMadeTwiceAreEqual() {
    LeaveAnalysis first = elmRoad().leave(id("C"), LeavePolicy.RESPLIT);
    LeaveAnalysis second = elmRoad().leave(id("C"), LeavePolicy.RESPLIT);
    assertEquals(5, first.people().size());
    for (int i = 0; i < first.people().size(); i++) {
      sameTwice(first.people().get(i), second.people().get(i));
      List<LineAmount> lines = first.people().get(i).share().lines();
      for (int j = 0; j < lines.size(); j++) {
        sameTwice(lines.get(j), second.people().get(i).share().lines().get(j));
      }
    }
  }

  @Test
  void aLineAmountIsAValue() {
    check(
        new LineAmount("Vehicle", CostKind.SHARED, m("52.50")),
        new LineAmount("Vehicle", CostKind.SHARED, m("52.50")),
        "LineAmount[name=Vehicle, kind=SHARED, amount=£52.50]",
        new LineAmount("Van", CostKind.SHARED, m("52.50")),
        new LineAmount("Vehicle", CostKind.CORE, m("52.50")),
        new LineAmount("Vehicle", CostKind.SHARED, m("52.51")));
  }

  @Test
  void aShareChangeIsAValue() {
    Share share = new Share(id("A"), SpentWith.SAME_PROVIDER, m("120.00"), List.of(new LineAmount("Vehicle", CostKind.SHARED, m("52.50"))));
    Share other = new Share(id("B"), SpentWith.SAME_PROVIDER, m("120.00"), List.of(new LineAmount("Vehicle", CostKind.SHARED, m("52.50"))));
    check(
        new ShareChange(share, m("150.00")),
        new ShareChange(new Share(id("A"), SpentWith.SAME_PROVIDER, m("120.00"), List.of(new LineAmount("Vehicle", CostKind.SHARED, m("52.50")))), m("150.00")),
        "ShareChange[share=A £172.50 Vehicle=£52.50, previousTotal=£150.00]",
        new ShareChange(other, m("150.00")),
        new ShareChange(share, m("150.01")));
  }
}
