package org.residency.scheduler.devdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Makes a PostgreSQL database ready for a first deployment, before the server starts: creates the
 * database when missing, and the EJB timer table from the DDL that Payara ships. The timer table
 * cannot come from the application's Flyway migrations because the server's timer service reads it
 * while deploying, before any application code runs. Everything else is Flyway's.
 *
 * <p>Reads DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD.
 * Usage: {@code PrepareDatabase <timer-ddl.sql> [recreate]}; "recreate" drops the database first
 * (the test command starts every run from an empty database).
 */
public final class PrepareDatabase {

    private PrepareDatabase() {
    }

    public static void main(String[] args) throws Exception {
        String host = env("DB_HOST", "127.0.0.1");
        String port = env("DB_PORT", "5432");
        String name = env("DB_NAME", "residency");
        Properties credentials = new Properties();
        credentials.setProperty("user", env("DB_USER", System.getProperty("user.name")));
        credentials.setProperty("password", env("DB_PASSWORD", ""));
        credentials.setProperty("connectTimeout", "10");
        String server = "jdbc:postgresql://" + host + ":" + port + "/";
        boolean recreate = args.length > 1 && "recreate".equals(args[1]);
        try (Connection c = DriverManager.getConnection(server + "postgres", credentials)) {
            if (recreate) {
                drop(c, name);
            }
            createDatabaseIfMissing(c, name);
        } catch (SQLException e) {
            // A managed database may not allow connecting to "postgres": the database must then exist.
            System.err.println("Could not check for database " + name + " (" + e.getMessage() + "); assuming it exists");
        }
        String ddl = Files.readString(Path.of(args[0]));
        try (Connection c = DriverManager.getConnection(server + name, credentials);
             Statement s = c.createStatement()) {
            s.execute(ddl.replaceFirst("(?i)CREATE TABLE", "CREATE TABLE IF NOT EXISTS"));
        }
        System.out.println("Database " + name + " on " + host + ":" + port + " is ready for deployment");
    }

    private static void drop(Connection c, String name) throws SQLException {
        requireIdentifier(name);
        try (Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        }
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain identifier: " + name);
        }
    }

    private static void createDatabaseIfMissing(Connection c, String name) throws SQLException {
        requireIdentifier(name);
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement create = c.createStatement()) {
            create.execute("CREATE DATABASE \"" + name + "\"");
        }
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
