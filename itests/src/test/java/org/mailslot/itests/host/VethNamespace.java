package org.mailslot.itests.host;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mailslot.itests.support.RealPeers;

/**
 * A network namespace joined to the host by a veth pair on a private 10.99.N.0/24 subnet: 10.99.N.1 on the host
 * side, 10.99.N.2 inside. Names carry the PID so that parallel runs do not collide; {@link #close()} removes
 * everything, also after a half-finished setup.
 */
final class VethNamespace implements AutoCloseable {

    private static final long COMMAND_TIMEOUT_SECONDS = 20;

    private final String namespace;
    private final String hostSide;
    private final String peerSide;
    private final int subnet;

    private VethNamespace(long pid) {
        this.namespace = "msjhost" + pid;
        this.hostSide = "msh" + pid;
        this.peerSide = "msp" + pid;
        // 10.99.0.0/24 is the one MAILSLOT-PROTOCOL uses by hand; vary the third octet per process.
        this.subnet = (int) (pid % 200) + 20;
    }

    /** Skips (or, with MAILSLOT_REQUIRE_PEERS, fails) the calling test unless a namespace can be made here. */
    static void assumeCreatable() throws IOException, InterruptedException {
        RealPeers.assumeAvailable(Tools.isRoot(), "this test needs root to create a network namespace");
        RealPeers.assumeAvailable(Tools.onPath("ip"), "this test needs 'ip' (apt-get install iproute2)");
    }

    /** Creates the namespace and the veth pair; on failure removes what was made and rethrows. */
    static VethNamespace create() throws IOException, InterruptedException {
        VethNamespace ns = new VethNamespace(ProcessHandle.current().pid());
        try {
            ns.run("ip", "netns", "add", ns.namespace);
            ns.run("ip", "link", "add", ns.hostSide, "type", "veth", "peer", "name", ns.peerSide);
            ns.run("ip", "link", "set", ns.peerSide, "netns", ns.namespace);
            ns.run("ip", "addr", "add", ns.hostAddress() + "/24", "brd", ns.broadcastAddress(), "dev", ns.hostSide);
            ns.run("ip", "link", "set", ns.hostSide, "up");
            ns.inside("ip", "addr", "add", ns.peerAddress() + "/24", "brd", ns.broadcastAddress(), "dev", ns.peerSide);
            ns.inside("ip", "link", "set", ns.peerSide, "up");
            ns.inside("ip", "link", "set", "lo", "up");
            return ns;
        } catch (IOException | InterruptedException | RuntimeException e) {
            ns.close();
            throw e;
        }
    }

    String hostAddress() {
        return "10.99." + subnet + ".1";
    }

    String peerAddress() {
        return "10.99." + subnet + ".2";
    }

    String broadcastAddress() {
        return "10.99." + subnet + ".255";
    }

    InetAddress hostInetAddress() throws IOException {
        return InetAddress.getByName(hostAddress());
    }

    InetAddress peerInetAddress() throws IOException {
        return InetAddress.getByName(peerAddress());
    }

    String hostInterface() {
        return hostSide;
    }

    String peerInterface() {
        return peerSide;
    }

    /** Adds {@code address}/32 to the host side: an address whose interface entry has no broadcast address. */
    void addHostAddressWithoutBroadcast(String address) throws IOException, InterruptedException {
        run("ip", "addr", "add", address + "/32", "dev", hostSide);
    }

    /** Deletes the veth pair under whoever uses it, as a removed adapter or a torn-down VPN does. */
    void deleteLink() throws IOException, InterruptedException {
        run("ip", "link", "del", hostSide);
    }

    /** The command line that runs {@code command} inside the namespace. */
    List<String> insideCommand(String... command) {
        List<String> line = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        line.addAll(List.of(command));
        return line;
    }

    private void inside(String... command) throws IOException, InterruptedException {
        run(insideCommand(command).toArray(String[]::new));
    }

    private void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in " + COMMAND_TIMEOUT_SECONDS + " s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + output);
        }
    }

    /** Deletes the namespace (which takes the peer end and so the pair with it) and the host end if left. */
    @Override
    public void close() throws IOException, InterruptedException {
        IOException failure = null;
        for (String[] command : List.of(new String[] {"ip", "netns", "del", namespace},
                new String[] {"ip", "link", "del", hostSide})) {
            try {
                if (exists(command)) {
                    run(command);
                }
            } catch (IOException e) {
                // Deleting the namespace destroys the veth pair asynchronously; a host end that vanished between
                // the probe and the delete is what we wanted.
                if (exists(command)) {
                    failure = failure == null ? e : failure;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private boolean exists(String[] deleteCommand) throws IOException, InterruptedException {
        String[] probe = deleteCommand[1].equals("netns")
                ? new String[] {"ip", "netns", "list"}
                : new String[] {"ip", "-o", "link", "show"};
        Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        String name = deleteCommand[3];
        return output.lines().anyMatch(line -> line.startsWith(name + " ") || line.equals(name)
                || line.contains(": " + name + "@") || line.contains(": " + name + ":"));
    }
}
