package org.mailslot.itests.frameworks.boot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.LoopbackHosts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The starter in a Spring Boot application started by Boot's test support: the auto-configuration is found through
 * its imports file (nothing names it), {@code spring.mailslot.*} configures a networked factory, and the unchanged
 * {@code @JmsListener} and {@code JmsTemplate} exchange mailslot datagrams over UDP with another computer, a plain
 * factory, on loopback (computer SHOP on 127.0.0.41, PEER on 127.0.0.42, one shared free port).
 */
@SpringBootTest(classes = ShopApplication.class)
@Timeout(60)
class SpringBootStarterIT {

    private static final int PORT = LoopbackHosts.freePort();
    private static final String NAMES = "names=SHOP=127.0.0.41,PEER=127.0.0.42";
    private static final MailslotConnectionFactory PEER = new MailslotConnectionFactory("mailslot://127.0.0.42:" + PORT
            + "?computerName=PEER&broadcast=127.255.255.255&nameLookup=none&" + NAMES);

    @DynamicPropertySource
    static void mailslot(DynamicPropertyRegistry properties) {
        properties.add("spring.mailslot.url", () -> "mailslot://127.0.0.41:" + PORT
                + "?computerName=SHOP&broadcast=127.255.255.255&nameLookup=none&" + NAMES);
    }

    @AfterAll
    static void closePeer() {
        PEER.close();
    }

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    JmsTemplate jmsTemplate;

    @Autowired
    ShopApplication.Orders orders;

    @Test
    void theApplicationGetsTheStartersFactory() {
        assertThat(connectionFactory).isInstanceOf(MailslotConnectionFactory.class);
    }

    @Test
    void aJmsListenerReceivesAWriteFromAnotherComputer() throws Exception {
        try (JMSContext peer = PEER.createContext()) {
            String order = "order 42";
            // At most once over UDP: the listener container may still be subscribing, so write until it answers.
            String received = null;
            for (int attempt = 0; attempt < 20 && received == null; attempt++) {
                peer.createProducer().send(peer.createQueue("\\\\SHOP\\mailslot\\orders"), order);
                received = orders.received.poll(500, TimeUnit.MILLISECONDS);
            }
            assertThat(received).isEqualTo(order);
        }
    }

    @Test
    void jmsTemplateWritesToAnotherComputer() {
        try (JMSContext peer = PEER.createContext();
             JMSConsumer replies = peer.createConsumer(peer.createQueue("replies"))) {
            jmsTemplate.convertAndSend("\\\\PEER\\mailslot\\replies", "shipped 42");

            assertThat(replies.receiveBody(String.class, 10_000)).isEqualTo("shipped 42");
        }
    }
}
