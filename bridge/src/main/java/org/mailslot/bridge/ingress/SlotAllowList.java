package org.mailslot.bridge.ingress;

import java.util.List;

/** The {@code --allow} patterns. No pattern at all allows every slot; otherwise a slot must match one. */
public final class SlotAllowList {

    private final List<SlotGlob> patterns;

    public SlotAllowList(List<String> globs) {
        this.patterns = globs.stream().map(SlotGlob::compile).toList();
    }

    public boolean allows(String slotPath) {
        if (patterns.isEmpty()) {
            return true;
        }
        for (SlotGlob pattern : patterns) {
            if (pattern.matches(slotPath)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return patterns.isEmpty() ? "all slots" : patterns.toString();
    }
}
