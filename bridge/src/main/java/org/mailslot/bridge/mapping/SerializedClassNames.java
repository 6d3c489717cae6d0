package org.mailslot.bridge.mapping;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the classes a Java-serialised stream names, without loading, initialising or instantiating any of them:
 * every class lookup answers "not found" (only primitive arrays resolve, which run no code), and the JDK's reader
 * then walks the rest of the stream without building objects. The walk is bounded like the provider's own filter
 * (bytes, depth, array length, references), so a forged stream cannot make it expensive.
 */
final class SerializedClassNames {

    private static final long MAX_BYTES = 1L << 20;
    private static final long MAX_DEPTH = 20;
    private static final long MAX_ARRAY_LENGTH = 65_536;
    private static final long MAX_REFERENCES = 65_536;

    private SerializedClassNames() {
    }

    /**
     * @return the class names in order of first appearance (array classes as their element type's name)
     * @throws IOException when the stream is not a serialised object or goes beyond the limits
     */
    static List<String> of(byte[] serialized) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (Walker walker = new Walker(new ByteArrayInputStream(serialized), names)) {
            walker.readObject();
        } catch (ClassNotFoundException expected) {
            // The walk always ends here when the stream names any class: nothing was resolved, by design.
        } catch (RuntimeException | StackOverflowError e) {
            throw new IOException("unreadable serialised object: " + e, e);
        }
        return new ArrayList<>(names);
    }

    private static final class Walker extends ObjectInputStream {
        private final Set<String> names;

        Walker(InputStream in, Set<String> names) throws IOException {
            super(in);
            this.names = names;
            setObjectInputFilter(Walker::withinLimits);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            String name = desc.getName();
            String element = name.replaceFirst("^\\[+L(.*);$", "$1");
            if (element.startsWith("[")) {
                // An array of primitives: its class has no code, and the walk needs it to read the elements.
                return Class.forName(name, false, null);
            }
            names.add(element);
            throw new ClassNotFoundException(name);
        }

        @Override
        protected Class<?> resolveProxyClass(String[] interfaces) throws IOException, ClassNotFoundException {
            for (String name : interfaces) {
                names.add(name);
            }
            throw new InvalidClassException("a dynamic proxy (" + String.join(", ", interfaces) + ")");
        }

        private static ObjectInputFilter.Status withinLimits(ObjectInputFilter.FilterInfo info) {
            boolean within = info.streamBytes() <= MAX_BYTES && info.depth() <= MAX_DEPTH
                    && info.arrayLength() <= MAX_ARRAY_LENGTH && info.references() <= MAX_REFERENCES;
            return within ? ObjectInputFilter.Status.UNDECIDED : ObjectInputFilter.Status.REJECTED;
        }
    }
}
