package org.residency.scheduler.it;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

/**
 * Sends raw messages to the test domain's built-in OpenMQ broker, as a misbehaving producer would.
 * The OpenMQ client is the server's own imq.jar (not on Maven Central), put on the test classpath
 * by Failsafe at run time, so it is loaded by name here.
 */
final class Broker {

    private Broker() {
    }

    static void sendText(String physicalQueue, String text) {
        try (JMSContext context = connectionFactory().createContext("guest", "guest")) {
            context.createProducer().send(context.createQueue(physicalQueue), text);
        }
    }

    private static ConnectionFactory connectionFactory() {
        try {
            Class<?> type = Class.forName("com.sun.messaging.ConnectionFactory");
            Object factory = type.getConstructor().newInstance();
            type.getMethod("setProperty", String.class, String.class).invoke(factory, "imqAddressList",
                    "mq://127.0.0.1:" + System.getProperty("test.jms.port", "20076"));
            return (ConnectionFactory) factory;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("OpenMQ client (payara6/mq/lib/imq.jar) not usable", e);
        }
    }
}
