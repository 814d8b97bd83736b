package org.netboxauto.discovery;

import java.time.Duration;
import java.util.List;
import org.netboxauto.core.Observation;

/**
 * One configured discovery source. Implementations read their peer, validate every value at the
 * edge (a bad MAC or name is dropped or cleaned, logged once) and return observations.
 *
 * <p>{@link #collect} runs on its own thread. When the run is cancelled or the source's timeout
 * passes, the thread is interrupted and every resource given to {@link CollectorContext#onCancel}
 * is closed, so blocking socket reads end at once.
 */
public interface Collector {

    /** {@code kind:name}, e.g. {@code routeros:core-router}. */
    String sourceId();

    /** The config key of this source, e.g. {@code sources.routeros[0]}, named in errors. */
    String configKey();

    Duration timeout();

    /**
     * @throws CollectorException with a reason the admin can act on (bad credentials, refused,
     *                            certificate not trusted, unexpected reply)
     */
    List<Observation> collect(CollectorContext context) throws CollectorException, InterruptedException;
}
