package vn.vbtrace.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import vn.vbtrace.document.Json;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every error answer of the API, in one shape (RFC 9457 problem details, application/problem+json):
 * {@code type} (urn:vbtrace:problem:CODE), a Vietnamese {@code title} for the status, {@code status}, a
 * Vietnamese {@code detail} saying what was wrong and how to put it right, {@code instance} (the path), a
 * stable {@code code} for scripts, and {@code error}: the detail again, the field the pages and the CLI's
 * JSON have always read.
 */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String TYPE_PREFIX = "urn:vbtrace:problem:";

    private Problems() {
    }

    /** The problem as the MVC layer returns it. */
    public static ProblemDetail of(HttpStatus status, String code, String detail, String path) {
        return of(status.value(), code, detail, path);
    }

    /** The one builder of every error answer: the MVC layer returns it, the rest writes it as {@link #json(ProblemDetail)}. */
    public static ProblemDetail of(int status, String code, String detail, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title(status));
        if (path != null) {
            problem.setInstance(URI.create(safePath(path)));
        }
        problem.setProperty("code", code);
        problem.setProperty("error", detail);
        return problem;
    }

    /** The same problem written straight to a response, where no controller runs (filters, the error page, Tomcat). */
    public static void write(HttpServletResponse response, int status, String code, String detail, String path) throws IOException {
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(status, code, detail, path));
        response.getWriter().flush();
    }

    /** The problem's JSON text, fields in the order of the RFC. */
    public static String json(int status, String code, String detail, String path) {
        return json(of(status, code, detail, path));
    }

    /** A problem of {@link #of} as JSON text where no message converter runs: the fields as Spring MVC writes them. */
    public static String json(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return Json.write(body);
    }

    /** A Vietnamese title per status: what kind of problem, the detail says which. */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ";
            case 401 -> "Cần đăng nhập";
            case 403 -> "Không được phép";
            case 404 -> "Không tìm thấy";
            case 405 -> "Phương thức không được hỗ trợ";
            case 406 -> "Không có định dạng trả lời phù hợp";
            case 409 -> "Xung đột với dữ liệu hiện có";
            case 413 -> "Nội dung gửi lên quá lớn";
            case 414, 431 -> "Yêu cầu quá dài";
            case 415 -> "Kiểu nội dung không được hỗ trợ";
            case 422 -> "Không đọc được tệp";
            case 429, 503 -> "Máy chủ đang bận";
            default -> status >= 500 ? "Lỗi máy chủ" : "Yêu cầu không thực hiện được";
        };
    }

    /** The stable code of a status when nothing more precise is known. */
    public static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "authentication-required";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "request-too-large";
            case 414, 431 -> "request-too-long";
            case 415 -> "unsupported-media-type";
            case 422 -> "unreadable-file";
            case 503 -> "busy";
            default -> status >= 500 ? "internal-error" : "request-failed";
        };
    }

    /** A path as a URI reference: characters a URI cannot hold (Vietnamese, spaces) percent-encoded. */
    private static String safePath(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return "/";
        }
    }
}
