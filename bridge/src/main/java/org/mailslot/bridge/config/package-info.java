/**
 * The bridge's settings: one immutable {@link org.mailslot.bridge.config.BridgeSettings} built from
 * command-line values laid over a properties file, every value checked with a message that names the setting.
 * Depends on the JDK and on {@code org.mailslot.wire} for the NetBIOS name rules.
 */
package org.mailslot.bridge.config;
