package vn.vbtrace.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vbtrace.system.ServerActivity;

import java.io.IOException;

/**
 * Tells {@link ServerActivity} of every request but the server's own, so that the server's own work (the warm-up)
 * waits for a lull in the users' requests.
 */
@Component
class RequestActivity extends OncePerRequestFilter {

    private final ServerActivity activity;

    RequestActivity(ServerActivity activity) {
        this.activity = activity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (activity.isOwn(request.getHeader(ServerActivity.MARK_HEADER))) {
            chain.doFilter(request, response);
            return;
        }
        activity.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            activity.end();
        }
    }
}
