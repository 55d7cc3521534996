package vn.vbtrace.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.InvalidCsrfTokenException;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import vn.vbtrace.web.Problems;

import java.io.IOException;

/** 403 as problem+json: a missing or wrong CSRF token, or a role that does not allow the request. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        String path = request.getRequestURI();
        boolean tokenSent = request.getHeader("X-XSRF-TOKEN") != null || request.getParameter("_csrf") != null;
        if (denied instanceof MissingCsrfTokenException || denied instanceof InvalidCsrfTokenException && !tokenSent) {
            Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "csrf-token-missing",
                    "thiếu mã chống giả mạo (CSRF) của phiên đăng nhập: tải lại trang rồi thử lại", path);
        } else if (denied instanceof InvalidCsrfTokenException) {
            Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "csrf-token-invalid",
                    "mã chống giả mạo (CSRF) không khớp với phiên đăng nhập: tải lại trang rồi thử lại", path);
        } else {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            String name = who == null ? "" : who.getName();
            String needed = path.startsWith("/api/users") ? "quản trị (admin)" : "biên tập (editor) trở lên";
            Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
                    "tài khoản " + name + " không có quyền này: cần vai trò " + needed, path);
        }
    }
}
