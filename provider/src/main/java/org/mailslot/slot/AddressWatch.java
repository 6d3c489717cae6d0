package org.mailslot.slot;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Notices that the interface a host's socket is bound to went away. A UDP socket bound to an address that is
 * deleted (a veth removed, a VPN dropped) stays open and simply never receives again, so a receive-only host
 * would wait forever; this checks the address periodically and reports its loss once.
 *
 * <p>Only an address that was on an interface when the host started is watched: loopback aliases such as
 * 127.0.0.41, answered by {@code lo}'s 127.0.0.0/8 route without being assigned, and wildcard binds have no
 * interface entry to lose.
 */
final class AddressWatch implements AutoCloseable {

    /** How often the address is checked: a lost interface is noticed within about this long. */
    static final Duration PERIOD = Duration.ofSeconds(1);

    private final InetAddress address;
    private final Consumer<Throwable> onLost;
    private final ScheduledExecutorService timer;

    private AddressWatch(InetAddress address, String hostName, Consumer<Throwable> onLost) {
        this.address = address;
        this.onLost = onLost;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mailslot-address-watch-" + hostName);
            thread.setDaemon(true);
            return thread;
        });
        // Nothing waits for the schedule's future: close() cancels it by shutting the timer down.
        var unused = timer.scheduleWithFixedDelay(this::check, PERIOD.toMillis(), PERIOD.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Starts watching {@code address}, or returns null when it is not watchable (wildcard, or on no interface now).
     *
     * @param onLost told once, with the reason, when the address is gone or its interface is down
     */
    static AddressWatch start(InetAddress address, String hostName, Consumer<Throwable> onLost) {
        if (address.isAnyLocalAddress() || present(address) == null) {
            return null;
        }
        return new AddressWatch(address, hostName, onLost);
    }

    private void check() {
        String lost;
        try {
            NetworkInterface owner = present(address);
            lost = owner == null ? "is on no interface any more (the interface was removed or the address deleted)"
                    : owner.isUp() ? null : "is on interface " + owner.getName() + ", which is down";
        } catch (SocketException e) {
            lost = "cannot be checked (" + e.getMessage() + ")";
        }
        if (lost != null) {
            timer.shutdown();
            onLost.accept(new SocketException("address " + address.getHostAddress() + " " + lost));
        }
    }

    private static NetworkInterface present(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address);
        } catch (SocketException e) {
            return null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
