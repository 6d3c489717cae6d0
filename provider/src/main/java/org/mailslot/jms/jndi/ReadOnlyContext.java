package org.mailslot.jms.jndi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import javax.naming.Binding;
import javax.naming.CompositeName;
import javax.naming.CompoundName;
import javax.naming.Context;
import javax.naming.Name;
import javax.naming.NameClassPair;
import javax.naming.NameNotFoundException;
import javax.naming.NameParser;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.OperationNotSupportedException;

/**
 * The flat, read-only naming context {@link MailslotInitialContextFactory} returns: names bound from the
 * environment, plus {@code dynamicQueues/NAME} and {@code dynamicTopics/NAME} for destinations nobody configured.
 * Binding, renaming and subcontexts are refused, because the configuration is the environment.
 */
// BanJNDI warns of lookups through a naming provider that may deserialise; this context is that provider, an
// in-memory map of objects built from the environment, and its lookups only call each other. JdkObsolete: Hashtable
// is the environment type of the JNDI API.
@SuppressWarnings({"BanJNDI", "JdkObsolete"})
final class ReadOnlyContext implements Context {

    static final String DYNAMIC_QUEUES = "dynamicQueues/";
    static final String DYNAMIC_TOPICS = "dynamicTopics/";

    private static final Properties FLAT_SYNTAX = flatSyntax();
    private static final NameParser PARSER = name -> new CompoundName(name, FLAT_SYNTAX);

    private final Map<String, Object> bindings;
    private final Hashtable<Object, Object> environment;

    ReadOnlyContext(Map<String, Object> bindings, Hashtable<Object, Object> environment) {
        this.bindings = Map.copyOf(bindings);
        this.environment = environment;
    }

    private static Properties flatSyntax() {
        Properties syntax = new Properties();
        syntax.put("jndi.syntax.direction", "flat");
        return syntax;
    }

    @Override
    public Object lookup(String name) throws NamingException {
        if (name.isEmpty()) {
            return new ReadOnlyContext(bindings, new Hashtable<>(environment));
        }
        Object bound = bindings.get(name);
        if (bound != null) {
            return bound;
        }
        if (name.startsWith(DYNAMIC_QUEUES) && name.length() > DYNAMIC_QUEUES.length()) {
            return MailslotInitialContextFactory.destination(name, name.substring(DYNAMIC_QUEUES.length()), false);
        }
        if (name.startsWith(DYNAMIC_TOPICS) && name.length() > DYNAMIC_TOPICS.length()) {
            return MailslotInitialContextFactory.destination(name, name.substring(DYNAMIC_TOPICS.length()), true);
        }
        NameNotFoundException error = new NameNotFoundException("Nothing is bound to '" + name + "' in the mailslot"
                + " JNDI context; bound names: " + new TreeSet<>(bindings.keySet()) + ". Add connectionFactory."
                + name + ", queue." + name + " or topic." + name + " to jndi.properties or the environment");
        error.setRemainingName(new CompositeName().add(name));
        throw error;
    }

    @Override
    public Object lookup(Name name) throws NamingException {
        return lookup(name.toString());
    }

    @Override
    public Object lookupLink(String name) throws NamingException {
        return lookup(name);
    }

    @Override
    public Object lookupLink(Name name) throws NamingException {
        return lookup(name);
    }

    @Override
    public NamingEnumeration<NameClassPair> list(String name) throws NamingException {
        requireRoot(name);
        List<NameClassPair> pairs = new ArrayList<>();
        bindings.forEach((key, value) -> pairs.add(new NameClassPair(key, value.getClass().getName())));
        return new ListEnumeration<>(pairs);
    }

    @Override
    public NamingEnumeration<NameClassPair> list(Name name) throws NamingException {
        return list(name.toString());
    }

    @Override
    public NamingEnumeration<Binding> listBindings(String name) throws NamingException {
        requireRoot(name);
        List<Binding> all = new ArrayList<>();
        bindings.forEach((key, value) -> all.add(new Binding(key, value)));
        return new ListEnumeration<>(all);
    }

    @Override
    public NamingEnumeration<Binding> listBindings(Name name) throws NamingException {
        return listBindings(name.toString());
    }

    private static void requireRoot(String name) throws NamingException {
        if (!name.isEmpty()) {
            throw new OperationNotSupportedException("The mailslot JNDI context is flat: only the empty name can be"
                    + " listed, got '" + name + "'");
        }
    }

    @Override
    public void bind(String name, Object object) throws NamingException {
        throw readOnly("bind");
    }

    @Override
    public void bind(Name name, Object object) throws NamingException {
        throw readOnly("bind");
    }

    @Override
    public void rebind(String name, Object object) throws NamingException {
        throw readOnly("rebind");
    }

    @Override
    public void rebind(Name name, Object object) throws NamingException {
        throw readOnly("rebind");
    }

    @Override
    public void unbind(String name) throws NamingException {
        throw readOnly("unbind");
    }

    @Override
    public void unbind(Name name) throws NamingException {
        throw readOnly("unbind");
    }

    @Override
    public void rename(String oldName, String newName) throws NamingException {
        throw readOnly("rename");
    }

    @Override
    public void rename(Name oldName, Name newName) throws NamingException {
        throw readOnly("rename");
    }

    @Override
    public void destroySubcontext(String name) throws NamingException {
        throw readOnly("destroySubcontext");
    }

    @Override
    public void destroySubcontext(Name name) throws NamingException {
        throw readOnly("destroySubcontext");
    }

    @Override
    public Context createSubcontext(String name) throws NamingException {
        throw readOnly("createSubcontext");
    }

    @Override
    public Context createSubcontext(Name name) throws NamingException {
        throw readOnly("createSubcontext");
    }

    private static OperationNotSupportedException readOnly(String operation) {
        return new OperationNotSupportedException("The mailslot JNDI context is read-only (" + operation + "):"
                + " configure names with connectionFactory.NAME, queue.NAME and topic.NAME in jndi.properties or"
                + " the InitialContext environment");
    }

    @Override
    public NameParser getNameParser(String name) {
        return PARSER;
    }

    @Override
    public NameParser getNameParser(Name name) {
        return PARSER;
    }

    @Override
    public Name composeName(Name name, Name prefix) throws NamingException {
        return ((Name) prefix.clone()).addAll(name);
    }

    @Override
    public String composeName(String name, String prefix) {
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** Changes only this context's copy of the environment; the bindings were fixed when it was created. */
    @Override
    public Object addToEnvironment(String propertyName, Object propertyValue) {
        return environment.put(propertyName, propertyValue);
    }

    @Override
    public Object removeFromEnvironment(String propertyName) {
        return environment.remove(propertyName);
    }

    @Override
    public Hashtable<?, ?> getEnvironment() {
        return new Hashtable<>(environment);
    }

    /** Nothing to release: the factories are shared by every context of the JVM and stay usable. */
    @Override
    public void close() {
    }

    @Override
    public String getNameInNamespace() {
        return "";
    }

    /** A NamingEnumeration over a fixed list. */
    private static final class ListEnumeration<T> implements NamingEnumeration<T> {

        private final java.util.Iterator<T> items;

        ListEnumeration(List<T> items) {
            this.items = Collections.unmodifiableList(items).iterator();
        }

        @Override
        public T next() {
            return items.next();
        }

        @Override
        public boolean hasMore() {
            return items.hasNext();
        }

        @Override
        public void close() {
        }

        @Override
        public boolean hasMoreElements() {
            return items.hasNext();
        }

        @Override
        public T nextElement() {
            return items.next();
        }
    }
}
