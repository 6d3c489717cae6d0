package org.mailslot.spring.boot;

import jakarta.jms.ConnectionFactory;
import org.mailslot.jms.MailslotConnectionFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jms.autoconfigure.JmsAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A {@link MailslotConnectionFactory} from the {@code spring.mailslot.*} properties, unless the application
 * defines its own {@link ConnectionFactory}. It runs before Boot's JMS auto-configuration, which then builds the
 * {@code JmsTemplate} and the {@code @JmsListener} container factory on it as on any other factory.
 */
@AutoConfiguration(before = JmsAutoConfiguration.class)
@ConditionalOnClass({ConnectionFactory.class, MailslotConnectionFactory.class})
@ConditionalOnMissingBean(ConnectionFactory.class)
@EnableConfigurationProperties(MailslotProperties.class)
public class MailslotAutoConfiguration {

    /**
     * The factory; the context closes it on shutdown, which stops its mailslot host.
     *
     * @param properties the {@code spring.mailslot.*} values
     * @return a factory configured by them
     */
    @Bean
    public MailslotConnectionFactory mailslotConnectionFactory(MailslotProperties properties) {
        MailslotConnectionFactory factory = new MailslotConnectionFactory(properties.getUrl());
        if (properties.getClientId() != null) {
            factory.setClientID(properties.getClientId());
        }
        return factory;
    }
}
