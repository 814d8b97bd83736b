package org.netboxauto.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.netboxauto.core.Observation;

/**
 * A source for orchestration tests: returns given observations, fails with a given reason, or
 * blocks reading from a real socket until the orchestrator stops it.
 */
public record FixedSourceCollector(String sourceId, Duration timeout, List<Observation> observations, String failure,
                                   int stallPort) implements Collector {

    public static FixedSourceCollector returning(String sourceId, List<Observation> observations) {
        return new FixedSourceCollector(sourceId, Duration.ofSeconds(30), observations, null, 0);
    }

    public static FixedSourceCollector failing(String sourceId, String reason) {
        return new FixedSourceCollector(sourceId, Duration.ofSeconds(30), List.of(), reason, 0);
    }

    public static FixedSourceCollector stalling(String sourceId, int port, Duration timeout) {
        return new FixedSourceCollector(sourceId, timeout, List.of(), null, port);
    }

    @Override
    public String configKey() {
        return "sources.test[" + sourceId + "]";
    }

    @Override
    public List<Observation> collect(CollectorContext context) throws CollectorException {
        context.progress("starting");
        if (failure != null) {
            throw new CollectorException(failure);
        }
        if (stallPort > 0) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), stallPort)) {
                context.onCancel(socket);
                InputStream in = socket.getInputStream();
                int read = in.read();
                throw new CollectorException("the stalling peer answered " + read);
            } catch (IOException e) {
                throw new CollectorException("read ended: " + e.getMessage(), e);
            }
        }
        context.progress("read " + observations.size());
        return observations;
    }
}
