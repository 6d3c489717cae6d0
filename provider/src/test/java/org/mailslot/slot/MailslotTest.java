package org.mailslot.slot;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mailslot.wire.MessageTooLargeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class MailslotTest {

    private final MailslotHost host = MailslotHost.localOnly("JAVA1");
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
        host.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(US_ASCII);
    }

    @Test
    void writtenMessagesAreReadWholeInOrderWithTheirOrigin() throws Exception {
        Mailslot slot = host.createMailslot("\\\\.\\mailslot\\taxes\\bob", 0, Duration.ZERO);
        MailslotWriter writer = host.openWriter("\\\\.\\MAILSLOT\\TAXES\\BOB");
        writer.write(bytes("first"));
        writer.write(bytes("second"), 7);

        ReceivedMessage first = slot.poll();
        assertThat(first.data()).isEqualTo(bytes("first"));
        assertThat(first.slot()).isEqualTo(slot.name());
        assertThat(first.sourceComputer()).isEqualTo("JAVA1");
        assertThat(first.sourceAddress()).isNull();
        assertThat(first.delivery()).isEqualTo(ReceivedMessage.Delivery.LOCAL);
        assertThat(first.isRemote()).isFalse();
        ReceivedMessage second = slot.poll();
        assertThat(second.data()).isEqualTo(bytes("second"));
        assertThat(second.priority()).isEqualTo(7);
        assertThat(slot.poll()).isNull();
        assertThat(host.counters().localWrites()).isEqualTo(2);
    }

    @Test
    void writerKeepsNoReferenceToTheCallersBuffer() throws Exception {
        Mailslot slot = host.createMailslot("\\\\.\\mailslot\\copy", 0, Duration.ZERO);
        byte[] buffer = bytes("abc");
        host.openWriter("\\\\.\\mailslot\\copy").write(buffer);
        buffer[0] = 'X';
        assertThat(slot.poll().data()).isEqualTo(bytes("abc"));
    }

    @Test
    void infoReportsSizesCountAndTimeout() throws Exception {
        Mailslot slot = host.createMailslot("\\\\.\\mailslot\\info", 100, Duration.ofSeconds(3));
        assertThat(slot.info()).isEqualTo(new MailslotInfo(100, OptionalInt.empty(), 0, Duration.ofSeconds(3)));

        MailslotWriter writer = host.openWriter("\\\\.\\mailslot\\info");
        writer.write(bytes("12345"));
        writer.write(bytes("1234567890"));
        assertThat(slot.info().nextMessageSize()).hasValue(5);
        assertThat(slot.info().messageCount()).isEqualTo(2);

        slot.setReadTimeout(Mailslot.WAIT_FOREVER);
        assertThat(slot.info().readTimeout()).isEqualTo(Mailslot.WAIT_FOREVER);
        slot.poll();
        assertThat(slot.info().nextMessageSize()).hasValue(10);
        assertThatThrownBy(() -> slot.setReadTimeout(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void aSecondCreateOfTheSameNameFailsInAnyCase() throws Exception {
        host.createMailslot("\\\\.\\mailslot\\once", 0, Duration.ZERO);
        assertThatThrownBy(() -> host.createMailslot("\\\\.\\MAILSLOT\\ONCE", 0, Duration.ZERO))
                .isInstanceOf(MailslotExistsException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void slotsCanOnlyBeCreatedLocally() {
        assertThatThrownBy(() -> host.createMailslot("\\\\OTHER\\mailslot\\x", 0, Duration.ZERO))
                .isInstanceOf(MailslotNameException.class)
                .hasMessageContaining("created on this host only");
    }

    @Test
    void writingToAMissingLocalSlotIsFileNotFound() throws Exception {
        assertThatThrownBy(() -> host.openWriter("\\\\.\\mailslot\\nobody"))
                .isInstanceOf(MailslotNotFoundException.class)
                .hasMessageContaining("ERROR_FILE_NOT_FOUND");
        Mailslot slot = host.createMailslot("\\\\.\\mailslot\\gone", 0, Duration.ZERO);
        MailslotWriter writer = host.openWriter("\\\\.\\mailslot\\gone");
        slot.close();
        assertThatThrownBy(() -> writer.write(bytes("late"))).isInstanceOf(MailslotNotFoundException.class);
    }

    @Test
    void aMessageAboveTheMaximumSizeIsRefusedLocally() throws Exception {
        Mailslot slot = host.createMailslot("\\\\.\\mailslot\\small", 4, Duration.ZERO);
        MailslotWriter writer = host.openWriter("\\\\.\\mailslot\\small");
        writer.write(bytes("1234"));
        assertThatThrownBy(() -> writer.write(bytes("12345")))
                .isInstanceOf(MessageTooLargeException.class)
                .satisfies(e -> assertThat(((MessageTooLargeException) e).limit()).isEqualTo(4));
        assertThat(slot.info().messageCount()).isEqualTo(1);
    }

    @Test
    void readWithTimeoutReturnsNullWhenNothingArrives() throws Exception {
        Mailslot slot = host.createMailslot("\\\\.\\mailslot\\quiet", 0, Duration.ofMillis(20));
        assertThat(slot.read(Duration.ofMillis(20))).isNull();
        assertThat(slot.readWithSlotTimeout()).isNull();
        assertThat(slot.read(Duration.ZERO)).isNull();
    }

    @Test
    void aBlockedReaderGetsTheNextWrite() throws Exception {
        Mailslot slot = host.createMailslot("\\\\.\\mailslot\\wait", 0, Mailslot.WAIT_FOREVER);
        Future<ReceivedMessage> reader = blockedRead(slot);
        host.openWriter("\\\\.\\mailslot\\wait").write(bytes("wake"));
        assertThat(reader.get().data()).isEqualTo(bytes("wake"));
    }

    @Test
    void closingDiscardsUnreadMessagesAndWakesBlockedReaders() throws Exception {
        Mailslot slot = host.createMailslot("\\\\.\\mailslot\\closing", 0, Mailslot.WAIT_FOREVER);
        MailslotWriter writer = host.openWriter("\\\\.\\mailslot\\closing");
        writer.write(bytes("a"));
        writer.write(bytes("b"));
        slot.close();
        assertThat(host.counters().drops(DropReason.DISCARDED_ON_CLOSE)).isEqualTo(2);
        assertThat(slot.isOpen()).isFalse();
        assertThatThrownBy(slot::poll).isInstanceOf(MailslotClosedException.class);

        Mailslot again = host.createMailslot("\\\\.\\mailslot\\closing", 0, Mailslot.WAIT_FOREVER);
        assertThat(again.info().messageCount()).as("a new slot of the same name starts empty").isZero();
        Future<ReceivedMessage> blocked = blockedRead(again);
        again.close();
        assertThatThrownBy(blocked::get).hasCauseInstanceOf(MailslotClosedException.class);
        again.close();
    }

    @Test
    void theQuotaBoundsUnreadBytesAndCountsRefusals() throws Exception {
        try (MailslotHost small = MailslotHost.start(HostSettings.builder("SMALL").localOnly()
                .slotQuotaBytes(3 * (100 + SlotQueue.MESSAGE_OVERHEAD)).build())) {
            Mailslot slot = small.createMailslot("\\\\.\\mailslot\\q", 0, Duration.ZERO);
            MailslotWriter writer = small.openWriter("\\\\.\\mailslot\\q");
            for (int i = 0; i < 3; i++) {
                writer.write(new byte[100]);
            }
            assertThatThrownBy(() -> writer.write(new byte[100]))
                    .isInstanceOf(MailslotFullException.class).hasMessageContaining("slotQuotaBytes");
            assertThat(small.counters().drops(DropReason.QUEUE_FULL)).isEqualTo(1);
            assertThat(slot.queuedBytes()).isEqualTo(3 * (100 + SlotQueue.MESSAGE_OVERHEAD));
            slot.poll();
            writer.write(new byte[100]);
            assertThat(slot.info().messageCount()).isEqualTo(3);
        }
    }

    @Test
    void aSingleMessageLargerThanTheQuotaStillFitsAnEmptySlot() throws Exception {
        try (MailslotHost small = MailslotHost.start(HostSettings.builder("SMALL").localOnly()
                .slotQuotaBytes(10).build())) {
            Mailslot slot = small.createMailslot("\\\\.\\mailslot\\q", 0, Duration.ZERO);
            small.openWriter("\\\\.\\mailslot\\q").write(new byte[1000]);
            assertThat(slot.poll().data()).hasSize(1000);
        }
    }

    @Test
    void theArrivalListenerIsToldAfterEachMessageIsQueued() throws Exception {
        Mailslot slot = host.createMailslot("\\\\.\\mailslot\\listen", 0, Duration.ZERO);
        List<Integer> countsSeen = new CopyOnWriteArrayList<>();
        slot.setArrivalListener(s -> countsSeen.add(s.info().messageCount()));
        MailslotWriter writer = host.openWriter("\\\\.\\mailslot\\listen");
        writer.write(bytes("1"));
        writer.write(bytes("2"));
        assertThat(countsSeen).containsExactly(1, 2);
        slot.setArrivalListener(null);
        writer.write(bytes("3"));
        assertThat(countsSeen).hasSize(2);
    }

    @Test
    void aClosedHostRefusesWorkAndClosesItsSlots() throws Exception {
        Mailslot slot = host.createMailslot("\\\\.\\mailslot\\h", 0, Duration.ZERO);
        MailslotWriter writer = host.openWriter("\\\\.\\mailslot\\h");
        host.close();
        assertThat(slot.isOpen()).isFalse();
        assertThatThrownBy(() -> writer.write(bytes("x"))).isInstanceOf(MailslotClosedException.class);
        assertThatThrownBy(() -> host.createMailslot("\\\\.\\mailslot\\h2", 0, Duration.ZERO))
                .isInstanceOf(MailslotClosedException.class);
        writer.close();
        assertThat(writer.isOpen()).isFalse();
    }

    @Test
    void aLocalOnlyHostCannotReachOtherComputers() throws Exception {
        assertThatThrownBy(() -> host.openWriter("\\\\OTHER\\mailslot\\x").write(bytes("x")))
                .isInstanceOf(BadNetPathException.class).hasMessageContaining("local-only");
        Mailslot slot = host.createMailslot("\\\\.\\mailslot\\status", 0, Duration.ZERO);
        host.openWriter("\\\\*\\mailslot\\status").write(bytes("to my own domain"));
        host.openWriter("\\\\JAVA1\\mailslot\\status").write(bytes("to myself by name"));
        assertThat(slot.poll().data()).isEqualTo(bytes("to my own domain"));
        assertThat(slot.poll().data()).isEqualTo(bytes("to myself by name"));
    }

    /** A read on another thread, returned once that thread is parked inside it. */
    private Future<ReceivedMessage> blockedRead(Mailslot slot) throws Exception {
        java.util.concurrent.CompletableFuture<Thread> reader = new java.util.concurrent.CompletableFuture<>();
        Future<ReceivedMessage> result = threads.submit(() -> {
            reader.complete(Thread.currentThread());
            return slot.read();
        });
        Thread thread = reader.get(5, java.util.concurrent.TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5)).until(() -> org.mailslot.testing.ThreadStates.isParked(thread));
        return result;
    }
}
