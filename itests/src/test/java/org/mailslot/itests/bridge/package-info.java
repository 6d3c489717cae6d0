/**
 * End-to-end tests of the bridge: real UDP on loopback (the bridge on 127.0.0.1, peers on 127.0.0.2-9 sharing its
 * port), a real embedded or remote Artemis broker, Artemis's own JMS client over TCP, the provider as a mailslot
 * peer, and the launcher scripts as real processes. Depends on the bridge, the provider and its test jar.
 */
package org.mailslot.itests.bridge;
