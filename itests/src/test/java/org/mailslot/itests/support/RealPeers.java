package org.mailslot.itests.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The rule for tests that need a real peer (a tool, root, a namespace): when it is missing they skip with the
 * reason, unless {@value #REQUIRE_PEERS} is {@code true} (CI sets it), in which case they fail.
 */
public final class RealPeers {

    /** Environment variable that turns a missing peer from a skip into a failure. */
    public static final String REQUIRE_PEERS = "MAILSLOT_REQUIRE_PEERS";

    private RealPeers() {
    }

    /** @return true when missing peers must fail the test rather than skip it */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv(REQUIRE_PEERS));
    }

    /**
     * Skips (or, when peers are required, fails) the current test unless {@code available}.
     *
     * @param missing what is missing and how to get it, printed as the skip or failure reason
     */
    public static void assumeAvailable(boolean available, String missing) {
        if (available) {
            return;
        }
        if (required()) {
            Assertions.fail(missing + " (" + REQUIRE_PEERS + "=true, so this is a failure, not a skip)");
        }
        System.out.println("SKIPPED: " + missing);
        Assumptions.abort(missing);
    }
}
