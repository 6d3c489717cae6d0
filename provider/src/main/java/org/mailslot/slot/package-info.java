/**
 * The mailslot model, a Java analogue of the Win32 mailslot API: {@link org.mailslot.slot.MailslotName} (the one
 * grammar of mailslot names in the product, used by the JMS destinations and the bridge too),
 * {@link org.mailslot.slot.MailslotHost} (a node with a computer name, a domain, an optional UDP endpoint and its
 * local slots), {@link org.mailslot.slot.Mailslot} (the owner's read side, or a
 * {@link org.mailslot.slot.SlotReceiver} that takes arrivals straight from the reader thread, as the JMS layer
 * does), {@link org.mailslot.slot.MailslotWriter} and {@link org.mailslot.slot.WriteTarget} (writes to a local
 * slot, one computer or a whole domain, group or unique decided once). Windows semantics, limits enforced once,
 * duplicates suppressed, every drop counted under one reason in {@link org.mailslot.slot.HostCounters}.
 *
 * <p>May depend on the JDK, slf4j-api, {@code org.mailslot.concurrent}, {@code org.mailslot.wire},
 * {@code org.mailslot.net} and {@code org.mailslot.names} (naming settings, name types); never on JMS.
 */
package org.mailslot.slot;
