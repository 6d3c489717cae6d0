package org.mailslot.jms.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jakarta Messaging 3.1 §3.11.5 plus the provider's deserialisation allow-list. */
class ObjectMessageTest {

    /** Counts every construction; deserialising a subclass runs this constructor. */
    public static class Recorder {
        static final AtomicInteger CONSTRUCTED = new AtomicInteger();

        public Recorder() {
            CONSTRUCTED.incrementAndGet();
        }
    }

    /** A class outside the allowed packages whose deserialisation would leave traces. */
    public static class Hostile extends Recorder implements Serializable {
        private static final long serialVersionUID = 1L;
        static final AtomicInteger READ = new AtomicInteger();

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            READ.incrementAndGet();
            in.defaultReadObject();
        }
    }

    @BeforeEach
    void resetCounters() {
        Recorder.CONSTRUCTED.set(0);
        Hostile.READ.set(0);
    }

    @Test
    void allowedObjectsRoundTripAndAreCopiedOnSet() throws JMSException {
        MailslotObjectMessage message = new MailslotObjectMessage();
        ArrayList<String> list = new ArrayList<>(List.of("a"));
        message.setObject(list);
        list.add("b");
        assertThat(message.getObject()).isEqualTo(List.of("a"));
        assertThat(message.getObject()).isNotSameAs(message.getObject());
    }

    @Test
    void refusedClassNeverRunsAndTheErrorSaysWhatToSet() throws JMSException {
        MailslotObjectMessage message = new MailslotObjectMessage();
        message.setObject(new Hostile());
        resetCounters();

        assertThatThrownBy(message::getObject)
                .isInstanceOf(MessageFormatException.class)
                .hasMessageContaining(Hostile.class.getName())
                .hasMessageContaining(ObjectBodyPolicy.OPTION)
                .hasMessageContaining("[java.lang, java.util]");
        assertThat(Recorder.CONSTRUCTED).hasValue(0);
        assertThat(Hostile.READ).hasValue(0);
    }

    @Test
    void refusedClassInsideAnAllowedContainerIsRefusedToo() throws JMSException {
        MailslotObjectMessage message = new MailslotObjectMessage();
        HashMap<String, Object> map = new HashMap<>();
        map.put("x", new Hostile());
        message.setObject(map);
        resetCounters();

        assertThatThrownBy(() -> message.getBody(Object.class)).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining(Hostile.class.getName());
        assertThatThrownBy(() -> message.isBodyAssignableTo(Object.class))
                .isInstanceOf(MessageFormatException.class);
        assertThat(Recorder.CONSTRUCTED).hasValue(0);
        assertThat(Hostile.READ).hasValue(0);
    }

    @Test
    void configuredPackagesAreAllowedExactly() throws JMSException {
        MailslotObjectMessage message = new MailslotObjectMessage();
        message.setObject(new Hostile());
        message.setPolicy(ObjectBodyPolicy.allowing(List.of("java.lang", " org.mailslot.jms.message ", "")));
        resetCounters();

        assertThat(message.getObject()).isInstanceOf(Hostile.class);
        assertThat(Hostile.READ).hasValue(1);

        message.setPolicy(ObjectBodyPolicy.allowing(List.of("org.mailslot.jms")));
        assertThatThrownBy(message::getObject).isInstanceOf(MessageFormatException.class);
        message.setPolicy(ObjectBodyPolicy.allowing(List.of("*")));
        assertThat(message.getObject()).isInstanceOf(Hostile.class);
    }

    @Test
    void defaultPolicyCoversJavaLangAndJavaUtilOnly() {
        ObjectBodyPolicy policy = ObjectBodyPolicy.DEFAULT;
        assertThat(policy.allows(String.class)).isTrue();
        assertThat(policy.allows(Integer[][].class)).isTrue();
        assertThat(policy.allows(int[].class)).isTrue();
        assertThat(policy.allows(HashMap.class)).isTrue();
        assertThat(policy.allows(java.util.concurrent.ConcurrentHashMap.class)).isFalse();
        assertThat(policy.allows(java.lang.invoke.SerializedLambda.class)).isFalse();
        assertThat(policy.allows(Hostile[].class)).isFalse();
    }

    @Test
    void garbageBytesAreAMessageFormatException() throws JMSException {
        MailslotObjectMessage message = new MailslotObjectMessage();
        message.setSerializedForm(new byte[] {1, 2, 3});
        assertThatThrownBy(message::getObject).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("cannot be deserialised");
    }

    @Test
    void unserialisableObjectIsMessageFormatException() {
        MailslotObjectMessage message = new MailslotObjectMessage();
        ArrayList<Object> list = new ArrayList<>();
        list.add(new Object());
        assertThatThrownBy(() -> message.setObject(list)).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("Serializable");
    }

    @Test
    void receivedObjectIsReadOnlyUntilClearBody() throws JMSException {
        MailslotObjectMessage message = new MailslotObjectMessage();
        message.setObject("x");
        message.makeReadOnly();
        assertThatThrownBy(() -> message.setObject("y")).isInstanceOf(MessageNotWriteableException.class);
        assertThat(message.copy()).isInstanceOf(MailslotObjectMessage.class);
        message.clearBody();
        assertThat(message.getObject()).isNull();
        message.setObject("z");
        assertThat(message.getObject()).isEqualTo("z");
    }
}
