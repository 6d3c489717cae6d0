package org.mailslot.jms.jndi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Hashtable;
import java.util.List;
import javax.naming.NamingException;
import javax.naming.Reference;
import javax.naming.StringRefAddr;
import javax.naming.spi.NamingManager;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.MailslotDestinations;
import org.mailslot.jms.MailslotTemporaryQueue;
import org.mailslot.jms.MailslotTemporaryTopic;

/** Destinations bound in JNDI as References are rebuilt by the factory the Reference names. */
class MailslotObjectFactoryTest {

    @Test
    void everyDestinationRoundTripsThroughNamingManager() throws Exception {
        for (MailslotDestination destination : List.of(MailslotDestinations.parseQueue("orders"),
                MailslotDestinations.parseQueue("\\\\PLC7\\mailslot\\in?payload=raw"),
                MailslotDestinations.parseTopic("\\\\WORKGROUP\\mailslot\\status"),
                new MailslotTemporaryQueue("\\\\HOSTA\\mailslot\\temp\\1", "conn-9", d -> { }),
                new MailslotTemporaryTopic("\\\\HOSTA\\mailslot\\temp\\2", "conn-9", d -> { }))) {
            Reference reference = destination.getReference();
            assertThat(reference.getFactoryClassName()).isEqualTo(MailslotObjectFactory.class.getName());

            // NamingManager loads the factory by the class name in the Reference, as a JNDI provider does.
            Object rebuilt = NamingManager.getObjectInstance(reference, null, null, new Hashtable<>());

            assertThat(rebuilt).isEqualTo(destination).isNotSameAs(destination);
            assertThat(rebuilt.toString()).as("the name as given survives").isEqualTo(destination.toString());
        }
    }

    @Test
    void temporaryDestinationKeepsItsOwnerButCannotBeDeletedFromJndi() throws Exception {
        Reference reference = new MailslotTemporaryQueue("\\\\HOSTA\\mailslot\\t", "conn-3", d -> { })
                .getReference();
        MailslotTemporaryQueue rebuilt = (MailslotTemporaryQueue) new MailslotObjectFactory()
                .getObjectInstance(reference, null, null, null);
        assertThat(rebuilt.ownerId()).isEqualTo("conn-3");
        assertThatThrownBy(rebuilt::delete).isInstanceOf(jakarta.jms.IllegalStateException.class);
    }

    @Test
    void foreignReferencesAreLeftToOtherFactories() throws Exception {
        MailslotObjectFactory factory = new MailslotObjectFactory();
        assertThat(factory.getObjectInstance(new Reference("com.example.Other"), null, null, null)).isNull();
        assertThat(factory.getObjectInstance("not a reference", null, null, null)).isNull();
    }

    @Test
    void brokenReferencesAreNamingExceptions() {
        MailslotObjectFactory factory = new MailslotObjectFactory();
        Reference noName = new Reference("org.mailslot.jms.MailslotQueue");
        assertThatThrownBy(() -> factory.getObjectInstance(noName, null, null, null))
                .isInstanceOf(NamingException.class).hasMessageContaining("uncName");
        Reference badName = new Reference("org.mailslot.jms.MailslotTopic",
                new StringRefAddr(MailslotDestination.REF_NAME, "a|b"));
        assertThatThrownBy(() -> factory.getObjectInstance(badName, null, null, null))
                .isInstanceOf(NamingException.class).hasMessageContaining("a|b");
    }

    @Test
    void connectionFactoriesRoundTripWithUriAndClientId() throws Exception {
        MailslotConnectionFactory original = new MailslotConnectionFactory(
                "mailslot://127.0.0.5:13800?computerName=JAVA5&broadcast=127.255.255.255&nameLookup=none");
        original.setClientID("billing");

        Object rebuilt = NamingManager.getObjectInstance(original.getReference(), null, null, new Hashtable<>());

        assertThat(rebuilt).isInstanceOf(MailslotConnectionFactory.class).isNotSameAs(original);
        MailslotConnectionFactory factory = (MailslotConnectionFactory) rebuilt;
        assertThat(factory.getURI()).isEqualTo(original.getURI());
        assertThat(factory.getClientID()).isEqualTo("billing");
        assertThat(factory.getOptions().get("computerName")).isEqualTo("JAVA5");

        MailslotConnectionFactory local = (MailslotConnectionFactory) new MailslotObjectFactory()
                .getObjectInstance(new MailslotConnectionFactory().getReference(), null, null, null);
        assertThat(local.getURI()).isEqualTo("mailslot://local");
        assertThat(local.getClientID()).isNull();
    }

    @Test
    void brokenFactoryReferencesAreNamingExceptions() {
        MailslotObjectFactory factory = new MailslotObjectFactory();
        Reference noUri = new Reference(MailslotConnectionFactory.class.getName());
        assertThatThrownBy(() -> factory.getObjectInstance(noUri, null, null, null))
                .isInstanceOf(NamingException.class).hasMessageContaining("uri");
        Reference badUri = new Reference(MailslotConnectionFactory.class.getName(),
                new StringRefAddr(MailslotConnectionFactory.REF_URI, "mailslot://local?bogus=1"));
        assertThatThrownBy(() -> factory.getObjectInstance(badUri, null, null, null))
                .isInstanceOf(NamingException.class).hasMessageContaining("bogus");
    }
}
