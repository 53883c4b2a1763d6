package org.residency.scheduler.persistence;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.residency.scheduler.absences.control.ScheduleVersions;
import org.residency.scheduler.lifecycle.boundary.Callers;
import org.residency.scheduler.lifecycle.boundary.EditService;
import org.residency.scheduler.lifecycle.boundary.PublishingService;
import org.residency.scheduler.lifecycle.boundary.SwapService;
import org.residency.scheduler.lifecycle.control.LifecycleSettings;
import org.residency.scheduler.lifecycle.control.Overrides;
import org.residency.scheduler.lifecycle.control.ScheduleChanges;
import org.residency.scheduler.program.boundary.AbsenceService;
import org.residency.scheduler.program.boundary.FacultyService;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.program.boundary.ResidentService;
import org.residency.scheduler.program.boundary.RotationService;
import org.residency.scheduler.program.control.ProgramStore;
import org.residency.scheduler.resilience.boundary.FallbackService;
import org.residency.scheduler.schedule.boundary.CacheEviction;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.control.ScheduleJson;
import org.residency.scheduler.schedule.control.ScheduleRows;

import java.lang.reflect.Proxy;

import static org.residency.scheduler.persistence.Database.inject;

/** The services wired by hand on one entity manager, as the container would wire them for one call. */
final class Services {

    private final ProgramStore store;
    private final EntityManager em;
    private final FakeCache cache;

    Services(EntityManager em, FakeCache cache) {
        this.em = em;
        this.cache = cache;
        this.store = inject(new ProgramStore(), "em", em);
    }

    EntityManager em() {
        return em;
    }

    ProgramService programs() {
        return inject(inject(inject(new ProgramService(), "em", em), "store", store), "cache", cache);
    }

    ResidentService residents() {
        return inject(new ResidentService(), "store", store);
    }

    FacultyService faculty() {
        return inject(new FacultyService(), "store", store);
    }

    RotationService rotations() {
        return inject(new RotationService(), "store", store);
    }

    AbsenceService absences() {
        return inject(inject(new AbsenceService(), "em", em), "store", store);
    }

    ScheduleService schedules() {
        ScheduleService service = new ScheduleService();
        inject(service, "em", em);
        inject(service, "programs", store);
        inject(service, "rows", inject(new ScheduleRows(), "em", em));
        inject(service, "json", new ScheduleJson());
        inject(service, "cache", cache);
        inject(service, "eviction", inject(inject(new CacheEviction(), "cache", cache), "transactions", afterEach()));
        return service;
    }

    FallbackService fallbacks() {
        FallbackService service = inject(new FallbackService(), "em", em);
        inject(service, "schedules", schedules());
        inject(service, "json", new ScheduleJson());
        return inject(service, "absences", absences());
    }

    ScheduleChanges changes() {
        ScheduleChanges changes = inject(new ScheduleChanges(), "schedules", schedules());
        inject(changes, "programs", programs());
        inject(changes, "programStore", store);
        inject(changes, "rows", inject(new ScheduleRows(), "em", em));
        inject(changes, "eviction", inject(inject(new CacheEviction(), "cache", cache), "transactions", afterEach()));
        inject(changes, "overrides", overrides());
        return inject(changes, "settings", inject(new LifecycleSettings(), "freezeDays", 7));
    }

    PublishingService publishing() {
        PublishingService service = inject(new PublishingService(), "em", em);
        inject(service, "schedules", schedules());
        inject(service, "programs", programs());
        inject(service, "overrides", overrides());
        return inject(service, "programStore", store);
    }

    Overrides overrides() {
        return inject(new Overrides(), "em", em);
    }

    EditService edits() {
        return inject(inject(new EditService(), "schedules", schedules()), "changes", changes());
    }

    ScheduleVersions versions() {
        return inject(inject(new ScheduleVersions(), "em", em), "schedules", schedules());
    }

    SwapService swaps() {
        SwapService service = inject(new SwapService(), "em", em);
        inject(service, "schedules", schedules());
        inject(service, "changes", changes());
        inject(service, "programs", store);
        return inject(service, "callers", inject(new Callers(), "em", em));
    }

    /** A registry that runs the after-completion callback at once: enough to see the second eviction. */
    private static TransactionSynchronizationRegistry afterEach() {
        return (TransactionSynchronizationRegistry) Proxy.newProxyInstance(Services.class.getClassLoader(),
                new Class<?>[]{TransactionSynchronizationRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("registerInterposedSynchronization")) {
                        ((Synchronization) args[0]).afterCompletion(0);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
