package vn.vbtrace.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;

import java.util.function.Supplier;

/**
 * The CSRF token read on every request a browser makes, so that its cookie is there for the pages' scripts from the
 * first page on; not on a request that carries its own credentials (HTTP Basic, the local token: the command line,
 * scripts), whose writes need no token (see {@code WebSecurity.isBrowserSessionWrite}) and which were each sent a
 * new token and cookie they never use (a UUID and a Set-Cookie header a request).
 */
final class BrowserCsrfTokens implements CsrfTokenRequestHandler {

    /** Reads the token at once: with no attribute name of its own it asks the token for its parameter's name. */
    private final CsrfTokenRequestAttributeHandler eager = new CsrfTokenRequestAttributeHandler();
    /** Leaves the token to be made only if something asks for it. */
    private final CsrfTokenRequestAttributeHandler deferred = new CsrfTokenRequestAttributeHandler();

    BrowserCsrfTokens() {
        eager.setCsrfRequestAttributeName(null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        (request.getHeader("Authorization") == null ? eager : deferred).handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        return eager.resolveCsrfTokenValue(request, token);
    }
}
