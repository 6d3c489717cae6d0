package org.mailslot.itests.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mailslot.itests.support.Tshark;

/**
 * tshark capturing UDP 137 on the host side of a {@link VethNamespace} while a name-service test runs, and the
 * check every such test makes of what we sent: dissected as NBNS, no expert warning, nothing malformed.
 */
final class NameServiceCapture implements AutoCloseable {

    /** The fields {@link #stopAndRead()} returns, in this order. */
    static final List<String> FIELDS = List.of("ip.src", "nbns.flags", "nbns.id", "_ws.expert.message",
            "_ws.malformed");

    private final Tshark tshark;
    private final Process process;
    private final Path file;
    private final Path errors;

    private NameServiceCapture(Tshark tshark, Process process, Path file, Path errors) {
        this.tshark = tshark;
        this.process = process;
        this.file = file;
        this.errors = errors;
    }

    /** Starts capturing on the namespace's host interface and waits until tshark says it captures. */
    static NameServiceCapture start(Tshark tshark, VethNamespace namespace) throws IOException, InterruptedException {
        Path file = Files.createTempFile("mailslot-nbns", ".pcap");
        Path errors = Files.createTempFile("mailslot-nbns", ".err");
        Process process = new ProcessBuilder(tshark.binary().toString(), "-n", "-i", namespace.hostInterface(), "-f",
                "udp port 137", "-w", file.toString()).redirectError(errors.toFile()).start();
        NameServiceCapture capture = new NameServiceCapture(tshark, process, file, errors);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.readString(errors).contains("Capturing on"));
        } catch (RuntimeException | Error e) {
            capture.close();
            throw e;
        }
        return capture;
    }

    /** Stops the capture; one row of {@link #FIELDS} per packet. */
    List<List<String>> stopAndRead() throws IOException, InterruptedException {
        process.destroy();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("tshark stopped").isTrue();
        return tshark.fields(file, FIELDS);
    }

    /** Asserts that tshark found nothing to say about the rows (our packets) but the offloaded UDP checksum. */
    static void assertDissectedCleanly(List<List<String>> rows) {
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get(1)).as("dissected as NBNS: %s", row).isNotEmpty();
            // Outgoing packets are captured before the veth computes their UDP checksum (checksum offload), so
            // tshark flags every one of them; that is the capture point, not our bytes. Anything else is ours.
            assertThat(row.get(3).replaceAll("Bad checksum \\[should be 0x[0-9a-f]+\\],?", ""))
                    .as("expert info on %s", row).isEmpty();
            assertThat(row.get(4)).as("malformed %s", row).isEmpty();
        });
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
        Files.deleteIfExists(file);
        Files.deleteIfExists(errors);
    }
}
