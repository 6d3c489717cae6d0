/**
 * The bridge's settings: one immutable {@link org.mailslot.bridge.config.BridgeSettings} built from
 * command-line values laid over a properties file, every value checked with a message that names the setting.
 * Depends on the JDK and on the provider for the values it parses into: NetBIOS name rules ({@code org.mailslot.wire}),
 * naming and resolution settings ({@code org.mailslot.names}, {@code org.mailslot.net}) and the payload format
 * ({@code org.mailslot.jms.payload}).
 */
package org.mailslot.bridge.config;
