package org.mailslot.itests.bridge;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A class whose mere deserialisation leaves a trace: its static initialiser and its {@code readObject} each write a
 * marker file (named by the system property {@value #MARKER_PROPERTY}). Tests never touch it (even calling a static
 * method would initialise it); they send a hand-written serialised form that names it, as a stranger would.
 */
public final class SideEffect implements Serializable {

    static final String MARKER_PROPERTY = "mailslot.test.sideEffectMarker";
    private static final long serialVersionUID = 1L;

    static {
        mark("static initialiser ran");
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        mark("readObject ran");
    }

    private static void mark(String what) {
        String marker = System.getProperty(MARKER_PROPERTY);
        if (marker != null) {
            try {
                Files.writeString(Path.of(marker), what + System.lineSeparator(),
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
