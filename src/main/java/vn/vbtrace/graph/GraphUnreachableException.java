package vn.vbtrace.graph;

/**
 * A Neo4j server named by the settings cannot be used as configured: it refused the user name or password, or
 * nothing answers at its URI. A setting to fix, not a fault of vbtrace: the command line and {@code serve}
 * print the message as one line, Vietnamese first, naming the environment variables to check.
 */
public final class GraphUnreachableException extends GraphException {

    private GraphUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }

    static GraphUnreachableException loginRefused(String uri, Throwable cause) {
        return new GraphUnreachableException("Không đăng nhập được vào Neo4j tại " + uri
                + ": sai tên hoặc mật khẩu (VBTRACE_GRAPH_USER / VBTRACE_GRAPH_PASSWORD)"
                + " / the Neo4j server refused the credentials given", cause);
    }

    static GraphUnreachableException loginLocked(String uri, Throwable cause) {
        return new GraphUnreachableException("Neo4j tại " + uri + " tạm khóa đăng nhập vì sai mật khẩu nhiều lần liên tiếp:"
                + " kiểm tra VBTRACE_GRAPH_USER / VBTRACE_GRAPH_PASSWORD rồi thử lại sau ít giây"
                + " / the Neo4j server locked the login after too many wrong passwords", cause);
    }

    static GraphUnreachableException noAnswer(String uri, Throwable cause) {
        return new GraphUnreachableException("Không kết nối được tới Neo4j tại " + uri
                + ": máy chủ không trả lời (VBTRACE_GRAPH_URI) / no Neo4j server answers there: "
                + firstLine(cause.getMessage()), cause);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
