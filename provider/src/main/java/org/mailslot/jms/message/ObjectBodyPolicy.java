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
 *
 * <p>Allowed classes are not enough: a few hundred bytes naming only {@code java.util} classes can forge a collection
 * size that allocates gigabytes, or nest sets so that hashing them takes exponential time. The same filter therefore
 * bounds the shape of every stream, whatever the classes: at most {@value #MAX_STREAM_BYTES} bytes,
 * {@value #MAX_DEPTH} levels of nesting, {@value #MAX_ARRAY_LENGTH} elements per array (collections size their
 * tables through this check too) and {@value #MAX_REFERENCES} object references. Anything beyond, and any
 * {@link Error} the JDK throws while reading, is a {@code MessageFormatException}.
 */
public final class ObjectBodyPolicy {

    /** The factory option that sets the list (comma-separated package names). */
    public static final String OPTION = "jms.deserializationAllowList";

    /** The default: {@code java.lang} and {@code java.util} (sub-packages are not included). */
    public static final ObjectBodyPolicy DEFAULT = allowing(List.of("java.lang", "java.util"));

    /** Serialised bytes read at most; a mailslot datagram carries far fewer. */
    public static final long MAX_STREAM_BYTES = 1L << 20;
    /** Nesting depth at most: sets nested in sets hash in time exponential in it (2^20 steps take milliseconds). */
    public static final long MAX_DEPTH = 20;
    /** Elements of one array at most, and so of one collection's table. */
    public static final long MAX_ARRAY_LENGTH = 65_536;
    /** Object references (objects and back-references) at most. */
    public static final long MAX_REFERENCES = 65_536;

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
        } catch (IOException | ClassNotFoundException | RuntimeException | Error e) {
            if (filter.exceeded != null) {
                throw Errors.format("ObjectMessage body refused: its serialised form exceeds the limit on "
                        + filter.exceeded + "; a legitimate object this large or deep cannot come from one"
                        + " mailslot datagram, so the sender's bytes are forged or broken.", e);
            }
            if (filter.refused != null) {
                throw Errors.format("ObjectMessage body refused: class " + filter.refused + " is not in the allowed"
                        + " packages " + packages() + "; if you trust the sender, add its package to the option "
                        + OPTION + ".", e);
            }
            throw Errors.format("ObjectMessage body cannot be deserialised: " + e, e);
        }
    }

    /**
     * Checks the stream's shape, then allows or refuses each class in it, and remembers the first limit exceeded or
     * class refused.
     */
    private final class RecordingFilter implements ObjectInputFilter {
        private String refused;
        private String exceeded;

        @Override
        public Status checkInput(FilterInfo info) {
            String limit = exceededLimit(info);
            if (limit != null) {
                if (exceeded == null) {
                    exceeded = limit;
                }
                return Status.REJECTED;
            }
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

    private static String exceededLimit(ObjectInputFilter.FilterInfo info) {
        if (info.streamBytes() > MAX_STREAM_BYTES) {
            return "stream bytes (" + info.streamBytes() + " > " + MAX_STREAM_BYTES + ")";
        }
        if (info.depth() > MAX_DEPTH) {
            return "nesting depth (" + info.depth() + " > " + MAX_DEPTH + ")";
        }
        if (info.arrayLength() > MAX_ARRAY_LENGTH) {
            return "array or collection length (" + info.arrayLength() + " > " + MAX_ARRAY_LENGTH + ")";
        }
        if (info.references() > MAX_REFERENCES) {
            return "object references (" + info.references() + " > " + MAX_REFERENCES + ")";
        }
        return null;
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
