package org.residency.scheduler.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.residency.scheduler.format.FormatJsonb;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.program.boundary.ProgramService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * Loads a demo program (a copy of {@code ../shared/formats/examples/realistic.json}) into an empty
 * database when {@code DEMO_DATA} is true, so a newcomer's first run shows something. The run
 * command turns it on; tests and production leave it off.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @Inject
    ProgramService programs;

    @PostConstruct
    void loadIntoEmptyDatabase() {
        if (!enabled || !programs.list().isEmpty()) {
            return;
        }
        ProgramDocument demo = read();
        programs.create(demo);
        LOG.info(() -> "Loaded the demo program \"" + demo.name() + "\"");
    }

    private ProgramDocument read() {
        try (InputStream in = getClass().getResourceAsStream("/demo/program.json");
             Jsonb jsonb = JsonbBuilder.create(FormatJsonb.config())) {
            return jsonb.fromJson(in, ProgramDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the demo program could not be read", e);
        }
    }
}
