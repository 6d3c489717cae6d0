/**
 * The mailslot wire codec: NetBIOS names, the NetBIOS datagram header and the SMB mailslot write.
 * Bytes in, records out; no I/O, no logging, no JMS. Depends on nothing but the JDK.
 */
package org.mailslot.wire;
