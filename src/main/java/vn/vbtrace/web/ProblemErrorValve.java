package vn.vbtrace.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's last word on a request it refused before the application saw it (a request line or headers over
 * the size limit, a malformed request): a problem+json like every other error, not Tomcat's HTML page.
 */
public final class ProblemErrorValve extends ErrorReportValve {

    /** server.max-http-request-header-size, said in the answer. */
    private final long maxHeaderKb;

    /** For Tomcat, should it make one of its own: the size of application.properties. */
    public ProblemErrorValve() {
        this(64);
    }

    ProblemErrorValve(long maxHeaderKb) {
        this.maxHeaderKb = maxHeaderKb;
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String code = Problems.codeOf(status);
        String detail = Problems.title(status);
        if (status == 400 || status == 414 || status == 431) {
            code = "request-too-long";
            detail = "yêu cầu quá dài hoặc sai dạng: địa chỉ và phần đầu (header) của yêu cầu tối đa "
                    + maxHeaderKb + " KB; hãy rút gọn câu hỏi hay tham số";
        }
        try {
            response.setContentType(Problems.PROBLEM_JSON.toString());
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(Problems.json(status, code, detail, null));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is going away; nothing more can be said on it.
        }
    }
}
