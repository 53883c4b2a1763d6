package org.residency.scheduler.monitoring;

import com.google.ortools.Loader;
import com.google.ortools.init.OrToolsVersion;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Loads OR-Tools' native libraries the way the engine does and reports the version. OR-Tools sits in the
 * domain's lib/ (not in the EAR), so a domain set up without it would only fail at the first generation;
 * this makes it visible at readiness instead. Loading happens once per JVM; later calls are free.
 */
@ApplicationScoped
public class SolverProbe {

    private volatile String version;

    /** @throws LinkageError when the library or its natives are missing */
    public String version() {
        if (version == null) {
            synchronized (this) {
                if (version == null) {
                    Loader.loadNativeLibraries();
                    version = OrToolsVersion.getVersionString();
                }
            }
        }
        return version;
    }
}
