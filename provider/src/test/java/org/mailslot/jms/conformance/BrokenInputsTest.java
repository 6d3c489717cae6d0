package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageFormatRuntimeException;
import jakarta.jms.MessageProducer;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.jms.TopicSubscriber;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.LoopbackHosts;

/**
 * Every public method of the JMS API, called with broken inputs (null, invalid numbers, a bad destination name) on
 * open objects and with ordinary inputs on closed ones: only {@link JMSException} and {@link JMSRuntimeException}
 * subclasses may escape, plus the exceptions the Jakarta Messaging javadoc names for that method
 * ({@code IllegalArgumentException} for a null or empty property or map name, {@code NumberFormatException} for a
 * text that is no number, {@code NullPointerException} where the javadoc of a conversion names it). Oversize bodies
 * on a networked factory are a {@link MessageFormatException}.
 */
@Timeout(60)
class BrokenInputsTest {

    // Methods that would wait for a message on an open consumer; they are still called once the consumer is closed.
    private static final Set<String> BLOCKING = Set.of("receive", "receiveBody");

    private final List<String> escaped = new ArrayList<>();
    private MailslotConnectionFactory factory;

    @BeforeEach
    void open() {
        factory = new MailslotConnectionFactory();
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void theClassicApi() throws Exception {
        Connection connection = factory.createConnection();
        connection.setClientID("broken-inputs");
        Session session = connection.createSession();
        Queue queue = session.createQueue("broken-inputs");
        Topic topic = session.createTopic("broken-inputs");
        MessageProducer producer = session.createProducer(queue);
        MessageConsumer consumer = session.createConsumer(queue);
        TopicSubscriber durable = session.createDurableSubscriber(topic, "d");
        QueueBrowser browser = session.createBrowser(queue);
        List<Object> open = List.of(connection, session, producer, consumer, durable, browser);
        List<Object> messages = messages(session);
        for (Object target : open) {
            callAll(target, true);
        }
        for (Object message : messages) {
            callAll(message, true);
        }
        for (Object message : messages) {
            ((Message) message).clearBody();
            callAll(message, false);
        }
        durable.close();
        browser.close();
        consumer.close();
        producer.close();
        session.close();
        connection.close();
        for (Object target : open) {
            callAll(target, false);
        }
        assertThat(escaped).as("non-JMS exceptions that escaped").isEmpty();
    }

    @Test
    void theSimplifiedApi() throws Exception {
        JMSContext context = factory.createContext();
        Queue queue = context.createQueue("broken-inputs-2");
        JMSProducer producer = context.createProducer();
        JMSConsumer consumer = context.createConsumer(queue);
        callAll(context, true);
        callAll(producer, true);
        callAll(consumer, true);
        consumer.close();
        context.close();
        callAll(context, false);
        callAll(producer, false);
        callAll(consumer, false);
        callAll(factory, true);
        assertThat(escaped).as("non-JMS exceptions that escaped").isEmpty();
    }

    @Test
    void oversizeBodiesAreMessageFormatExceptions() throws JMSException {
        int port = LoopbackHosts.freePort();
        try (MailslotConnectionFactory networked = new MailslotConnectionFactory("mailslot://127.0.0.26:" + port
                + "?computerName=JAVA1&broadcast=127.255.255.255&nameLookup=none&names=JAVA2=127.0.0.27");
                Connection connection = networked.createConnection();
                JMSContext context = networked.createContext()) {
            Session session = connection.createSession();
            String big = "x".repeat(70_000);
            MessageProducer queueProducer = session.createProducer(session.createQueue("\\\\JAVA2\\mailslot\\in"));
            assertThatThrownBy(() -> queueProducer.send(session.createTextMessage(big)))
                    .isInstanceOf(MessageFormatException.class);
            MessageProducer topicProducer = session.createProducer(session.createTopic("news"));
            assertThatThrownBy(() -> topicProducer.send(session.createTextMessage(big)))
                    .isInstanceOf(MessageFormatException.class);
            assertThatThrownBy(() -> context.createProducer().send(context.createQueue("\\\\JAVA2\\mailslot\\in"),
                    big)).isInstanceOf(MessageFormatRuntimeException.class);
        }
    }

    private static List<Object> messages(Session session) throws JMSException {
        return List.of(session.createMessage(), session.createTextMessage("t"), session.createBytesMessage(),
                session.createMapMessage(), session.createStreamMessage(), session.createObjectMessage());
    }

    /**
     * Calls every public interface method of {@code target}. On an open object only methods with parameters are
     * called, each with broken arguments; on a closed one every method is called with broken arguments too.
     */
    private void callAll(Object target, boolean openObject) {
        for (Class<?> type : interfacesOf(target.getClass())) {
            for (Method method : type.getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class
                        || (openObject && method.getParameterCount() == 0)
                        || (openObject && BLOCKING.contains(method.getName()))
                        || (openObject && isLifecycle(method))) {
                    continue;
                }
                for (Object[] arguments : brokenArguments(method)) {
                    call(target, method, arguments);
                }
            }
        }
    }

