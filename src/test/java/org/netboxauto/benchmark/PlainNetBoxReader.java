package org.netboxauto.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor a NetBox read is measured against, run as a process of its own: every list given, in
 * pages of 1,000 (NetBox's largest by default), following {@code next} and keeping nothing.
 * Arguments: base-url token path-with-query...
 */
public final class PlainNetBoxReader {

    private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");

    private PlainNetBoxReader() {
    }

    public static void main(String[] args) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long requests = 0;
        long bytes = 0;
        for (int i = 2; i < args.length; i++) {
            String sep = args[i].contains("?") ? "&" : "?";
            String next = args[0].replaceAll("/$", "") + args[i] + sep + "limit=1000";
            while (next != null) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(next))
                        .header("Authorization", "Token " + args[1]).header("Accept", "application/json").build();
                String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                requests++;
                bytes += body.length();
                Matcher m = NEXT.matcher(body.substring(0, Math.min(body.length(), 2000)));
                next = m.find() ? m.group(1) : null;
            }
        }
        System.out.println("requests " + requests + " bytes " + bytes);
    }
}
