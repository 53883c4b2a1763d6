package org.residency.scheduler.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    @Test
    void forwardedForIsIgnoredFromAnUntrustedPeer() {
        assertEquals("198.51.100.7", new ClientAddress(Set.of()).of("198.51.100.7", "203.0.113.1"));
    }

    @Test
    void behindATrustedProxyTheLastHopItAppendedCounts() {
        ClientAddress proxied = new ClientAddress(Set.of("127.0.0.1"));
        assertEquals("203.0.113.9", proxied.of("127.0.0.1", "10.1.1.1, 203.0.113.9"));
        assertEquals("127.0.0.1", proxied.of("127.0.0.1", null));
    }
}
