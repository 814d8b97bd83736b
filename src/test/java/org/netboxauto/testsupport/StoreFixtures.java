package org.netboxauto.testsupport;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.netboxauto.store.GeneratedId;
import org.netboxauto.store.MyBatisStagingStore;
import org.netboxauto.store.ObservationParts;
import org.netboxauto.store.RunMapper;
import org.netboxauto.core.RunStatus;
import org.netboxauto.store.SourceResultRecord;
import org.netboxauto.core.SourceStatus;

/** Writes test data the way a discovery run will: one transaction per run. */
public final class StoreFixtures {

    /** Observations each complete run writes; a run with another count was torn. */
    public static final int OBSERVATIONS_PER_RUN = 5;

    private StoreFixtures() {
    }

    public static String mac(int seed) {
        return String.format("02:00:%02x:%02x:%02x:%02x", (seed >>> 24) & 0xff, (seed >>> 16) & 0xff,
                (seed >>> 8) & 0xff, seed & 0xff);
    }

    /** One run: started, N observations, a source result, finished — all in one transaction. */
    public static long writeCompleteRun(MyBatisStagingStore store, String source, int macSeed) {
        return store.write(session -> {
            RunMapper runs = session.getMapper(RunMapper.class);
            java.util.List<org.netboxauto.core.Observation> observations = new java.util.ArrayList<>();
            Instant started = Instant.now().truncatedTo(ChronoUnit.MICROS);
            GeneratedId id = new GeneratedId();
            runs.insertRun(started, RunStatus.RUNNING, id);
            for (int i = 0; i < OBSERVATIONS_PER_RUN; i++) {
                observations.add(new org.netboxauto.core.Observation(source, started,
                        org.netboxauto.core.MacAddress.of(mac(macSeed + i)), java.util.List.of("10.250.0." + (i + 1)),
                        java.util.Optional.of("host-" + i), java.util.Optional.empty(),
                        java.util.Map.of("n", Integer.toString(i))));
            }
            ObservationParts.insert(session.getConnection(), id.value(), source, observations);
            runs.insertSourceResult(new SourceResultRecord(id.value(), source, SourceStatus.SUCCEEDED,
                    OBSERVATIONS_PER_RUN, null));
            runs.finishRun(id.value(), Instant.now().truncatedTo(ChronoUnit.MICROS), RunStatus.SUCCEEDED);
            return id.value();
        });
    }
}
