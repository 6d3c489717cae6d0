/**
 * The mailslot resource adapter in a real Jakarta EE server: Payara Micro started as a separate process on
 * loopback, the adapter and a test application deployed into it, and real mailslot peers outside it.
 */
package org.mailslot.raitests;
