package org.residency.scheduler.jobs.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * The job queue on the server's built-in broker. The injected JMS context joins the caller's JTA
 * transaction, so a message is delivered only if the job row it names was committed.
 */
@ApplicationScoped
public class JmsJobQueue implements JobQueue {

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:app/jms/JobQueue")
    Queue queue;

    @Override
    public void enqueue(JobMessage message) {
        jms.createProducer().send(queue, message.toJson());
    }
}
