/**
 * The command lines (picocli): {@code mailslot-bridge} (options, help, version, one-line errors with exit code 2,
 * the run loop until SIGTERM) and the operator commands {@code mailslot send} / {@code mailslot listen}.
 * {@link org.mailslot.bridge.cli.Main} and {@link org.mailslot.bridge.cli.ToolMain} hold the project's only
 * {@code System.exit} calls. Depends on {@code org.mailslot.bridge}, {@code .config}, {@code .udp} and the
 * provider's slot layer and payload codec.
 */
package org.mailslot.bridge.cli;
