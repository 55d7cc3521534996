package vn.vbtrace.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vbtrace.security.LocalToken;
import vn.vbtrace.security.Role;
import vn.vbtrace.web.Problems;

import java.io.IOException;
import java.util.Locale;

/**
 * "Authorization: Bearer TOKEN" with the data folder's local token ({@link LocalToken}), from a client on
 * this machine that no proxy relayed: the owner of the folder, signed in as {@value #LOCAL_USER} with every
 * role. A wrong token, or the right one from elsewhere, is refused outright.
 */
final class LocalTokenFilter extends OncePerRequestFilter {

    static final String LOCAL_USER = "local";
    /**
     * What only the folder's owner on this machine holds: asking the server to read files by their paths on this
     * machine (POST /api/ingest), which an admin signed in from elsewhere must not (the server would read for them
     * whatever its own account may).
     */
    static final String LOCAL_OWNER = "LOCAL_OWNER";
    private static final String BEARER = "bearer ";

    private final LocalToken token;

    LocalTokenFilter(LocalToken token) {
        this.token = token;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            chain.doFilter(request, response);
            return;
        }
        if (!ClientAddress.isDirectLoopback(request) || !token.matches(header.substring(BEARER.length()))) {
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "bad-credentials",
                    "mã truy cập cục bộ không đúng, hoặc được gửi từ ngoài máy chủ", request.getRequestURI());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(LOCAL_USER, null,
                AuthorityUtils.createAuthorityList("ROLE_" + Role.ADMIN.name(), LOCAL_OWNER)));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