    private static boolean isLifecycle(Method method) {
        // Closing, stopping or committing an open object with a parameter: not a broken input.
        return Set.of("close", "stop", "start", "setMessageListener", "setExceptionListener", "acknowledge",
                "recover", "commit", "rollback", "run").contains(method.getName());
    }

    private void call(Object target, Method method, Object[] arguments) {
        try {
            method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            if (!allowed(method, thrown)) {
                escaped.add(target.getClass().getSimpleName() + "." + method.getName()
                        + List.of(method.getParameterTypes()).stream().map(Class::getSimpleName).toList()
                        + " threw " + thrown);
            }
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean allowed(Method method, Throwable thrown) {
        if (thrown instanceof JMSException || thrown instanceof JMSRuntimeException) {
            return true;
        }
        Class<?> type = method.getDeclaringClass();
        boolean messageType = Message.class.isAssignableFrom(type) || type == JMSProducer.class;
        String name = method.getName();
        // What the Jakarta Messaging 3.1 javadoc names for these methods:
        // - property and map setters: IllegalArgumentException "if the name is null or if the name is an empty
        //   string" (Message, MapMessage, JMSProducer);
        // - getters and readers converting a text to a number: NumberFormatException, and a null to a primitive:
        //   the NullPointerException of the wrapper's valueOf (Message, MapMessage, StreamMessage, JMSProducer);
        // - BytesMessage.writeObject: NullPointerException "if the parameter value is null";
        // - BytesMessage.readBytes(byte[], int): IndexOutOfBoundsException for a negative or too large length;
        // - MessageProducer.send/publish with a destination on a producer created with one:
        //   UnsupportedOperationException; an asynchronous send with a null CompletionListener:
        //   IllegalArgumentException.
        if (messageType && name.startsWith("set") && thrown instanceof IllegalArgumentException) {
            return true;
        }
        if (messageType && (name.startsWith("get") || name.startsWith("read"))
                && (thrown instanceof NumberFormatException || thrown instanceof NullPointerException)) {
            return true;
        }
        if (type == BytesMessage.class && name.equals("writeObject") && thrown instanceof NullPointerException) {
            return true;
        }
        if (type == BytesMessage.class && name.equals("readBytes") && thrown instanceof IndexOutOfBoundsException) {
            return true;
        }
        boolean producer = MessageProducer.class.isAssignableFrom(type);
        if (producer && (name.equals("send") || name.equals("publish"))) {
            return thrown instanceof UnsupportedOperationException
                    || (thrown instanceof IllegalArgumentException && List.of(method.getParameterTypes())
                            .contains(jakarta.jms.CompletionListener.class));
        }
        return false;
    }

    private static List<Object[]> brokenArguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        List<Object[]> variants = new ArrayList<>();
        Object[] nulls = new Object[types.length];
        Object[] invalid = new Object[types.length];
        boolean hasString = false;
        for (int i = 0; i < types.length; i++) {
            nulls[i] = primitiveOrNull(types[i], 0);
            invalid[i] = types[i] == String.class ? "bad|name" : primitiveOrNull(types[i], -1);
            hasString |= types[i] == String.class;
        }
        variants.add(nulls);
        if (hasString || types.length > 0) {
            variants.add(invalid);
        }
        return variants;
    }

    private static Object primitiveOrNull(Class<?> type, int value) {
        if (type == int.class) {
            return value;
        } else if (type == long.class) {
            return (long) value;
        } else if (type == boolean.class) {
            return value != 0;
        } else if (type == byte.class) {
            return (byte) value;
        } else if (type == short.class) {
            return (short) value;
        } else if (type == char.class) {
            return (char) 0;
        } else if (type == float.class) {
            return (float) value;
        } else if (type == double.class) {
            return (double) value;
        } else if (type == byte[].class) {
            return value == 0 ? null : new byte[0];
        }
        return null;
    }

    private static Set<Class<?>> interfacesOf(Class<?> type) {
        Set<Class<?>> jms = new java.util.LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> candidate : c.getInterfaces()) {
                collect(candidate, jms);
            }
        }
        return jms;
    }

    private static void collect(Class<?> type, Set<Class<?>> into) {
        if (type.getPackageName().equals("jakarta.jms") && type != ConnectionFactory.class) {
            into.add(type);
        }
        if (type == ConnectionFactory.class) {
            into.add(type);
        }
        for (Class<?> parent : type.getInterfaces()) {
            collect(parent, into);
        }
    }

    @SuppressWarnings("unused")
    private static final List<Class<?>> COVERED = List.of(TextMessage.class, BytesMessage.class, MapMessage.class,
            StreamMessage.class, ObjectMessage.class);
}
