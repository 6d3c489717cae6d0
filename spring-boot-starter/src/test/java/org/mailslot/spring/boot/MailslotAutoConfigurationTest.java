package org.mailslot.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.MailslotConnectionFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jms.autoconfigure.JmsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.annotation.JmsListener;
import org.springframework.jms.core.JmsTemplate;

/** Boot's context runner with the auto-configuration found as an application finds it (the imports file). */
class MailslotAutoConfigurationTest {

    private final ApplicationContextRunner boot = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailslotAutoConfiguration.class, JmsAutoConfiguration.class));

    @Test
    void jmsListenerReceivesWhatJmsTemplateSendsOverTheConfiguredFactory() {
        boot.withUserConfiguration(Orders.class).withPropertyValues("spring.mailslot.url=mailslot://local")
                .run(context -> {
                    assertThat(context).hasSingleBean(MailslotConnectionFactory.class);
                    context.getBean(JmsTemplate.class).convertAndSend("orders", "order 42");

                    assertThat(context.getBean(Orders.class).received.poll(10, TimeUnit.SECONDS)).isEqualTo("order 42");
                });
    }

    @Test
    void clientIdPropertyReachesEveryConnection() {
        boot.withPropertyValues("spring.mailslot.client-id=shop").run(context -> {
            try (Connection connection = context.getBean(ConnectionFactory.class).createConnection()) {
                assertThat(connection.getClientID()).isEqualTo("shop");
            }
        });
    }

    @Test
    void aBadUrlFailsTheStartNamingIt() {
        boot.withPropertyValues("spring.mailslot.url=mailslot://local?no.such.option=1")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.option"));
    }

    @Test
    void anApplicationsOwnFactoryWins() {
        boot.withUserConfiguration(OwnFactory.class).run(context -> {
            assertThat(context).hasSingleBean(ConnectionFactory.class);
            assertThat(context).doesNotHaveBean(MailslotAutoConfiguration.class);
            assertThat(context.getBean(ConnectionFactory.class)).isSameAs(OwnFactory.FACTORY);
        });
    }

    @Test
    void registeredForBootToFind() throws Exception {
        try (var imports = getClass().getResourceAsStream(
                "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(new String(imports.readAllBytes())).contains(MailslotAutoConfiguration.class.getName());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Orders {
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();

        @JmsListener(destination = "orders")
        void onOrder(String order) {
            received.add(order);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnFactory {
        static final MailslotConnectionFactory FACTORY = new MailslotConnectionFactory();

        @Bean
        ConnectionFactory connectionFactory() {
            return FACTORY;
        }
    }
}
