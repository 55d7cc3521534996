package vn.vbtrace.web.security;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The security settings of `serve` (Spring properties, or the matching environment variables):
 * <ul>
 *   <li>{@code vbtrace.security.anonymous-read} (VBTRACE_SECURITY_ANONYMOUS_READ, default true): reads need no
 *       login for clients in the networks below; false: every request needs a login.</li>
 *   <li>{@code vbtrace.security.anonymous-read-networks} (default {@code 127.0.0.0/8,::1}): where those
 *       clients are; behind a proxy, the address the proxy names.</li>
 *   <li>{@code vbtrace.security.allowed-origins} (default none): origins besides the server's own from which
 *       a browser may write, e.g. {@code https://vbtrace.so-tc.gov.vn} when the proxy rewrites Host.</li>
 * </ul>
 */
record SecuritySettings(boolean anonymousRead, List<IpAddressMatcher> anonymousReadNetworks, List<String> allowedOrigins) {

    static SecuritySettings parse(boolean anonymousRead, String networks, String origins) {
        List<IpAddressMatcher> matchers = split(networks).stream().map(SecuritySettings::network).toList();
        List<String> allowed = split(origins).stream().map(SecuritySettings::origin).toList();
        return new SecuritySettings(anonymousRead, matchers, allowed);
    }

    private static List<String> split(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static IpAddressMatcher network(String cidr) {
        try {
            return new IpAddressMatcher(cidr);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("vbtrace.security.anonymous-read-networks: '" + cidr
                    + "' is not an address or network (e.g. 127.0.0.0/8, 10.1.0.0/16, ::1)", e);
        }
    }

    /** An origin as browsers send it: scheme://host[:port], lower case, no path. */
    static String origin(String value) {
        URI uri;
        try {
            uri = URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("vbtrace.security.allowed-origins: '" + value + "' is not an origin such as https://host", e);
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("vbtrace.security.allowed-origins: '" + value + "' is not an origin such as https://host");
        }
        return SameOrigin.normalize(uri.getScheme(), uri.getHost(), uri.getPort());
    }
}
