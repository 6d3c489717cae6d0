/**
 * The provider's implementation of the JMS client objects (connection, session, producer, consumer and their
 * helpers), the factory's runtime ({@code ProviderRuntime}, put together from {@code DestinationRegistry},
 * {@code MessageRouter} and {@code ConnectionRegistry}) and {@code NetworkLink}, which joins it to a mailslot host
 * and reaches back only through {@code InboundRoutes}: sends go out through the host's {@code WriteTarget},
 * arrivals come in through a {@code SlotReceiver} into the one JMS queue. Users never name these classes; they
 * reach them through {@code org.mailslot.jms}. Every failure leaves through
 * {@code org.mailslot.jms.exceptions.JmsExceptions}. May depend on {@code org.mailslot.jms}, the engine, the slot
 * layer, the message model, the payload codec, {@code org.mailslot.jms.exceptions}, {@code org.mailslot.concurrent}
 * and Artemis's selector parser.
 */
package org.mailslot.jms.client;
