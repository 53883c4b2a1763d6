package org.residency.scheduler.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Asks the connection pool for a connection and validates it: is PostgreSQL there now? */
@ApplicationScoped
public class DatabaseProbe {

    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/residency")
    DataSource dataSource;

    /** @return null when the database answers, else why not */
    public String problem() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(TIMEOUT_SECONDS) ? null : "connection not valid";
        } catch (SQLException | RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /**
     * Whether PostgreSQL refuses changes now (a standby, or {@code default_transaction_read_only}); the
     * application then still serves reads, and every change answers 503. False when it cannot tell.
     */
    public boolean readOnly() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW transaction_read_only")) {
            return r.next() && "on".equals(r.getString(1));
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
