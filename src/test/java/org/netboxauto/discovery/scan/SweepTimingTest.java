package org.netboxauto.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The wait learned from answers, the send rate's back-off on loss and the retries the loss allows. */
class SweepTimingTest {

    private static final long MS = 1_000_000;

    @Test
    void theWaitIsTheTimeoutUntilAnAnswerThenFollowsTheRoundTripsBetweenAFloorAndTheTimeout() {
        RttEstimator rtt = new RttEstimator(1_000 * MS);
        assertThat(rtt.timeoutNanos()).isEqualTo(1_000 * MS);

        for (int i = 0; i < 20; i++) {
            rtt.sample(MS / 2);
        }
        assertThat(rtt.timeoutNanos()).isEqualTo(RttEstimator.FLOOR_NANOS);

        for (int i = 0; i < 20; i++) {
            rtt.sample(i % 2 == 0 ? 150 * MS : 250 * MS);
        }
        assertThat(rtt.timeoutNanos()).isBetween(300 * MS, 600 * MS);

        for (int i = 0; i < 20; i++) {
            rtt.sample(5_000 * MS);
        }
        assertThat(rtt.timeoutNanos()).isEqualTo(1_000 * MS);
    }

    @Test
    void aTimeoutBelowTheFloorIsStillTheCeiling() {
        RttEstimator rtt = new RttEstimator(50 * MS);
        rtt.sample(MS);
        assertThat(rtt.timeoutNanos()).isEqualTo(50 * MS);
    }

    @Test
    void theRateStartsAtTheCeilingAndHalvesOnceForABurstOfLoss() {
        SendRate rate = new SendRate(30_000, 0);
        assertThat(rate.perSecond()).isEqualTo(30_000);
        for (int i = 0; i < 100; i++) {
            rate.answeredFirst(i);
        }
        assertThat(rate.perSecond()).isEqualTo(30_000);

        // every fourth answer comes only to a retry: answers stop coming
        long now = 1_000;
        for (int i = 0; i < 40 && rate.cuts() == 0; i++) {
            now++;
            if (i % 4 == 0) {
                rate.answeredRetry(500, now);
            } else {
                rate.answeredFirst(now);
            }
        }
        assertThat(rate.perSecond()).isEqualTo(15_000);
        long cutAt = rate.changedAt();

        // probes lost before the cut were sent at the old rate: they do not cut again
        for (int i = 0; i < 50; i++) {
            rate.answeredRetry(cutAt - 1, cutAt + i);
        }
        assertThat(rate.perSecond()).isEqualTo(15_000);
        assertThat(rate.cuts()).isEqualTo(1);
    }

    @Test
    void aFewLostAnswersAmongManyDoNotSlowTheSweepAndTheRateRecoversAfterACut() {
        SendRate rate = new SendRate(30_000, 0);
        long now = 0;
        // one answer in 150 lost, as a busy segment does
        for (int i = 0; i < 1_000; i++) {
            now++;
            if (i % 150 == 149) {
                rate.answeredRetry(now - 1, now);
            } else {
                rate.answeredFirst(now);
            }
        }
        assertThat(rate.cuts()).isZero();
        assertThat(rate.perSecond()).isEqualTo(30_000);

        for (int i = 0; i < 10; i++) {
            rate.answeredRetry(now, ++now);
        }
        assertThat(rate.perSecond()).isLessThan(30_000);
        for (int i = 0; i < 2_000; i++) {
            rate.answeredFirst(++now);
        }
        assertThat(rate.perSecond()).isEqualTo(30_000);
    }

    @Test
    void theRateNeverFallsBelowItsFloor() {
        SendRate rate = new SendRate(30_000, 0);
        for (long now = 1; now < 10_000; now++) {
            rate.answeredRetry(now, now);
        }
        assertThat(rate.perSecond()).isEqualTo(SendRate.floor(30_000)).isEqualTo(937.5);
    }

    @Test
    void oneRetryAtFirstAndMoreOnlyWhenTheLossWouldLeaveHostsUnfound() {
        TryLimit limit = new TryLimit(2);
        assertThat(limit.allowedRetries()).isEqualTo(1);
        // a /16: 1,000 hosts, seven of them found only by the retry; a third pass would cost 64,500 probes
        for (int i = 0; i < 993; i++) {
            limit.answered(0, 64_500);
        }
        for (int i = 0; i < 7; i++) {
            limit.answered(1, 64_500);
        }
        assertThat(limit.allowedRetries()).isEqualTo(1);

        // a /24 with 20 hosts, two found by the retry: another 236 probes are worth it
        TryLimit small = new TryLimit(2);
        for (int i = 0; i < 18; i++) {
            small.answered(0, 236);
        }
        small.answered(1, 236);
        small.answered(1, 235);
        assertThat(small.allowedRetries()).isEqualTo(2);
        small.answered(2, 234);
        assertThat(small.allowedRetries()).isEqualTo(2);

        assertThat(new TryLimit(0).allowedRetries()).isZero();
    }
}
