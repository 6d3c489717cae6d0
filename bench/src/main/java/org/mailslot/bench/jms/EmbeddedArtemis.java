package org.mailslot.bench.jms;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * The baseline broker of the JMS benchmarks: Artemis in this JVM with an in-VM acceptor and a TCP acceptor on
 * loopback, persistence and security off, so it measures messaging, not disks or logins.
 */
public final class EmbeddedArtemis implements AutoCloseable {

    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();
    private final int tcpPort;

    public EmbeddedArtemis(int tcpPort) throws Exception {
        this.tcpPort = tcpPort;
        Path dir = Files.createTempDirectory("bench-artemis");
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dir.resolve("large").toString())
                .setPagingDirectory(dir.resolve("paging").toString())
                .addAcceptorConfiguration("in-vm", "vm://0")
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + tcpPort);
        server.setConfiguration(config);
        server.start();
    }

    public String inVmUrl() {
        return "vm://0";
    }

    public String tcpUrl() {
        return "tcp://127.0.0.1:" + tcpPort;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
