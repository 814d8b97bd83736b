package org.netboxauto.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The NetBox REST API as netbox-auto uses it. Paths are under {@code /api/} and end with {@code /}. */
public interface NetBoxClient extends AutoCloseable {

    /** Where NetBox is, for messages and links. */
    URI baseUrl();

    /**
     * Reads {@code /api/status/} and checks that the release is one netbox-auto works with.
     *
     * @throws NetBoxException naming the version when it is outside 4.0–4.7
     */
    NetBoxVersion version();

    /** One short try at {@code /api/status/}, no retries: whether NetBox is there and which release. */
    default NetBoxVersion probe() {
        return version();
    }

    /** Every row of a list endpoint, following {@code next} page by page. */
    List<JsonNode> list(String path, NetBoxQuery query);

    /** Every row of a list endpoint passed through {@code shape} to {@code row}, a page at a time. */
    default void each(String path, NetBoxQuery query, UnaryOperator<JsonNode> shape, Consumer<JsonNode> row) {
        list(path, query).forEach(r -> row.accept(shape.apply(r)));
    }

    JsonNode get(String path);

    JsonNode create(String path, JsonNode body);

    JsonNode update(String path, long id, JsonNode changes);

    void delete(String path, long id);

    /** Bulk PATCH: a list of {@code {"id": N, ...}} sent to the list endpoint, applied all or none. */
    JsonNode updateAll(String path, JsonNode changes);

    /** Bulk DELETE of {@code [{"id": N}, ...]}, all or none. */
    void deleteAll(String path, JsonNode ids);

    /** Requests sent so far, retries included. */
    long requestCount();

    @Override
    void close();
}
