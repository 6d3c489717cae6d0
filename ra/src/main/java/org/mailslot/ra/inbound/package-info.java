/**
 * Inbound side: the activation spec of message-driven beans, and the work that receives from mailslot queues and
 * topics on the server's WorkManager threads and delivers to endpoints, inside the container's transaction when
 * the endpoint is transacted.
 */
package org.mailslot.ra.inbound;
