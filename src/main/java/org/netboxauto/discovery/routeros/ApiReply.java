package org.netboxauto.discovery.routeros;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.PeerText;

/**
 * One reply sentence: its type ({@code !re}, {@code !done}, {@code !trap}, {@code !fatal},
 * {@code !empty}), its {@code =name=value} attributes, its {@code .tag} and any plain words
 * (the reason after {@code !fatal}).
 */
record ApiReply(String type, Map<String, String> attributes, Optional<String> tag, List<String> plain) {

    static ApiReply parse(List<byte[]> words) {
        String type = RouterOsText.decode(words.getFirst());
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> plain = new ArrayList<>();
        Optional<String> tag = Optional.empty();
        for (byte[] raw : words.subList(1, words.size())) {
            String word = RouterOsText.decode(raw);
            if (word.startsWith("=")) {
                // Only the second '=' splits: values may hold '=' themselves
                int split = word.indexOf('=', 1);
                if (split < 0) {
                    attributes.put(word.substring(1), "");
                } else {
                    attributes.put(word.substring(1, split), word.substring(split + 1));
                }
            } else if (word.startsWith(".tag=")) {
                tag = Optional.of(word.substring(".tag=".length()));
            } else {
                plain.add(word);
            }
        }
        return new ApiReply(type, attributes, tag, plain);
    }

    /** The router's own words (a trap's or fatal's reason), made safe to print. */
    String message() {
        String message = attributes.getOrDefault("message", String.join(" ", plain));
        return message.isBlank() ? "(no message)" : PeerText.clean(message);
    }
}
