package uk.ras.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What must hold of review dates, over generated plans, reviews and triggers (one seed a case). */
class ReviewRulesProperties {
  @Test
  void aTriggerNeverPutsAReviewOffAndTheStatusOnlyWorsensWithTime() {
    qt().withExamples(uk.ras.Examples.or(1000))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              ReviewRules rules = ReviewRules.of("g", 1 + r.nextInt(104), 1 + r.nextInt(36), r.nextInt(91));
              LocalDate start = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(700));
              List<LocalDate> done = new ArrayList<>();
              for (int i = r.nextInt(4); i > 0; i--) {
                done.add(start.plusDays(r.nextInt(900) - 100));
              }
              List<ReviewTrigger> triggers = new ArrayList<>();
              for (int i = r.nextInt(4); i > 0; i--) {
                triggers.add(new ReviewTrigger(start.plusDays(r.nextInt(900)), TriggerKind.values()[r.nextInt(3)]));
              }
              LocalDate today = start.plusDays(r.nextInt(1200));
              ReviewDue scheduled = rules.carePlanReview(start, done, List.of(), today);
              ReviewDue triggered = rules.carePlanReview(start, done, triggers, today);
              assertFalse(triggered.dueOn().isAfter(scheduled.dueOn()), triggered::toString);
              assertTrue(scheduled.dueOn().isAfter(start), scheduled::toString);
              ReviewStatus before = rules.carePlanReview(start, done, triggers, today.minusDays(1)).status();
              assertTrue(before.compareTo(triggered.status()) <= 0, before + " then " + triggered.status());
              ReviewDue dp = rules.directPaymentReview(start, done, today);
              assertFalse(dp.dueOn().isAfter(latestOr(done, start).plusMonths(12)), dp::toString);
              if (done.stream().noneMatch(d -> !d.isBefore(start))) {
                assertEquals(start.plusMonths(6), dp.dueOn());
              }
            });
  }

  private static LocalDate latestOr(List<LocalDate> dates, LocalDate start) {
    LocalDate last = start;
    for (LocalDate d : dates) {
      if (d.isAfter(last)) {
        last = d;
      }
    }
    return last;
  }
}
