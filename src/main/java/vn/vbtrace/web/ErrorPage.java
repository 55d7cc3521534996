package vn.vbtrace.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the servlet container sends an error that no controller answered (a filter failed, a request was
 * rejected before Spring MVC saw it): the same problem+json as {@link ApiErrors}, in place of Spring Boot's
 * default error JSON or a Whitelabel page.
 */
@RestController
class ErrorPage implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPage.class);

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request) {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer s && s >= 400 ? s : 500;
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String code = Problems.codeOf(status);
        String detail = Problems.title(status);
        if (failure instanceof RequestRejectedException || causedBy(failure, RequestRejectedException.class)) {
            code = "request-rejected";
            detail = "địa chỉ yêu cầu có ký tự hoặc đoạn không được phép (ví dụ '//', '..' hay ký tự điều khiển)";
        } else if (status >= 500) {
            log.error("Unexpected failure of {}", path, failure);
            detail = "lỗi máy chủ khi xử lý yêu cầu; chi tiết đã được ghi vào nhật ký của máy chủ";
        } else if (status == 404) {
            detail = "không có trang hay API nào ở địa chỉ " + path;
        }
        return ResponseEntity.status(status).contentType(Problems.PROBLEM_JSON)
                .body(Problems.json(status, code, detail, path == null ? null : path.toString()));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
