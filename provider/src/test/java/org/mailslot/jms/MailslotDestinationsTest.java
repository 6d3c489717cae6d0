package org.mailslot.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.slot.MailslotName;
import org.mailslot.slot.MailslotNameException;
import org.mailslot.testing.MailslotNameTable;

/** DESIGN §3 destination names and MAILSLOT-PROTOCOL §1.1 name rules; equality, serialization, temporaries. */
class MailslotDestinationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "orders|\\\\.\\mailslot\\orders",
            "taxes\\bobs_comments|\\\\.\\mailslot\\taxes\\bobs_comments",
            "\\\\.\\MAILSLOT\\orders|\\\\.\\mailslot\\orders",
            "\\\\PLC7\\mailslot\\cmd|\\\\PLC7\\mailslot\\cmd",
            "\\\\*\\mailslot\\x|\\\\*\\mailslot\\x"})
    void queueNames(String name, String unc) throws JMSException {
        MailslotQueue queue = MailslotDestinations.parseQueue(name);
        assertThat(queue.getQueueName()).as("the name as given").isEqualTo(name);
        assertThat(queue.toString()).isEqualTo(name);
        assertThat(queue.uncName()).isEqualTo(unc);
        assertThat(MailslotDestinations.parseQueue(queue.getQueueName())).isEqualTo(queue);
        assertThat(queue.payloadFormat()).isNull();
        assertThat(queue.isTopic()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "status|\\\\*\\mailslot\\status|*|status",
            "\\\\WORKGROUP\\mailslot\\a\\b|\\\\WORKGROUP\\mailslot\\a\\b|WORKGROUP|a\\b",
            "\\\\.\\Mailslot\\local|\\\\.\\mailslot\\local|.|local"})
    void topicNames(String name, String unc, String server, String path) throws JMSException {
        MailslotTopic topic = MailslotDestinations.parseTopic(name);
        assertThat(topic.getTopicName()).as("the name as given").isEqualTo(name);
        assertThat(topic.toString()).isEqualTo(name);
        assertThat(topic.uncName()).isEqualTo(unc);
        assertThat(MailslotDestinations.parseTopic(topic.getTopicName())).isEqualTo(topic);
        assertThat(topic.serverName()).isEqualTo(server);
        assertThat(topic.slotPath()).isEqualTo(path);
        assertThat(topic.isTopic()).isTrue();
        assertThat(topic.isLocal()).isEqualTo(".".equals(server));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.mailslot.testing.MailslotNameTable#all")
    void theSharedNameTable(MailslotNameTable.Row row) throws JMSException {
        if (row.accepted()) {
            MailslotQueue queue = MailslotDestinations.parseQueue(row.unc());
            assertThat(queue.mailslotName()).isEqualTo(MailslotName.parse(row.unc()));
            assertThat(MailslotDestinations.parseTopic(row.unc()).mailslotName()).isEqualTo(queue.mailslotName());
            return;
        }
        if (row.questionMark()) {
            assertThatThrownBy(() -> MailslotDestinations.parseQueue(row.unc()))
                    .isInstanceOf(InvalidDestinationException.class).hasMessageContaining("payload=");
            return;
        }
        for (ThrowingCallable parse : List.<ThrowingCallable>of(() -> MailslotDestinations.parseQueue(row.unc()),
                () -> MailslotDestinations.parseTopic(row.unc() + "?payload=raw"))) {
            assertThatThrownBy(parse)
                    .isInstanceOf(InvalidDestinationException.class)
                    .hasMessageContaining(row.refused().name())
                    .satisfies(e -> assertThat(((JMSException) e).getLinkedException())
                            .isInstanceOf(MailslotNameException.class).isSameAs(e.getCause())
                            .extracting(cause -> ((MailslotNameException) cause).rule()).isEqualTo(row.refused()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.mailslot.testing.MailslotNameTable#wireNames")
    void bareNamesFollowTheSameRulesAsTheSlotPath(MailslotNameTable.Row row) {
        ThrowingCallable queue = () -> MailslotDestinations.parseQueue(row.pathOnWire());
        ThrowingCallable topic = () -> MailslotDestinations.parseTopic(row.pathOnWire());
        if (row.accepted()) {
            assertThatCode(queue).doesNotThrowAnyException();
            assertThatCode(topic).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(queue).isInstanceOf(InvalidDestinationException.class);
            assertThatThrownBy(topic).isInstanceOf(InvalidDestinationException.class);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\\\\PLC7\\mailslot\\in?payload=raw|\\\\PLC7\\mailslot\\in|RAW",
            "in?PAYLOAD=Raw|\\\\.\\mailslot\\in|RAW",
            "in?payload=jms|\\\\.\\mailslot\\in|JMS"})
    void aPayloadSuffixChoosesThePayloadOfOneDestination(String name, String unc, PayloadFormat payload)
            throws Exception {
        MailslotQueue queue = MailslotDestinations.parseQueue(name);
        assertThat(queue.uncName()).isEqualTo(unc);
        assertThat(queue.payloadFormat()).isEqualTo(payload);
        assertThat(queue.getQueueName()).isEqualTo(name);
        assertThat(MailslotDestinations.parseQueue(queue.getQueueName())).isEqualTo(queue);
        assertThat(roundTrip(queue)).isEqualTo(queue);
        assertThat(MailslotDestinations.parseTopic(name).payloadFormat()).isEqualTo(payload);
        assertThat(queue).as("another payload is another destination")
                .isNotEqualTo(MailslotDestinations.parseQueue(unc));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "in?payload=xml|\"xml\" is neither jms nor raw",
            "in?payload=|\"\" is neither jms nor raw",
            "in?payload=raw&x=1|not \"x=1\"",
            "in?charset=UTF-8|and nameType=<hex> may follow (joined by '&'), not \"charset=UTF-8\"",
            "?payload=raw|empty"})
    void aBadPayloadSuffixNamesTheAllowedValues(String name, String rule) {
        assertThatThrownBy(() -> MailslotDestinations.parseQueue(name))
                .isInstanceOf(InvalidDestinationException.class)
                .hasMessageContaining(rule);
    }

    @Test
    void nullAndControlCharactersAndOverlongNamesAreRefused() throws JMSException {
        assertThatThrownBy(() -> MailslotDestinations.parseTopic(null))
                .isInstanceOf(InvalidDestinationException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> MailslotDestinations.parseQueue("a\tb"))
                .isInstanceOf(InvalidDestinationException.class).hasMessageContaining("U+0009");
        String longest = "x".repeat(MailslotName.MAX_PATH_LENGTH);
        assertThat(MailslotDestinations.parseQueue(longest).mailslotName().wireName()).hasSize(255);
        assertThatThrownBy(() -> MailslotDestinations.parseQueue(longest + "x"))
                .isInstanceOf(InvalidDestinationException.class).hasMessageContaining("246 characters");
    }

    @Test
    void equalityIgnoresCaseButNotKind() throws JMSException {
        MailslotQueue lower = MailslotDestinations.parseQueue("orders");
        MailslotQueue upper = MailslotDestinations.parseQueue("\\\\.\\MAILSLOT\\ORDERS");
        assertThat(lower).isEqualTo(upper).hasSameHashCodeAs(upper);
        assertThat(lower).isNotEqualTo(MailslotDestinations.parseTopic("\\\\.\\mailslot\\orders"));
        assertThat(lower).isNotEqualTo(new MailslotTemporaryQueue("orders", "c1", null));
    }

    @Test
    void destinationsSurviveJavaSerialization() throws Exception {
        MailslotTemporaryQueue temporary = new MailslotTemporaryQueue("\\\\HOSTA\\mailslot\\temp\\7", "conn-1",
                destination -> { });
        for (MailslotDestination destination : List.of(MailslotDestinations.parseQueue("orders"),
                MailslotDestinations.parseTopic("status"), temporary,
                new MailslotTemporaryTopic("\\\\HOSTA\\mailslot\\temp\\8", "conn-1", null))) {
            MailslotDestination copy = roundTrip(destination);
            assertThat(copy).isEqualTo(destination).isNotSameAs(destination);
            assertThat(copy.uncName()).isEqualTo(destination.uncName());
        }
        MailslotTemporaryQueue copy = (MailslotTemporaryQueue) roundTrip(temporary);
        assertThat(copy.ownerId()).isEqualTo("conn-1");
        assertThatThrownBy(copy::delete).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only the connection that created it");
    }

    @Test
    void temporaryDestinationsDeleteThroughTheirOwner() throws JMSException {
        List<MailslotDestination> deleted = new ArrayList<>();
        MailslotTemporaryQueue queue = new MailslotTemporaryQueue("\\\\HOSTA\\mailslot\\tq", "c", deleted::add);
        MailslotTemporaryTopic topic = new MailslotTemporaryTopic("\\\\HOSTA\\mailslot\\tt", "c", deleted::add);
        queue.delete();
        topic.delete();
        assertThat(deleted).containsExactly(queue, topic);
        assertThat(queue.isTemporary()).isTrue();
        assertThat(MailslotTemporaryTopic.remote("\\\\HOSTB\\mailslot\\t").ownerId()).isNull();
        assertThatThrownBy(() -> MailslotTemporaryQueue.remote("\\\\HOSTB\\mailslot\\t").delete())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new MailslotTemporaryQueue("bad|name", "c", null))
                .isInstanceOf(InvalidDestinationException.class);
    }

    private static MailslotDestination roundTrip(MailslotDestination destination)
            throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(destination);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (MailslotDestination) in.readObject();
        }
    }
}
