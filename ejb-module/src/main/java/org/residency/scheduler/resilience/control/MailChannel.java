package org.residency.scheduler.resilience.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.residency.scheduler.resilience.analysis.AlertMessage;

import java.util.List;
import java.util.Properties;

/** Sends alerts by SMTP (Jakarta Mail) to a configured list of addresses. */
public final class MailChannel implements AlertChannel {

    private final Session session;
    private final String from;
    private final List<String> to;

    public MailChannel(String host, int port, String from, List<String> to) {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", host);
        smtp.put("mail.smtp.port", Integer.toString(port));
        smtp.put("mail.smtp.connectiontimeout", "10000");
        smtp.put("mail.smtp.timeout", "10000");
        this.session = Session.getInstance(smtp);
        this.from = from;
        this.to = List.copyOf(to);
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public void send(AlertMessage alert) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            for (String address : to) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
            }
            message.setSubject(alert.subject(), "UTF-8");
            message.setText(alert.text(), "UTF-8");
            message.setHeader("X-Residency-Alert", alert.key());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("mail to " + to + " failed: " + e.getMessage(), e);
        }
    }
}
