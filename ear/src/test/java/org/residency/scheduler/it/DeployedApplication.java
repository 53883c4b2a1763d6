package org.residency.scheduler.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;

/**
 * Base of the integration tests: Arquillian deploys the EAR that the build produced, unchanged, to
 * the test domain; the tests then use it as its clients do, over HTTP (and JMS for the broker).
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedApplication {

    protected final Api api = new Api();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ear.file")));
    }
}
