package org.residency.scheduler.security;

import java.util.Set;

/**
 * The address a request came from. Behind a reverse proxy listed in {@code login.trusted-proxies},
 * the last address the proxy appended to {@code X-Forwarded-For}; from anywhere else the header is a
 * client's claim and is ignored, so it cannot be used to dodge the per-address limit.
 */
public record ClientAddress(Set<String> trustedProxies) {

    public String of(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].trim();
        return last.isEmpty() ? remoteAddress : last;
    }
}
