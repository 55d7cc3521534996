package vn.vbtrace.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange with the server on 127.0.0.1 over a socket of its own ({@code Connection: close}), for a command
 * run beside {@code serve}. The JDK's clients cost more than the answer on that path: {@code java.net.http.HttpClient}
 * and {@code HttpURLConnection} both look up service providers (a selector provider, a URL handler) through the whole
 * class path on first use, which opens each of the command's 350 jars: 0.2 s of a command that issue 9 gives 1.5 s,
 * where the exchange itself takes a few milliseconds. Plain HTTP only; the answer is read whole, as the server sends it
 * (Content-Length, chunked, or up to the close).
 */
final class LoopbackHttp {

    /** A status code and the body read as UTF-8. */
    record Reply(int status, String body) {
    }

    /**
     * The longest the server may stay silent within an answer: long enough for the slowest answer of the API (a page
     * of an export, a check of a long draft), so that only a server that hangs ends a command this way.
     */
    private static final Duration SILENCE = Duration.ofMinutes(10);

    private LoopbackHttp() {
    }

    /**
     * Sends {@code method target} (target: the path with its query, already encoded) with {@code headers} and
     * {@code body} (empty for none) to 127.0.0.1:{@code port}, and reads the whole answer.
     */
    static Reply exchange(int port, Duration connect, String method, String target, Map<String, String> headers,
            byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) SILENCE.toMillis());
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) connect.toMillis());
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body.length > 0 || !method.equals("GET")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            // ASCII: the target comes percent-encoded, the headers are media types and the folder's token.
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream()));
        }
    }

    /** The answer on {@code in}: its status line, its headers, then its body as they frame it. */
    static Reply read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                length = Long.parseLong(value);
            } else if (name.equals("transfer-encoding")) {
                chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            }
        }
        byte[] body = chunked ? chunks(in) : length >= 0 ? exactly(in, length) : in.readAllBytes();
        return new Reply(status, new String(body, StandardCharsets.UTF_8));
    }

    /** A chunked body: each chunk's size in hex on its own line, the chunk, CRLF; a chunk of size 0 and trailers end it. */
    private static byte[] chunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int extension = size.indexOf(';');
            long n = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
            if (n == 0) {
                while (!line(in).isEmpty()) {
                    // trailers, not used
                }
                return body.toByteArray();
            }
            body.write(exactly(in, n));
            line(in); // the CRLF after the chunk
        }
    }

    private static byte[] exactly(InputStream in, long length) throws IOException {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IOException("answer too large: " + length + " bytes");
        }
        byte[] bytes = in.readNBytes((int) length);
        if (bytes.length < length) {
            throw new EOFException("the server closed the connection " + bytes.length + " bytes into " + length);
        }
        return bytes;
    }

    /** A line of the head, without its CRLF (a bare LF is taken too). */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the server closed the connection before the end of its answer's head");
            }
            line.write(b);
        }
        byte[] bytes = line.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }
}
