package org.mailslot.bridge.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;

/** Entry point of the runnable jar and of {@code bin/mailslot-bridge}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        logDefaults();
        Charset console = Charset.defaultCharset();
        int code = BridgeCli.commandLine(new PrintWriter(System.out, true, console),
                new PrintWriter(System.err, true, console)).execute(args);
        System.exit(code);
    }

    // The runnable jar binds slf4j-simple; these defaults apply unless -D on the JVM command line says otherwise.
    // Set here rather than in a simplelogger.properties resource, which would leak into every user of the jar.
    private static void logDefaults() {
        // Whichever backend is on the class path, without Artemis's warnings about a client that went away.
        setIfAbsent("slf4j.provider", QuietArtemisLogging.class.getName());
        // SLF4J would otherwise say on the first line of the output that it loads that provider.
        setIfAbsent("slf4j.internal.verbosity", "WARN");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.activemq", "warn");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
