package org.mailslot.itests.bridge;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.itests.support.RealPeers;

/**
 * A real Artemis broker process from the {@code apache-artemis} distribution Maven unpacked into target/
 * (system property {@code artemis.home}): {@code bin/artemis create} makes one instance once (users, roles,
 * scripts), each node is a copy of it with its own {@code broker.xml}: one loopback acceptor (core only), no web
 * console, a static cluster connection to its peer, and optionally a replication primary or backup policy.
 * {@link #kill()} is {@code kill -9}.
 */
final class ArtemisNode implements AutoCloseable {

    static final BrokerCredentials LOGIN = new BrokerCredentials("mailslot", "mailslot-it-secret");
    private static final Duration START = Duration.ofSeconds(90);
    private static final String JAVA_ARGS = "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"
            + " -Dlog4j2.disableJmx=true --add-opens java.base/jdk.internal.misc=ALL-UNNAMED";

    /** What a node is in its pair. */
    enum Role {
        /** A cluster member without HA. */
        MEMBER,
        /** The replicating primary of a primary/backup pair. */
        PRIMARY,
        /** Its backup: becomes active when the primary dies. */
        BACKUP
    }

    private final String name;
    private final String host;
    private final int port;
    private final Path dir;
    private final Role role;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private Process process;
    // When this JVM read the broker's "now active" line (AMQ221007), System.nanoTime(); 0 until then.
    private volatile long activeAtNanos;

    private ArtemisNode(String name, String host, int port, Path dir, Role role) {
        this.name = name;
        this.host = host;
        this.port = port;
        this.dir = dir;
        this.role = role;
    }

    /** Skips (fails under MAILSLOT_REQUIRE_PEERS) unless Maven unpacked the distribution. */
    static Path home() {
        String home = System.getProperty("artemis.home");
        boolean present = home != null && Files.isRegularFile(Path.of(home, "bin", "artemis"));
        RealPeers.assumeAvailable(present, "the Artemis distribution is not unpacked (run the itests through"
                + " Maven: the dependency plugin unpacks org.apache.artemis:apache-artemis:tar.gz:bin)");
        return Path.of(home);
    }

    /**
     * A node named {@code name} on {@code host:port} whose cluster connection points at {@code peerHost:peerPort}.
     * Nothing runs until {@link #start()}.
     */
    static ArtemisNode create(Path workDir, String name, String host, int port, String peerHost, int peerPort,
                              Role role) throws Exception {
        Path template = template(home());
        Path dir = workDir.resolve(name);
        copyInstance(template, dir);
        Files.writeString(dir.resolve("etc/broker.xml"), brokerXml(name, host, port, peerHost, peerPort, role));
        return new ArtemisNode(name, host, port, dir, role);
    }

    /** One instance made by {@code artemis create}, kept under target/ for the next run. */
    private static synchronized Path template(Path home) throws Exception {
        Path template = home.getParent().resolve("instance-template");
        if (Files.isRegularFile(template.resolve("etc/artemis-users.properties"))) {
            return template;
        }
        Process create = new ProcessBuilder("sh", home.resolve("bin/artemis").toString(), "create",
                template.toString(), "--silent", "--force", "--user", LOGIN.user(), "--password", LOGIN.password(),
                "--require-login", "--no-web", "--nio", "--no-autotune", "--no-fsync", "--no-amqp-acceptor",
                "--no-hornetq-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor", "--host", "127.0.0.1")
                .redirectErrorStream(true).redirectOutput(home.getParent().resolve("create.log").toFile()).start();
        if (!create.waitFor(3, TimeUnit.MINUTES) || create.exitValue() != 0) {
            throw new IllegalStateException("artemis create failed: "
                    + Files.readString(home.getParent().resolve("create.log")));
        }
        return template;
    }

    /** Copies scripts and configuration, pointing every absolute path at the copy. */
    private static void copyInstance(Path template, Path dir) throws IOException {
        for (String sub : List.of("bin", "etc")) {
            try (Stream<Path> files = Files.list(template.resolve(sub))) {
                Files.createDirectories(dir.resolve(sub));
                for (Path file : files.toList()) {
                    String text = Files.readString(file).replace(template.toString(), dir.toString());
                    Path copy = dir.resolve(sub).resolve(file.getFileName());
                    Files.writeString(copy, text);
                    copy.toFile().setExecutable(file.toFile().canExecute());
                }
            }
        }
    }

