/**
 * The {@code mailslot-bridge} command line (picocli): options, help, version, one-line errors with exit code 2,
 * and the run loop until SIGTERM. {@link org.mailslot.bridge.cli.Main} holds the project's only
 * {@code System.exit}. Depends on {@code org.mailslot.bridge} and {@code .config}.
 */
package org.mailslot.bridge.cli;
