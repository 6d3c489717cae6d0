package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.slot.MailslotHost;

/**
 * When the factory's host stops under its connections (its sockets closed), every connection's ExceptionListener
 * hears it, the connections refuse further use with the reason, and a new connection starts a new host: what
 * frameworks need to reconnect (§6.1.8).
 */
@Timeout(30)
class HostFailureTest {

    private final MailslotConnectionFactory factory = new MailslotConnectionFactory("mailslot://127.0.0.31:"
            + LoopbackHosts.freePort() + "?computerName=FAILING&broadcast=127.255.255.255&nameLookup=none");

    @AfterEach
    void closeFactory() {
        factory.close();
    }

    @Test
    void aStoppedHostBreaksConnectionsAndTheNextConnectionWorks() throws Exception {
        Connection broken = factory.createConnection();
        CompletableFuture<JMSException> heard = new CompletableFuture<>();
        broken.setExceptionListener(heard::complete);
        broken.start();
        Session session = broken.createSession(Session.SESSION_TRANSACTED);
        MessageConsumer consumer = session.createConsumer(session.createQueue("work"));
        MailslotHost host = factory.host().orElseThrow();

        host.close();

        assertThat(heard.get(5, TimeUnit.SECONDS)).hasMessageContaining("FAILING").hasMessageContaining("stopped");
        assertThat(factory.host()).isEmpty();
        assertThatThrownBy(() -> consumer.receive(100)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken").hasMessageContaining("stopped");
        assertThatThrownBy(() -> session.createProducer(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(broken::start).isInstanceOf(IllegalStateException.class);
        broken.close();

        try (Connection fresh = factory.createConnection()) {
            fresh.start();
            Session again = fresh.createSession();
            MessageConsumer reader = again.createConsumer(again.createQueue("work"));
            again.createProducer(again.createQueue("\\\\FAILING\\mailslot\\work"))
                    .send(again.createTextMessage("after the restart"));
            assertThat(((TextMessage) reader.receive(5_000)).getText()).isEqualTo("after the restart");
            assertThat(factory.host()).isPresent().get().isNotSameAs(host);
        }
    }

    @Test
    void aReaderWhoseSocketFailsOnItsOwnTellsEveryConnectionWithTheCause() throws Exception {
        Connection first = factory.createConnection();
        Connection second = factory.createConnection();
        CompletableFuture<JMSException> heardFirst = new CompletableFuture<>();
        CompletableFuture<JMSException> heardSecond = new CompletableFuture<>();
        first.setExceptionListener(heardFirst::complete);
        second.setExceptionListener(heardSecond::complete);
        MailslotHost host = factory.host().orElseThrow();

        // An interrupt ends the reader (or closes its socket under it): reading failed, nobody called close().
        host.readerThreads().get(0).interrupt();

        for (CompletableFuture<JMSException> heard : List.of(heardFirst, heardSecond)) {
            JMSException failure = heard.get(5, TimeUnit.SECONDS);
            assertThat(failure).hasMessageContaining("receiving failed");
            assertThat(failure.getCause()).isInstanceOfAny(InterruptedIOException.class,
                    ClosedByInterruptException.class);
            assertThat(failure.getLinkedException()).isSameAs(failure.getCause());
        }
        first.close();
        second.close();
    }

    @Test
    void aReaderKilledByAnErrorTellsTheConnectionWithThatError() throws Exception {
        Connection connection = factory.createConnection();
        CompletableFuture<JMSException> heard = new CompletableFuture<>();
        connection.setExceptionListener(heard::complete);
        Session session = connection.createSession();
        session.createConsumer(session.createTopic("news"));
        AssertionError fatal = new AssertionError("observer broke down");
        factory.host().orElseThrow().addDatagramHandler((datagram, source) -> {
            throw fatal;
        });

        session.createProducer(session.createTopic("news")).send(session.createTextMessage("echoed"));

        assertThat(heard.get(5, TimeUnit.SECONDS)).hasMessageContaining("observer broke down").hasCause(fatal);
        connection.close();
    }

    @Test
    void closingTheFactoryIsNotAFailure() throws Exception {
        Connection connection = factory.createConnection();
        CompletableFuture<JMSException> heard = new CompletableFuture<>();
        connection.setExceptionListener(heard::complete);
        factory.host().orElseThrow();

        factory.close();

        assertThat(heard).isNotDone();
        connection.close();
    }
}
