package org.netboxauto.discovery.routeros;

import java.io.IOException;

/** The bytes from a RouterOS API port are not the API's word protocol, or end mid-sentence. */
public class ApiProtocolException extends IOException {

    public ApiProtocolException(String message) {
        super(message);
    }
}
