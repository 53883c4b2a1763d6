package org.residency.scheduler.resilience.boundary;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name a server gives the task runs it starts: its Payara instance ("server" for a single domain,
 * "residency-1" in the cluster) at its host, so that two single servers on two hosts sharing a database
 * never take each other's runs for their own.
 */
final class Runner {

    static final String THIS_SERVER = System.getProperty("com.sun.aas.instanceName", "server") + "@" + host();

    private Runner() {
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
