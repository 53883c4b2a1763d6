package org.residency.scheduler.jobs.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * The job queues on the server's built-in broker: solver jobs on their own queue, the rest on the job
 * queue. The injected JMS context joins the caller's JTA transaction, so a message is delivered only if
 * the job row it names was committed.
 */
@ApplicationScoped
public class JmsJobQueue implements JobQueue {

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:app/jms/JobQueue")
    Queue queue;

    @Resource(lookup = "java:app/jms/SolverQueue")
    Queue solverQueue;

    @Override
    public void enqueue(JobMessage message) {
        jms.createProducer().send(message.kind().isSolve() ? solverQueue : queue, message.toJson());
    }
}
