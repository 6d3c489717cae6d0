/**
 * End-to-end tests of the mailslot host (org.mailslot.slot over org.mailslot.net) against a real peer: Samba's nmbd
 * in a network namespace that the tests create and remove. May depend on the provider and the itests support
 * helpers.
 */
package org.mailslot.itests.host;
