package dev.newsie.serve;

import java.io.IOException;
import java.io.InputStream;

/** Reads a whole request body, refusing (413) anything over the limit before or while reading it. */
final class RequestBodies {
    private RequestBodies() {
    }

    static byte[] read(InputStream in, long declaredLength, long maxBytes) throws IOException {
        if (declaredLength > maxBytes) {
            throw tooLarge(declaredLength, maxBytes);
        }
        // Chunked bodies declare no length: read one byte past the limit to know whether it was crossed.
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            throw tooLarge(-1, maxBytes);
        }
        return body;
    }

    private static BadRequestException tooLarge(long length, long maxBytes) {
        return new BadRequestException(413, "request body " + (length >= 0 ? "of " + length + " bytes " : "")
                + "exceeds the limit of " + maxBytes + " bytes (the server's --max-body-bytes)");
    }
}
