package vn.vbtrace.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.job.JobRejectedException;
import vn.vbtrace.parse.ParseException;
import vn.vbtrace.search.NotFoundException;
import vn.vbtrace.security.UserException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one place where a failed request becomes an answer: every error of a controller, and every error Spring MVC
 * raises before one runs (a missing or mistyped parameter, a broken multipart body, an unknown path), is a
 * problem+json in Vietnamese with a stable code ({@link Problems}). Nothing answers with a stack trace or a
 * server's HTML page.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, HttpServletRequest request) {
        return Problems.of(HttpStatus.BAD_REQUEST, e.code(), e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e, HttpServletRequest request) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return Problems.of(HttpStatus.NOT_FOUND, e.code(), e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(ParseException.class)
    ProblemDetail unparseable(ParseException e, HttpServletRequest request) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(UserException.class)
    ProblemDetail user(UserException e, HttpServletRequest request) {
        return switch (e.reason()) {
            case NAME_TAKEN -> Problems.of(HttpStatus.CONFLICT, "user-exists", e.getMessage(), request.getRequestURI());
            case LAST_ADMIN -> Problems.of(HttpStatus.CONFLICT, "last-admin", e.getMessage(), request.getRequestURI());
            case UNKNOWN_USER -> Problems.of(HttpStatus.NOT_FOUND, "user-not-found", e.getMessage(), request.getRequestURI());
            case NAME_INVALID -> Problems.of(HttpStatus.BAD_REQUEST, "user-name-invalid", e.getMessage(), request.getRequestURI());
            case PASSWORD_WEAK -> Problems.of(HttpStatus.BAD_REQUEST, "password-weak", e.getMessage(), request.getRequestURI());
        };
    }

    /** The upload queue is full: try again later (Retry-After). */
    @ExceptionHandler(JobRejectedException.class)
    ResponseEntity<ProblemDetail> busy(JobRejectedException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .contentType(Problems.PROBLEM_JSON)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", e.getMessage(), request.getRequestURI()));
    }

    /** The search server (VBTRACE_SEARCH_URI) is down or refuses: 503, its one line, and the log. */
    @ExceptionHandler(vn.vbtrace.document.SearchServerException.class)
    ProblemDetail searchServer(vn.vbtrace.document.SearchServerException e, HttpServletRequest request) {
        log.warn("Search server failed for {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", e.getMessage(), request.getRequestURI());
    }

    /** A multipart body that cannot be read at all (no boundary, cut short); too large is handled below as 413. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e, HttpServletRequest request) {
        return Problems.of(HttpStatus.BAD_REQUEST, "multipart-invalid", "biểu mẫu tải tệp (multipart/form-data) không đọc được:"
                + " thiếu ranh giới (boundary), bị cắt giữa chừng hoặc sai định dạng", request.getRequestURI());
    }

    /** Anything else is the server's fault: said so in Vietnamese, the details go to the log, not to the client. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "lỗi máy chủ khi xử lý yêu cầu; chi tiết đã được ghi vào nhật ký của máy chủ", request.getRequestURI());
    }

    /** Spring MVC's own errors, each given its code and a Vietnamese detail in place of Spring's English one. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ProblemDetail problem = describe(ex, status, path, request);
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    private static ProblemDetail describe(Exception ex, HttpStatus status, String path, WebRequest request) {
        return switch (ex) {
            case HttpMessageNotReadableException e when bodyExample(request) != null -> Problems.of(status, "unreadable-body",
                    "nội dung gửi lên không phải JSON như cần, ví dụ " + bodyExample(request), path);
            case MissingServletRequestParameterException e -> Problems.of(status, "missing-parameter",
                    "thiếu tham số '" + e.getParameterName() + "'", path);
            case MissingServletRequestPartException e -> Problems.of(status, "missing-file",
                    "thiếu tệp: gửi tệp trong trường '" + e.getRequestPartName() + "' của biểu mẫu multipart/form-data", path);
            case TypeMismatchException e -> Problems.of(status, "parameter-type", "tham số '" + parameterName(e) + "' phải là "
                    + expected(e.getRequiredType()) + ", không phải '" + e.getValue() + "'", path);
            case HttpMessageNotReadableException e -> Problems.of(status, "unreadable-body",
                    "nội dung gửi lên trống hoặc không đọc được theo kiểu đã khai báo (Content-Type)", path);
            case HttpMediaTypeNotSupportedException e -> Problems.of(status, "unsupported-media-type", "kiểu nội dung '"
                    + e.getContentType() + "' không dùng được ở đây; dùng " + e.getSupportedMediaTypes().stream()
                    .map(Object::toString).collect(Collectors.joining(", ")), path);
            case HttpRequestMethodNotSupportedException e -> Problems.of(status, "method-not-allowed", "phương thức "
                    + e.getMethod() + " không dùng được ở địa chỉ này"
                    + (e.getSupportedMethods() == null ? "" : "; dùng " + String.join(", ", e.getSupportedMethods())), path);
            case NoResourceFoundException e -> Problems.of(status, "not-found", "không có trang hay API nào ở địa chỉ "
                    + (path == null ? "/" + e.getResourcePath() : path), path);
            case MaxUploadSizeExceededException e -> Problems.of(status, "file-too-large", "tệp vượt quá giới hạn tải lên"
                    + (e.getMaxUploadSize() > 0 ? " " + e.getMaxUploadSize() / (1024 * 1024) + " MB" : ""), path);
            default -> Problems.of(status, Problems.codeOf(status.value()), Problems.title(status.value()), path);
        };
    }

    /** The example body of the endpoint the request went to ({@link BodyExample}), or null. */
    private static String bodyExample(WebRequest request) {
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        BodyExample example = handler instanceof HandlerMethod method ? method.getMethodAnnotation(BodyExample.class) : null;
        return example == null ? null : example.value();
    }

    private static String parameterName(TypeMismatchException e) {
        return e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    }

    /** The type a parameter wants, as a user would say it. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "một giá trị hợp lệ";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "một số nguyên";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true hoặc false";
        }
        if (type == LocalDate.class) {
            return "một ngày dạng YYYY-MM-DD";
        }
        if (type.isEnum()) {
            return "một trong " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return "một giá trị hợp lệ";
    }
}
