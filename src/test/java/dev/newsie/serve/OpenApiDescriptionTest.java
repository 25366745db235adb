package dev.newsie.serve;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checked-in OpenAPI description names every route the server answers, with its method. */
class OpenApiDescriptionTest {
    @Test
    void everyRouteIsDescribed() {
        List<String> lines = NewsieServer.openApiText().lines().toList();
        for (String route : NewsieServer.API_ROUTES) {
            String method = route.substring(0, route.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = route.substring(route.indexOf(' ') + 1);
            int at = lines.indexOf("  " + path + ":");
            assertTrue(at >= 0, "path " + path + " is missing from openapi.yaml");
            boolean found = false;
            for (int i = at + 1; i < lines.size() && (lines.get(i).startsWith("    ") || lines.get(i).isBlank()); i++) {
                found |= lines.get(i).equals("    " + method + ":");
            }
            assertTrue(found, route + " has no '" + method + ":' operation in openapi.yaml");
        }
    }
}
