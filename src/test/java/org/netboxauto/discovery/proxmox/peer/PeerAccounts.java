package org.netboxauto.discovery.proxmox.peer;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** API tokens, users and issued tickets of the peer, with their privileges. */
final class PeerAccounts {

    /** What PVEAuditor grants on PVE 9, enough for the collector. */
    static final Set<String> AUDITOR = Set.of("VM.Audit", "VM.GuestAgent.Audit", "Sys.Audit", "Pool.Audit");

    private static final Pattern TOKEN = Pattern.compile("PVEAPIToken[= ](.+)=([^=]*)");
    private static final Pattern COOKIE = Pattern.compile("(?:^|;\\s*)PVEAuthCookie=([^;]+)");

    private record Account(String secret, Set<String> privileges) {
    }

    /** Who a request authenticated as. */
    record Caller(String name, Set<String> privileges) {

        boolean may(String privilege) {
            return privileges.contains(privilege);
        }
    }

    private final Map<String, Account> tokens = new ConcurrentHashMap<>();
    private final Map<String, Account> users = new ConcurrentHashMap<>();
    private final Map<String, Caller> tickets = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    void addToken(String id, String secret, Set<String> privileges) {
        tokens.put(id, new Account(secret, Set.copyOf(privileges)));
    }

    void addUser(String user, String password, Set<String> privileges) {
        users.put(user, new Account(password, Set.copyOf(privileges)));
    }

    /** A new ticket, or empty when the login is wrong. */
    Optional<String> login(String user, String password) {
        Account account = users.get(user);
        if (account == null || password == null || !account.secret().equals(password)) {
            return Optional.empty();
        }
        byte[] signature = new byte[96];
        random.nextBytes(signature);
        String ticket = "PVE:" + user + ":" + HexFormat.of().withUpperCase()
                .toHexDigits((int) (System.currentTimeMillis() / 1000)) + "::"
                + Base64.getEncoder().encodeToString(signature);
        tickets.put(ticket, new Caller(user, account.privileges()));
        return Optional.of(ticket);
    }

    /** The caller, or the reason phrase of the 401. */
    Result authenticate(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.startsWith("PVEAPIToken")) {
            Matcher m = TOKEN.matcher(uriUnescape(authorization));
            Account account = m.matches() ? tokens.get(m.group(1)) : null;
            if (account == null || !account.secret().equals(m.group(2))) {
                return Result.failed("Authentication failed!");
            }
            return Result.ok(new Caller(m.group(1), account.privileges()));
        }
        String cookies = exchange.getRequestHeaders().getFirst("Cookie");
        Matcher m = cookies == null ? null : COOKIE.matcher(cookies);
        if (m == null || !m.find()) {
            return Result.failed("No ticket");
        }
        Caller caller = tickets.get(uriUnescape(m.group(1)));
        return caller == null ? Result.failed("Authentication failed!") : Result.ok(caller);
    }

    /** Perl's uri_unescape: only %XX, a '+' stays a plus. */
    private static String uriUnescape(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    record Result(Caller caller, String failure) {

        static Result ok(Caller caller) {
            return new Result(caller, null);
        }

        static Result failed(String why) {
            return new Result(null, why);
        }
    }
}
