package org.mailslot.jms.message;

import jakarta.jms.JMSException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which classes an ObjectMessage body may be deserialised into. A class is allowed when its package (or, for an
 * array, its element type's package) is exactly one of the listed packages; primitives are always allowed; the
 * single entry {@code *} allows everything. The check runs through an {@link ObjectInputFilter} before any class is
 * initialised or instantiated, so a refused class never runs code. Immutable and thread-safe.
 */
public final class ObjectBodyPolicy {

    /** The factory option that sets the list (comma-separated package names). */
    public static final String OPTION = "jms.deserializationAllowList";

    /** The default: {@code java.lang} and {@code java.util} (sub-packages are not included). */
    public static final ObjectBodyPolicy DEFAULT = allowing(List.of("java.lang", "java.util"));

    private final Set<String> packages;
    private final boolean allowAll;

    private ObjectBodyPolicy(Set<String> packages) {
        this.packages = packages;
        this.allowAll = packages.contains("*");
    }

    /** A policy allowing classes of exactly these packages ({@code *} for all). */
    public static ObjectBodyPolicy allowing(Collection<String> packages) {
        Set<String> names = new TreeSet<>();
        for (String name : packages) {
            String trimmed = name.trim();
            if (!trimmed.isEmpty()) {
                names.add(trimmed);
            }
        }
        return new ObjectBodyPolicy(Set.copyOf(names));
    }

    /**
     * The policy for an option value: package names separated by commas, e.g. {@code java.lang,java.util,com.acme};
     * {@code *} allows every class.
     *
     * @throws IllegalArgumentException when the value names no package
     */
    public static ObjectBodyPolicy parse(String option) {
        ObjectBodyPolicy policy = allowing(List.of(option == null ? new String[0] : option.split(",")));
        if (policy.packages.isEmpty()) {
            throw new IllegalArgumentException(OPTION + " names no package (\"" + option + "\"); give a"
                    + " comma-separated list such as java.lang,java.util, or * to allow every class.");
        }
        return policy;
    }

    /** The allowed packages, sorted. */
    public Set<String> packages() {
        return new TreeSet<>(packages);
    }

    /** Whether objects of the named class may be deserialised. */
    public boolean allows(Class<?> type) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        return allowAll || element.isPrimitive() || packages.contains(element.getPackageName());
    }

    /**
     * Deserialises a body written by {@code ObjectOutputStream}.
     *
     * @throws JMSException MessageFormatException naming the refused class and {@link #OPTION}, or saying why the
     *                      bytes could not be read
     */
    public Serializable deserialize(byte[] serialized) throws JMSException {
        RecordingFilter filter = new RecordingFilter();
        try (ObjectInputStream in = new FilteredInput(new ByteArrayInputStream(serialized), filter)) {
            Object value = in.readObject();
            return (Serializable) value;
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            if (filter.refused != null) {
                throw Errors.format("ObjectMessage body refused: class " + filter.refused + " is not in the allowed"
                        + " packages " + packages() + "; if you trust the sender, add its package to the option "
                        + OPTION + ".", e);
            }
            throw Errors.format("ObjectMessage body cannot be deserialised: " + e, e);
        }
    }

    /** Allows or refuses each class in the stream and remembers the first one refused. */
    private final class RecordingFilter implements ObjectInputFilter {
        private String refused;

        @Override
        public Status checkInput(FilterInfo info) {
            Class<?> type = info.serialClass();
            if (type == null) {
                return Status.UNDECIDED;
            }
            if (allows(type)) {
                return Status.ALLOWED;
            }
            if (refused == null) {
                refused = type.getName();
            }
            return Status.REJECTED;
        }
    }

    /** Resolves classes through the context class loader first, without initialising them. */
    private static final class FilteredInput extends ObjectInputStream {
        FilteredInput(InputStream in, ObjectInputFilter filter) throws IOException {
            super(in);
            setObjectInputFilter(filter);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader != null) {
                try {
                    return Class.forName(desc.getName(), false, loader);
                } catch (ClassNotFoundException e) {
                    // fall back to the default resolution (primitives, the caller's loader)
                }
            }
            return super.resolveClass(desc);
        }
    }
}
