package org.symbiopark.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request over a plain socket that keeps reading the answer while the body is
 * still being sent, as RFC 9112 §9.5 asks of a client whose server answers early (e.g. 413 to
 * an oversized upload). {@code java.net.http} gives up the whole exchange when the server stops
 * reading, so the size limit tests use this.
 */
final class RawHttpExchange {

    record Response(int status, Map<String, String> headers, String body) {
    }

    private RawHttpExchange() {
    }

    /** A GET of a path sent as it is, even one no URI class would accept (e.g. {@code /%zz}). */
    static Response get(int port, String rawPath) throws IOException, InterruptedException {
        return exchange(port, "GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n", new byte[0], false);
    }

    /** Posts the body with a Content-Length or chunked and returns the server's answer. */
    static Response post(int port, String path, String contentType, byte[] body, boolean chunked)
            throws IOException, InterruptedException {
        return exchange(port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: "
                + contentType + "\r\n"
                + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n")
                + "Accept: application/json\r\nConnection: close\r\n\r\n", body, chunked);
    }

    private static Response exchange(int port, String head, byte[] body, boolean chunked)
            throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            Thread sender = new Thread(() -> {
                try {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    int chunk = 64 * 1024;
                    for (int offset = 0; offset < body.length; offset += chunk) {
                        int n = Math.min(chunk, body.length - offset);
                        if (chunked) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(body, offset, n);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException expected) {
                    // the server answered and closed the connection before taking the whole body
                }
            }, "raw-http-sender");
            sender.start();
            Response response = read(new BufferedInputStream(socket.getInputStream()));
            socket.shutdownOutput();
            sender.join(60_000);
            return response;
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
            throw new IOException("no HTTP response, got: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else {
            body.write(in.readAllBytes());
        }
        return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
