package org.mailslot.jms.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads and initialises, on a thread of its own, the classes a factory's first connection, session and message
 * need (the list {@value #LIST}), once per JVM, as soon as the first factory is made. Loading them is most of the
 * time to a first message; done while the application is still setting up, it runs on the other core instead of
 * in {@code createConnection}. The application's thread never waits for it: a class it needs first it loads
 * itself, and the JVM makes sure each class is initialised once.
 *
 * <p>Off with the system property {@code mailslot.preload=false}.
 */
public final class StartupPreload {

    static final String LIST = "startup-classes.txt";
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private StartupPreload() {
    }

    /** Starts the preload the first time it is called in this JVM (unless switched off); returns at once. */
    public static void begin() {
        if (Boolean.parseBoolean(System.getProperty("mailslot.preload", "true")) && STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(StartupPreload::loadAll, "mailslot-preload");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void loadAll() {
        ClassLoader loader = StartupPreload.class.getClassLoader();
        for (String name : classNames()) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Only an optimisation: whoever needs the class loads it and sees the error then.
            }
        }
    }

    /** The names of the list, comments and blank lines left out; empty if it cannot be read. */
    static List<String> classNames() {
        List<String> names = new ArrayList<>();
        try (InputStream in = StartupPreload.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            // as if there were no list
        }
        return names;
    }
}
