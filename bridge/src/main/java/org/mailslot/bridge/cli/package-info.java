/**
 * The command lines (picocli): {@code mailslot-bridge} (options, help, version, one-line errors with exit code 2,
 * the run loop until SIGTERM) and the operator tool {@code mailslot} ({@code send}, {@code listen}, {@code names},
 * {@code resolve}, {@code produce}, {@code consume}).
 * {@link org.mailslot.bridge.cli.Main} and {@link org.mailslot.bridge.cli.ToolMain} hold the project's only
 * {@code System.exit} calls. Depends on {@code org.mailslot.bridge}, {@code .config}, {@code .mapping}, {@code .udp},
 * the Artemis JMS client (produce, consume) and the provider's slot, names, net and wire layers and payload codec.
 */
package org.mailslot.bridge.cli;
