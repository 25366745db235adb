package dev.newsie.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Builds small WARC 1.0 files of HTTP response records, by hand, for tests. */
public final class WarcFixtures {
    private WarcFixtures() {
    }

    public static byte[] warc(List<String> uris, List<String> htmls) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < uris.size(); i++) {
            out.writeBytes(response(uris.get(i), "200 OK", "Content-Type: text/html; charset=utf-8\r\n", htmls.get(i).getBytes(StandardCharsets.UTF_8)));
        }
        return out.toByteArray();
    }

    /** One response record; {@code uri} null leaves out WARC-Target-URI; {@code httpHeaders} lines end in CRLF. */
    public static byte[] response(String uri, String status, String httpHeaders, byte[] body) {
        byte[] http = ("HTTP/1.1 " + status + "\r\n" + httpHeaders + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[http.length + body.length];
        System.arraycopy(http, 0, block, 0, http.length);
        System.arraycopy(body, 0, block, http.length, body.length);
        return record("response", uri, "application/http; msgtype=response", block);
    }

    /** One record of any type with the given block. */
    public static byte[] record(String type, String uri, String contentType, byte[] block) {
        String id = UUID.nameUUIDFromBytes((type + uri + block.length).getBytes(StandardCharsets.UTF_8)).toString();
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
