package vn.vbtrace.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

import java.util.List;
import java.util.Locale;

/**
 * Who is asking, as far as the server can tell. The server listens on 127.0.0.1 only, so a client on another
 * machine reaches it through a reverse proxy on this one, which names the real client in a header. A request
 * that carries such a header is taken to come from the address the proxy named (the last one it appended),
 * never from loopback: otherwise every client of the proxy would count as local. A local process gains
 * nothing by adding the header, it can only make itself look remote.
 */
final class ClientAddress {

    private static final List<String> PROXY_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");

    private ClientAddress() {
    }

    /** True when no proxy header is present: the socket's peer is the client. */
    static boolean isDirect(HttpServletRequest request) {
        return PROXY_HEADERS.stream().allMatch(h -> request.getHeader(h) == null);
    }

    /** The client's address: the socket's peer, or the one a proxy on this machine named; null when unreadable. */
    static String of(HttpServletRequest request) {
        if (isDirect(request)) {
            return request.getRemoteAddr();
        }
        String realIp = request.getHeader("X-Real-IP");
        String forwardedFor = request.getHeader("X-Forwarded-For");
        String forwarded = request.getHeader("Forwarded");
        if (forwardedFor != null) {
            return last(forwardedFor.split(","));
        }
        if (forwarded != null) {
            String found = null;
            for (String part : forwarded.split("[,;]")) {
                String p = part.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("for=")) {
                    found = p.substring(4);
                }
            }
            return found == null ? null : unquote(found);
        }
        return realIp == null ? null : realIp.strip();
    }

    /** Whether the client's address lies in one of the networks. */
    static boolean isIn(HttpServletRequest request, List<IpAddressMatcher> networks) {
        String address = of(request);
        if (address == null || address.isBlank()) {
            return false;
        }
        for (IpAddressMatcher network : networks) {
            try {
                if (network.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                return false; // not an address at all ("unknown", an obfuscated identifier)
            }
        }
        return false;
    }

    /** True when the socket's peer is this machine and no proxy relayed the request. */
    static boolean isDirectLoopback(HttpServletRequest request) {
        return isDirect(request) && isIn(request, List.of(new IpAddressMatcher("127.0.0.0/8"), new IpAddressMatcher("::1")));
    }

    private static String last(String[] entries) {
        return entries.length == 0 ? null : unquote(entries[entries.length - 1].strip());
    }

    /** Forwarded: for="[::1]:4711" → ::1; for=192.0.2.60:80 → 192.0.2.60. */
    private static String unquote(String value) {
        String v = value.strip();
        if (v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2) {
            v = v.substring(1, v.length() - 1);
        }
        if (v.startsWith("[")) {
            int end = v.indexOf(']');
            return end > 0 ? v.substring(1, end) : v;
        }
        int colon = v.indexOf(':');
        return colon > 0 && v.indexOf(':', colon + 1) < 0 ? v.substring(0, colon) : v;
    }
}
