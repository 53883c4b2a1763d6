package org.residency.scheduler.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.Function;

/**
 * A throwaway PostgreSQL with the Flyway migrations applied and the entities on EclipseLink, the server's
 * JPA provider: what the migrations and mappings do for real, without a server.
 */
final class Database implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final EntityManagerFactory factory;

    private Database(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load()
                .migrate();
        this.factory = Persistence.createEntityManagerFactory("residency-test", Map.of(
                "jakarta.persistence.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "jakarta.persistence.jdbc.user", "postgres",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver"));
    }

    static Database start() throws IOException {
        return new Database(EmbeddedPostgres.builder().start());
    }

    /** One transaction, as a service call would have; rolled back when the work throws. */
    <T> T transaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    long count(String sql) {
        return transaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** What the container would inject: the tests build the beans by hand. */
    static <T> T inject(T target, String field, Object value) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                f.set(target, value);
                return target;
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + field + " in " + target.getClass());
    }

    @Override
    public void close() throws IOException {
        factory.close();
        postgres.close();
    }
}
