package org.mailslot.jms;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** A connection factory is Serializable (JNDI stores may keep it that way), also once it has made connections. */
class FactorySerializationTest {

    @Test
    void aFactoryThatMadeAConnectionSerialisesAndTheCopyConnects() throws Exception {
        try (MailslotConnectionFactory factory = new MailslotConnectionFactory(
                "mailslot://local?jms.clientID=serialised&jms.deserializationAllowList=java.lang")) {
            factory.createConnection().close();

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(factory);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()));
                 MailslotConnectionFactory copy = (MailslotConnectionFactory) in.readObject();
                 Connection connection = copy.createConnection()) {
                assertThat(copy.getURI()).isEqualTo(factory.getURI());
                assertThat(connection.getClientID()).isEqualTo("serialised");
            }
        }
    }
}
