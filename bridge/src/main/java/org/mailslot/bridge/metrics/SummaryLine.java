package org.mailslot.bridge.metrics;

import java.util.Map;
import java.util.stream.Collectors;

/** The one-line summary the bridge logs every minute: totals first, then only the drop reasons that occurred. */
public final class SummaryLine {

    private SummaryLine() {
    }

    public static String format(BridgeCounters.Snapshot s) {
        StringBuilder line = new StringBuilder(160)
                .append("broker ").append(s.connectionState().name().toLowerCase(java.util.Locale.ROOT))
                .append(" | received ").append(s.received())
                .append(", forwarded ").append(s.forwarded())
                .append(", dropped ").append(s.droppedTotal());
        String reasons = s.dropped().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        if (!reasons.isEmpty()) {
            line.append(" (").append(reasons).append(')');
        }
        line.append(", buffered ").append(s.buffered());
        if (s.duplicateWindowOverflow() > 0) {
            line.append(", duplicate window overflow ").append(s.duplicateWindowOverflow());
        }
        return line.append(" | sent ").append(s.sent())
                .append(", send failures ").append(s.sendFailures())
                .append(", egress rejected ").append(s.egressRejected())
                .toString();
    }
}
