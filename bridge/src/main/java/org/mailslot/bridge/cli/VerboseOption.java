package org.mailslot.bridge.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: a failure prints its stack trace after the one line that says what to do. */
final class VerboseOption {

    static final String NAME = "--verbose";

    @Option(names = NAME, description = "On failure, also print the stack trace.")
    boolean verbose;
}
