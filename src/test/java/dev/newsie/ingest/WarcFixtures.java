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
            byte[] body = htmls.get(i).getBytes(StandardCharsets.UTF_8);
            byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] block = new byte[http.length + body.length];
            System.arraycopy(http, 0, block, 0, http.length);
            System.arraycopy(body, 0, block, http.length, body.length);
            String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uris.get(i) + "\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
                    + "WARC-Record-ID: <urn:uuid:" + UUID.nameUUIDFromBytes(uris.get(i).getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                    + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
            out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(block);
            out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }
}