    private static String brokerXml(String name, String host, int port, String peerHost, int peerPort, Role role) {
        String ha = switch (role) {
            case MEMBER -> "";
            // Failback would restart the pair's roles behind the test's back.
            case PRIMARY -> "<ha-policy><replication><primary><check-for-active-server>true"
                    + "</check-for-active-server></primary></replication></ha-policy>";
            case BACKUP -> "<ha-policy><replication><backup><allow-failback>false</allow-failback></backup>"
                    + "</replication></ha-policy>";
        };
        return """
                <?xml version="1.0"?>
                <configuration xmlns="urn:activemq" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                               xsi:schemaLocation="urn:activemq /schema/artemis-configuration.xsd">
                  <core xmlns="urn:activemq:core">
                    <name>%1$s</name>
                    <persistence-enabled>true</persistence-enabled>
                    <journal-type>NIO</journal-type>
                    <journal-datasync>false</journal-datasync>
                    <journal-file-size>1M</journal-file-size>
                    <journal-min-files>2</journal-min-files>
                    <paging-directory>data/paging</paging-directory>
                    <bindings-directory>data/bindings</bindings-directory>
                    <journal-directory>data/journal</journal-directory>
                    <large-messages-directory>data/large-messages</large-messages-directory>
                    <critical-analyzer>false</critical-analyzer>
                    <id-cache-size>20000</id-cache-size>
                    <connectors>
                      <connector name="self">tcp://%2$s:%3$d</connector>
                      <connector name="peer">tcp://%4$s:%5$d</connector>
                    </connectors>
                    <acceptors>
                      <acceptor name="artemis">tcp://%2$s:%3$d?protocols=CORE</acceptor>
                    </acceptors>
                    <cluster-user>mailslot-cluster</cluster-user>
                    <cluster-password>mailslot-cluster-secret</cluster-password>
                    <cluster-connections>
                      <cluster-connection name="mailslot-it">
                        <connector-ref>self</connector-ref>
                        <retry-interval>200</retry-interval>
                        <message-load-balancing>ON_DEMAND</message-load-balancing>
                        <max-hops>1</max-hops>
                        <static-connectors><connector-ref>peer</connector-ref></static-connectors>
                      </cluster-connection>
                    </cluster-connections>
                    %6$s
                    <security-settings>
                      <security-setting match="#">
                        <permission type="createNonDurableQueue" roles="amq"/>
                        <permission type="deleteNonDurableQueue" roles="amq"/>
                        <permission type="createDurableQueue" roles="amq"/>
                        <permission type="deleteDurableQueue" roles="amq"/>
                        <permission type="createAddress" roles="amq"/>
                        <permission type="deleteAddress" roles="amq"/>
                        <permission type="consume" roles="amq"/>
                        <permission type="browse" roles="amq"/>
                        <permission type="send" roles="amq"/>
                        <permission type="manage" roles="amq"/>
                      </security-setting>
                    </security-settings>
                    <address-settings>
                      <address-setting match="#">
                        <dead-letter-address>DLQ</dead-letter-address>
                        <expiry-address>ExpiryQueue</expiry-address>
                        <auto-create-queues>true</auto-create-queues>
                        <auto-create-addresses>true</auto-create-addresses>
                        <redistribution-delay>0</redistribution-delay>
                      </address-setting>
                    </address-settings>
                    <addresses>
                      <address name="DLQ"><anycast><queue name="DLQ"/></anycast></address>
                      <address name="ExpiryQueue"><anycast><queue name="ExpiryQueue"/></anycast></address>
                    </addresses>
                  </core>
                </configuration>
                """.formatted(name, host, port, peerHost, peerPort, ha);
    }

    /** Starts the broker process; returns at once (see {@link #awaitActive()}, {@link #awaitBackupReady()}). */
    ArtemisNode start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder("sh", dir.resolve("bin/artemis").toString(), "run")
                .redirectErrorStream(true);
        builder.environment().put("JAVA_ARGS", JAVA_ARGS);
        log.clear();
        process = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.contains("AMQ221007") && activeAtNanos == 0) {
                        activeAtNanos = System.nanoTime();
                    }
                    log.add(line);
                }
            } catch (IOException e) {
                log.add("(log closed: " + e.getMessage() + ")");
            }
        }, "artemis-" + name + "-log");
        reader.setDaemon(true);
        reader.start();
        return this;
    }

    /** Waits until the broker says it is active (AMQ221007). */
    ArtemisNode awaitActive() {
        return awaitLog("AMQ221007", START);
    }

    /** Waits until a backup has synchronised with its primary and announced itself (AMQ221031). */
    ArtemisNode awaitBackupReady() {
        return awaitLog("AMQ221031", START);
    }

    ArtemisNode awaitLog(String code, Duration timeout) {
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(50))
                    .until(() -> logged(code) || !process.isAlive());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(name + ": no " + code + " within " + timeout + "; log:\n" + String.join("\n", log));
        }
        if (!logged(code)) {
            throw new AssertionError(name + " exited before " + code + "; log:\n" + String.join("\n", log));
        }
        return this;
    }

    private boolean logged(String code) {
        return log.stream().anyMatch(l -> l.contains(code));
    }

    /** {@code kill -9}: no shutdown of any kind. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** When the broker said it is active ({@link System#nanoTime()}), 0 if it has not. */
    long activeAtNanos() {
        return activeAtNanos;
    }

    String url() {
        return "tcp://" + host + ":" + port;
    }

    Role role() {
        return role;
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    @Override
    public String toString() {
        return name + " (" + url() + ")";
    }
}
