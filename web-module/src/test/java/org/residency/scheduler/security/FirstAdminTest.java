package org.residency.scheduler.security;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.platform.DatabaseMigration;
import org.residency.scheduler.security.boundary.AccountService;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FirstAdminTest {

    /** The account store as far as the first admin needs it: empty or not, and what was created. */
    static final class Store extends AccountService {
        boolean hasAccounts;
        String createdUser;
        String createdHash;

        @Override
        public boolean anyAccount() {
            return hasAccounts;
        }

        @Override
        public boolean createFirstAdmin(String username, String passwordHash) {
            createdUser = username;
            createdHash = passwordHash;
            return true;
        }
    }

    private final Store store = new Store();
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(FirstAdmin.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(FirstAdmin.class.getName()).removeHandler(capture);
    }

    private void start(Map<String, String> configuration) {
        FirstAdmin first = new FirstAdmin();
        first.migration = new DatabaseMigration() {
            @Override
            public int pendingMigrations() {
                return 0;
            }
        };
        first.accounts = store;
        first.hasher = new PasswordHasher() {
            @Override
            public String hash(String password) {
                return "hash of " + password;
            }
        };
        first.config = config(configuration);
        first.onStart(new Object());
    }

    @Test
    void theConfiguredPasswordIsUsedAndNotLogged() {
        start(Map.of("ADMIN_USER_PASSWORD", "a long configured passphrase"));
        assertEquals("admin", store.createdUser);
        assertEquals("hash of a long configured passphrase", store.createdHash);
        assertFalse(String.join("\n", logged).contains("a long configured passphrase"));
    }

    @Test
    void withoutOneAGeneratedPasswordIsLoggedOnce() {
        start(Map.of());
        String password = store.createdHash.substring("hash of ".length());
        assertTrue(password.length() >= 20, password);
        assertEquals(1, logged.stream().filter(m -> m.endsWith(": " + password)).count(), logged.toString());
    }

    @Test
    void aConfiguredPasswordThePolicyRefusesIsReplacedByAGeneratedOne() {
        start(Map.of("admin.initial-password", "short"));
        assertFalse(store.createdHash.equals("hash of short"));
        assertTrue(logged.stream().anyMatch(m -> m.contains("breaks the password policy")));
    }

    @Test
    void nothingHappensWhenAnAccountExists() {
        store.hasAccounts = true;
        start(Map.of());
        assertNull(store.createdUser);
        assertTrue(logged.isEmpty());
    }

    private static Config config(Map<String, String> values) {
        return (Config) Proxy.newProxyInstance(FirstAdminTest.class.getClassLoader(), new Class<?>[]{Config.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.ofNullable(values.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
