package org.residency.scheduler.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway when the application starts, before any other bean
 * touches the database (they declare {@code @DependsOn("DatabaseMigration")}). JPA schema
 * generation is off: the migrations under {@code db/migration} are the only source of the schema.
 * Bean-managed transactions, because Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/residency")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway().migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** Migrations present in the application but not yet applied to the database. */
    public int pendingMigrations() {
        return flyway().info().pending().length;
    }

    private Flyway flyway() {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // The EJB timer table exists before the first migration (see server-config's
                // PrepareDatabase); baseline below V1 so that every migration still runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // Parallel work lands its numbered migrations in any order (V9 may reach a database before
                // V8): a lower version found later is applied then instead of failing validation.
                .outOfOrder(true)
                .load();
    }
}
