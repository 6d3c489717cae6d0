package org.mailslot.itests.frameworks.readme;

import jakarta.jms.ConnectionFactory;
import org.mailslot.jms.MailslotConnectionFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.annotation.EnableJms;
import org.springframework.jms.config.DefaultJmsListenerContainerFactory;
import org.springframework.jms.core.JmsTemplate;

/** The README's Spring configuration: our factory, a transacted listener container factory and a template. */
@Configuration
@EnableJms
public class OrdersConfig {

    @Bean
    public ConnectionFactory connectionFactory() {
        // Local-only; on a network: new MailslotConnectionFactory("mailslot://0.0.0.0:138?computerName=JAVA1")
        return new MailslotConnectionFactory();
    }

    @Bean
    public DefaultJmsListenerContainerFactory jmsListenerContainerFactory(ConnectionFactory connectionFactory) {
        DefaultJmsListenerContainerFactory factory = new DefaultJmsListenerContainerFactory();
        factory.setConnectionFactory(connectionFactory);
        factory.setSessionTransacted(true);
        factory.setConcurrency("1-4");
        return factory;
    }

    @Bean
    public JmsTemplate jmsTemplate(ConnectionFactory connectionFactory) {
        return new JmsTemplate(connectionFactory);
    }
}
