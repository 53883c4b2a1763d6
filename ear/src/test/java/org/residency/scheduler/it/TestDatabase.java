package org.residency.scheduler.it;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/** Reads the test domain's database directly, for what no API shows (scripts/lib/test-domain.sh writes the file). */
final class TestDatabase {

    private TestDatabase() {
    }

    static String passwordHash(String username) throws SQLException, IOException {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("SELECT password_hash FROM app_user WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no account " + username);
                }
                return r.getString(1);
            }
        }
    }

    /** Runs one statement as the application's database user would; throws what PostgreSQL says. */
    static int update(String sql, Object... parameters) throws SQLException, IOException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    /** The first column of the first row a query returns, as text; null when it returns no row. */
    static String value(String sql, Object... parameters) throws SQLException, IOException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Every stored calendar feed column of a person, as text ("token_hash", "issued_by"). */
    static java.util.Map<String, String> calendarFeed(long programId, String personId) throws SQLException, IOException {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("SELECT f.token_hash, f.issued_by FROM calendar_feed f"
                     + " JOIN person p ON p.id = f.person_id WHERE p.program_id = ? AND p.external_id = ?")) {
            s.setLong(1, programId);
            s.setString(2, personId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? java.util.Map.of("token_hash", r.getString(1), "issued_by", r.getString(2))
                        : java.util.Map.of();
            }
        }
    }

    private static Connection connect() throws SQLException, IOException {
        Properties db = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("test.database.file")))) {
            db.load(in);
        }
        return DriverManager.getConnection("jdbc:postgresql://" + db.getProperty("host") + ":" + db.getProperty("port")
                + "/" + db.getProperty("name"), db.getProperty("user"), db.getProperty("password"));
    }
}
