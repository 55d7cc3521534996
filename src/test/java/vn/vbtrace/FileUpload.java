package vn.vbtrace;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * The multipart/form-data body a browser sends for the upload form: one file in the field "file", as POST
 * /api/documents expects it.
 */
public record FileUpload(String contentType, byte[] body) {

    public static FileUpload of(String fileName, byte[] content) {
        String boundary = "vbtraceUpload" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream all = new ByteArrayOutputStream(content.length + 256);
        all.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        all.writeBytes(content);
        all.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new FileUpload("multipart/form-data; boundary=" + boundary, all.toByteArray());
    }

    public static FileUpload of(String fileName, String text) {
        return of(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A POST of this body to the address; the caller adds the login and the timeout it wants. */
    public HttpRequest.Builder post(URI uri) {
        return HttpRequest.newBuilder(uri).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }
}
