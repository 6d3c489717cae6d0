package org.mailslot.bridge.mapping;

import java.util.List;

/**
 * The {@code --allow-object-class} patterns: which classes a JMS ObjectMessage from the network may contain before
 * the bridge forwards it as a Java-serialised Artemis ObjectMessage (which a consumer's {@code getObject()} will
 * deserialise). A pattern is a class name ({@code com.acme.Order}), a package ({@code com.acme.*}) or a package
 * and its sub-packages ({@code com.acme.**}). Every class the serialised object names must match one, JDK classes
 * included ({@code java.util.*} for collections). No pattern (the default) allows nothing. Immutable.
 */
public final class ObjectClassAllowList {

    /** Allows no class: every ObjectMessage from the network is withheld. */
    public static final ObjectClassAllowList NONE = new ObjectClassAllowList(List.of());

    private final List<String> patterns;

    public ObjectClassAllowList(List<String> patterns) {
        for (String pattern : patterns) {
            if (pattern.isBlank() || pattern.equals("*") || pattern.equals("**")) {
                throw new IllegalArgumentException("'" + pattern + "' is not a class, package.* or package.**"
                        + " pattern; the bridge never allows every class");
            }
        }
        this.patterns = List.copyOf(patterns);
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** Whether every one of the names matches a pattern (false for no pattern at all). */
    public boolean allowsAll(List<String> classNames) {
        return !patterns.isEmpty() && classNames.stream().allMatch(this::allows);
    }

    boolean allows(String className) {
        for (String pattern : patterns) {
            if (pattern.endsWith(".**")) {
                if (className.startsWith(pattern.substring(0, pattern.length() - 2))) {
                    return true;
                }
            } else if (pattern.endsWith(".*")) {
                String pkg = pattern.substring(0, pattern.length() - 1);
                if (className.startsWith(pkg) && className.indexOf('.', pkg.length()) < 0) {
                    return true;
                }
            } else if (className.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return patterns.isEmpty() ? "no class" : patterns.toString();
    }
}
