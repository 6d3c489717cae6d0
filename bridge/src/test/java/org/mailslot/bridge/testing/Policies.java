package org.mailslot.bridge.testing;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.mailslot.bridge.config.RateLimit;
import org.mailslot.bridge.ingress.DuplicateWindow;
import org.mailslot.bridge.ingress.IngressPolicy;
import org.mailslot.bridge.ingress.SlotAllowList;
import org.mailslot.bridge.ingress.SlotBudget;
import org.mailslot.bridge.ingress.SourceRateLimiter;

/** Ingress policies for tests that are not about duplicates or the slot bound: both off or out of reach. */
public final class Policies {

    private Policies() {
    }

    public static IngressPolicy of(List<String> allow, RateLimit rate, LongSupplier nanoClock) {
        return new IngressPolicy(new SlotAllowList(allow), new DuplicateWindow(Duration.ZERO, nanoClock, 1, 1),
                new SourceRateLimiter(rate, nanoClock, 16),
                new SlotBudget(1_000_000, Set.of(), Duration.ofMinutes(1), nanoClock, address -> true));
    }

    public static IngressPolicy permissive() {
        return of(List.of(), RateLimit.UNLIMITED, System::nanoTime);
    }
}
