package uk.ras.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ras.examples.commands.AllocateCommand;
import uk.ras.pricing.BudgetFlag;

/** The flags column, read from a table made once, says what joining the sorted names says, for every set. */
class FlagsTextTest {
  @Test
  void everySetOfFlagsIsWrittenAsItsSortedNamesJoined() {
    BudgetFlag[] all = BudgetFlag.values();
    for (int bits = 0; bits < 1 << all.length; bits++) {
      Set<BudgetFlag> flags = EnumSet.noneOf(BudgetFlag.class);
      for (BudgetFlag flag : all) {
        if ((bits & (1 << flag.ordinal())) != 0) {
          flags.add(flag);
        }
      }
      String joined = flags.stream().sorted().map(BudgetFlag::name).collect(Collectors.joining(" "));
      assertEquals(joined, AllocateCommand.flagsText(flags), flags::toString);
      // Any set, not only an EnumSet: the budget's own set is unmodifiable.
      assertEquals(joined, AllocateCommand.flagsText(Set.copyOf(flags)), flags::toString);
    }
  }
}
