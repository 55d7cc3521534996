package vn.vbtrace.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import vn.vbtrace.web.Problems;

import java.io.IOException;

/**
 * What a request that needs a login gets without one: a page is sent to the login page (and comes back after
 * it); the API answers 401 as problem+json with a Basic challenge, except to the pages' own scripts
 * (X-Requested-With), for which the browser's password dialog would only be in the way.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, jakarta.servlet.ServletException {
        if (isPage(request)) {
            loginPage.commence(request, response, failure);
            return;
        }
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"vbtrace\", charset=\"UTF-8\"");
        }
        if (failure instanceof BadCredentialsException) {
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "bad-credentials",
                    "tên đăng nhập hoặc mật khẩu không đúng", request.getRequestURI());
        } else {
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "authentication-required",
                    "cần đăng nhập: gửi tên và mật khẩu (HTTP Basic) hoặc đăng nhập ở trang /login", request.getRequestURI());
        }
    }

    /** A browser asking for a page, not a script asking the API. */
    static boolean isPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && !request.getRequestURI().startsWith("/api/")
                && accept != null && accept.contains("text/html");
    }
}
