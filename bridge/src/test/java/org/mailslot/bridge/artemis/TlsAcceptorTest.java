package org.mailslot.bridge.artemis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.SettingsParser;
import org.mailslot.bridge.testing.FreePort;

/**
 * The embedded broker's optional TLS acceptor, configured as an operator does (keystore and its password from
 * files), on a real broker: a client that verifies the certificate against a trust store holding it, and the
 * host name against the certificate, connects and exchanges a message; a client trusting another certificate is
 * refused. Keystores are made by the JDK's keytool.
 */
@Timeout(120)
class TlsAcceptorTest {

    private static final String STORE_PASSWORD = "changeit-" + Long.toHexString(System.nanoTime());

    @TempDir
    Path dir;

    @Test
    void aVerifyingClientConnectsAndAClientTrustingAnotherCertificateIsRefused() throws Exception {
        Path keyStore = keyPair("bridge");
        Path trusted = trustStoreFor(keyStore, "bridge", "trusted.p12");
        Path stranger = trustStoreFor(keyPair("stranger"), "stranger", "stranger.p12");
        Path passwordFile = Files.writeString(dir.resolve("keystore.password"), STORE_PASSWORD + "\n");
        Path brokerPasswordFile = Files.writeString(dir.resolve("broker.password"), "secret\n");
        int tlsPort = FreePort.onLoopback();
        BridgeSettings settings = new SettingsParser().parse(Map.of(
                "data-dir", dir.resolve("data").toString(), "tcp-port", Integer.toString(FreePort.onLoopback()),
                "tls-keystore", keyStore.toString(), "tls-keystore-password-file", passwordFile.toString(),
                "tls-port", Integer.toString(tlsPort),
                "broker-user", "ops", "broker-password-file", brokerPasswordFile.toString()));

        try (EmbeddedBroker broker = EmbeddedBroker.start(EmbeddedBrokerSpec.from(settings, settings.credentials()))) {
            String base = "tcp://127.0.0.1:" + tlsPort + "?sslEnabled=true&verifyHost=true&trustStoreType=PKCS12"
                    + "&trustStorePassword=" + STORE_PASSWORD
                    + "&initialConnectAttempts=1&reconnectAttempts=0&callTimeout=5000";
            try (Connection connection = new ActiveMQConnectionFactory(base + "&trustStorePath=" + trusted)
                    .createConnection("ops", "secret")) {
                Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = session.createConsumer(session.createQueue("tls.check"));
                connection.start();
                session.createProducer(session.createQueue("tls.check")).send(session.createTextMessage("over tls"));
                assertThat(consumer.receive(10_000).getBody(String.class)).isEqualTo("over tls");
            }
            assertThatThrownBy(() -> new ActiveMQConnectionFactory(base + "&trustStorePath=" + stranger)
                    .createConnection("ops", "secret").close()).isInstanceOf(JMSException.class);
        }
    }

    // A PKCS#12 keystore with a self-signed certificate for 127.0.0.1.
    private Path keyPair(String alias) throws Exception {
        Path store = dir.resolve(alias + "-keystore.p12");
        keytool("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + alias,
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        return store;
    }

    private Path trustStoreFor(Path keyStore, String alias, String name) throws Exception {
        Path certificate = dir.resolve(alias + ".crt");
        keytool("-exportcert", "-alias", alias, "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD,
                "-file", certificate.toString());
        Path trust = dir.resolve(name);
        keytool("-importcert", "-noprompt", "-alias", alias, "-file", certificate.toString(), "-storetype", "PKCS12",
                "-keystore", trust.toString(), "-storepass", STORE_PASSWORD);
        return trust;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
