package vn.vbtrace.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vbtrace.web.Problems;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Writes come from the server's own pages or from programs, never from a page of another site: a request
 * that changes something and that a browser marked as coming from another origin (Origin header, or
 * Sec-Fetch-Site: cross-site) is refused with 403 before any login or CSRF check. A program that sends no
 * Origin (curl, the CLI) is not a browser and passes on to the login check.
 */
final class SameOrigin extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final SecuritySettings settings;

    SameOrigin(SecuritySettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        boolean foreign = origin != null ? !isAllowed(origin, request) : "cross-site".equalsIgnoreCase(fetchSite);
        if (foreign) {
            Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "foreign-origin",
                    "yêu cầu ghi gửi từ trang của nơi khác (" + (origin == null ? "cross-site" : origin)
                            + ") bị từ chối: hãy thao tác trên chính các trang của vbtrace", request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isAllowed(String origin, HttpServletRequest request) {
        String given;
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false; // "null" (a sandboxed frame, a file), or garbage
            }
            given = normalize(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return given.equals(ownOrigin(request)) || settings.allowedOrigins().contains(given);
    }

    /**
     * The origin the browser saw the page at: the scheme and host a proxy in front says it served
     * (X-Forwarded-Proto, X-Forwarded-Host), else this request's own. A browser cannot set those headers on a
     * cross-site request (they would need a CORS preflight, which this server never grants).
     */
    static String ownOrigin(HttpServletRequest request) {
        String scheme = first(request.getHeader("X-Forwarded-Proto"));
        if (scheme == null) {
            scheme = request.getScheme();
        }
        String host = first(request.getHeader("X-Forwarded-Host"));
        if (host == null) {
            host = request.getHeader("Host");
        }
        if (host == null) {
            return normalize(scheme, request.getServerName(), request.getServerPort());
        }
        try {
            URI uri = URI.create(scheme + "://" + host);
            return normalize(scheme, uri.getHost() == null ? host : uri.getHost(), uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    static String normalize(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        int p = port > 0 ? port : s.equals("https") ? 443 : 80;
        return s + "://" + host.toLowerCase(Locale.ROOT) + ":" + p;
    }

    private static String first(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return header.split(",")[0].strip();
    }
}
