package vn.vbtrace.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import java.io.IOException;

/**
 * After signing in: back to the page that sent the user to the login page (its "next" field, a path on this
 * server only, never another site), else to the page a refused request asked for, else the search page.
 */
final class NextPageAfterLogin extends SavedRequestAwareAuthenticationSuccessHandler {

    NextPageAfterLogin() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        String next = request.getParameter("next");
        if (isLocalPath(next)) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, next);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /** "/document.html?id=x" yes; "//evil.example", "https://evil.example", "/\evil" no. */
    static boolean isLocalPath(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.chars().noneMatch(c -> c < 0x20 || c == '\\');
    }
}
