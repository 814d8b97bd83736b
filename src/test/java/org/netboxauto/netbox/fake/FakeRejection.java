package org.netboxauto.netbox.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** A request the real NetBox refuses, with the status and body it answers. */
final class FakeRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final transient JsonNode body;

    FakeRejection(int status, JsonNode body) {
        super(status + " " + body, null, false, false);
        this.status = status;
        this.body = body;
    }

    static FakeRejection field(String field, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray(field).add(message);
        return new FakeRejection(400, body);
    }

    static FakeRejection fields(Map<String, List<String>> errors) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        errors.forEach((k, v) -> v.forEach(body.withArray(k)::add));
        return new FakeRejection(400, body);
    }

    static FakeRejection detail(int status, String detail) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("detail", detail);
        return new FakeRejection(status, body);
    }
}
