package org.residency.scheduler.engine.cli;

/** Wrong arguments or an unusable input file: the command prints the message and exits 2. */
final class BadInput extends Exception {

    BadInput(String message) {
        super(message);
    }
}
