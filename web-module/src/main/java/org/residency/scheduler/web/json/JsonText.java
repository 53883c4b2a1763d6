package org.residency.scheduler.web.json;

import java.nio.charset.StandardCharsets;

/**
 * JSON that is already rendered (a cached schedule), as the UTF-8 bytes it is sent as: written as is, never
 * bound again, and never decoded and re-encoded on the way from the cache to the client.
 */
public record JsonText(byte[] utf8) {

    public String json() {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
