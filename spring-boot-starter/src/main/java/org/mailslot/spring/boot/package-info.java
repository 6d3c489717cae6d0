/**
 * Spring Boot auto-configuration of a {@code MailslotConnectionFactory} from the {@code spring.mailslot.*}
 * properties. Depends on the provider's public API ({@code org.mailslot.jms}) and Spring Boot only.
 */
package org.mailslot.spring.boot;
