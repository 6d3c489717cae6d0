package org.mailslot.raitests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The server with the adapter and the test application deployed, and the addresses of the computers around it:
 * the server's host APPSRV on 127.0.0.2, a Windows computer PEER on 127.0.0.3, a {@code mailslot listen} process
 * LISTENER on 127.0.0.4, all on one free UDP port, as real computers share port 138.
 */
final class DeployedAdapter implements AutoCloseable {

    static final String SERVER_ADDRESS = "127.0.0.2";
    static final String PEER_ADDRESS = "127.0.0.3";
    static final String LISTENER_ADDRESS = "127.0.0.4";
    /** How long the server may take to boot and to deploy, on a loaded two-core machine. */
    static final Duration SERVER_LIMIT = Duration.ofMinutes(4);

    final String hostUri;
    final PayaraMicroProcess server;
    final long rarDeployMillis;
    final long appDeployMillis;

    private DeployedAdapter(String hostUri, PayaraMicroProcess server, long rarDeployMillis, long appDeployMillis) {
        this.hostUri = hostUri;
        this.server = server;
        this.rarDeployMillis = rarDeployMillis;
        this.appDeployMillis = appDeployMillis;
    }

    static String hostUri(int udpPort) {
        return "mailslot://" + SERVER_ADDRESS + ":" + udpPort + "?computerName=APPSRV&broadcast=127.255.255.255"
                + "&nameLookup=none&names=PEER=" + PEER_ADDRESS + ",LISTENER=" + LISTENER_ADDRESS;
    }

    /** Boots the server in {@code workDir}, deploys the adapter configured for a host on {@code udpPort}, then the app. */
    static DeployedAdapter start(Path workDir, int udpPort) throws IOException, InterruptedException {
        Path serverDir = Path.of(System.getProperty("server.dir", "target/server"));
        Path rar = configuredRar(serverDir.resolve("mailslot-ra.rar"), workDir.resolve("mailslot-ra.rar"),
                hostUri(udpPort));
        Path war = Files.copy(Path.of(System.getProperty("app.war")), workDir.resolve("app.war"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        PayaraMicroProcess server = PayaraMicroProcess.start(serverDir.resolve("payara-micro.jar"),
                workDir.resolve("payara"), freeTcpPort(), freeTcpPort(), SERVER_LIMIT);
        try {
            long rarMillis = deployed(server, rar);
            long appMillis = deployed(server, war);
            return new DeployedAdapter(hostUri(udpPort), server, rarMillis, appMillis);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static long deployed(PayaraMicroProcess server, Path file) throws IOException, InterruptedException {
        String answer = server.command("deploy " + file, SERVER_LIMIT);
        if (!answer.startsWith("deployed")) {
            throw new IllegalStateException("Deploying " + file + " failed: " + answer + "\n" + server.tail());
        }
        return Long.parseLong(answer.substring(answer.indexOf("ms=") + 3));
    }

    /**
     * The adapter with its default settings URI set in its deployment descriptor, as an operator would set the
     * adapter's {@code uri} property.
     */
    static Path configuredRar(Path original, Path target, String uri) throws IOException {
        Files.createDirectories(target.getParent());
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(original));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("META-INF/ra.xml")) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    String configured = xml.replace("<config-property-value>mailslot://local</config-property-value>",
                            "<config-property-value>" + uri.replace("&", "&amp;") + "</config-property-value>");
                    if (configured.equals(xml)) {
                        throw new IllegalStateException("ra.xml has no default uri to replace");
                    }
                    out.write(configured.getBytes(StandardCharsets.UTF_8));
                } else {
                    copy(in, out);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }

    private static int freeTcpPort() throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress("127.0.0.1", 0));
            return probe.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
    }
}
