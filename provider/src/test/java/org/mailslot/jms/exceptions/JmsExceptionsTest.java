package org.mailslot.jms.exceptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.IllegalStateException;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidClientIDException;
import jakarta.jms.InvalidClientIDRuntimeException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.InvalidSelectorRuntimeException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageFormatRuntimeException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.MessageNotWriteableException;
import jakarta.jms.MessageNotWriteableRuntimeException;
import jakarta.jms.ResourceAllocationException;
import jakarta.jms.ResourceAllocationRuntimeException;
import jakarta.jms.TransactionInProgressException;
import jakarta.jms.TransactionInProgressRuntimeException;
import jakarta.jms.TransactionRolledBackException;
import jakarta.jms.TransactionRolledBackRuntimeException;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.mailslot.jms.engine.SubscriptionException;
import org.mailslot.slot.BadNetPathException;
import org.mailslot.slot.MailslotClosedException;
import org.mailslot.slot.MailslotFullException;
import org.mailslot.slot.MailslotName;
import org.mailslot.slot.MailslotNameException;
import org.mailslot.slot.MailslotNotFoundException;
import org.mailslot.wire.MessageTooLargeException;

/** The one translation place: every error kind to its specified subclass, every subclass to its runtime twin. */
class JmsExceptionsTest {

    private static final Map<ErrorKind, Class<? extends JMSException>> SUBCLASS = Map.ofEntries(
            Map.entry(ErrorKind.GENERAL, JMSException.class),
            Map.entry(ErrorKind.UNSUPPORTED, JMSException.class),
            Map.entry(ErrorKind.ILLEGAL_STATE, IllegalStateException.class),
            Map.entry(ErrorKind.INVALID_CLIENT_ID, InvalidClientIDException.class),
            Map.entry(ErrorKind.INVALID_DESTINATION, InvalidDestinationException.class),
            Map.entry(ErrorKind.INVALID_SELECTOR, InvalidSelectorException.class),
            Map.entry(ErrorKind.SECURITY, JMSSecurityException.class),
            Map.entry(ErrorKind.MESSAGE_EOF, MessageEOFException.class),
            Map.entry(ErrorKind.MESSAGE_FORMAT, MessageFormatException.class),
            Map.entry(ErrorKind.MESSAGE_NOT_READABLE, MessageNotReadableException.class),
            Map.entry(ErrorKind.MESSAGE_NOT_WRITEABLE, MessageNotWriteableException.class),
            Map.entry(ErrorKind.RESOURCE_ALLOCATION, ResourceAllocationException.class),
            Map.entry(ErrorKind.TRANSACTION_IN_PROGRESS, TransactionInProgressException.class),
            Map.entry(ErrorKind.TRANSACTION_ROLLED_BACK, TransactionRolledBackException.class));

    private static final Map<Class<? extends JMSException>, Class<? extends JMSRuntimeException>> TWIN = Map.of(
            IllegalStateException.class, IllegalStateRuntimeException.class,
            InvalidClientIDException.class, InvalidClientIDRuntimeException.class,
            InvalidDestinationException.class, InvalidDestinationRuntimeException.class,
            InvalidSelectorException.class, InvalidSelectorRuntimeException.class,
            JMSSecurityException.class, JMSSecurityRuntimeException.class,
            MessageFormatException.class, MessageFormatRuntimeException.class,
            MessageNotWriteableException.class, MessageNotWriteableRuntimeException.class,
            ResourceAllocationException.class, ResourceAllocationRuntimeException.class,
            TransactionInProgressException.class, TransactionInProgressRuntimeException.class,
            TransactionRolledBackException.class, TransactionRolledBackRuntimeException.class);

    @ParameterizedTest
    @EnumSource(ErrorKind.class)
    void eachKindMapsToItsExactSubclassWithCauseAndLink(ErrorKind kind) {
        IOException cause = new IOException("socket closed");
        JMSException error = JmsExceptions.create(kind, "what happened; what to do", cause);

        assertThat(error).isExactlyInstanceOf(SUBCLASS.get(kind));
        assertThat(error.getMessage()).isEqualTo("what happened; what to do");
        assertThat(error.getErrorCode()).isEqualTo(kind.name());
        assertThat(error.getCause()).isSameAs(cause);
        assertThat(error.getLinkedException()).isSameAs(cause);
    }

    @ParameterizedTest
    @EnumSource(ErrorKind.class)
    void eachCheckedExceptionHasItsRuntimeTwin(ErrorKind kind) {
        JMSException checked = JmsExceptions.create(kind, "m");
        JMSRuntimeException runtime = JmsExceptions.toRuntime(checked);

        assertThat(runtime).isExactlyInstanceOf(TWIN.getOrDefault(checked.getClass(), JMSRuntimeException.class));
        assertThat(runtime.getMessage()).isEqualTo("m");
        assertThat(runtime.getErrorCode()).isEqualTo(kind.name());
        assertThat(runtime.getCause()).isSameAs(checked);
    }

    @Test
    void toJmsTranslatesProviderAndUnexpectedFailures() {
        ProviderException provider = new ProviderException(ErrorKind.SECURITY, "wrong password for user bob");
        JMSException fromProvider = JmsExceptions.toJms(provider);
        assertThat(fromProvider).isExactlyInstanceOf(JMSSecurityException.class)
                .hasMessage("wrong password for user bob");
        assertThat(fromProvider.getLinkedException()).isSameAs(provider);

        JMSException same = new InvalidDestinationException("x");
        assertThat(JmsExceptions.toJms(same)).isSameAs(same);
        assertThat(JmsExceptions.toJms(JmsExceptions.toRuntime(same))).isSameAs(same);

        JMSException unexpected = JmsExceptions.toJms(new ArithmeticException("/ by zero"));
        assertThat(unexpected).isExactlyInstanceOf(JMSException.class).hasMessageContaining("/ by zero");
        assertThat(unexpected.getLinkedException()).isInstanceOf(ArithmeticException.class);

        assertThatThrownBy(() -> JmsExceptions.toJms(new OutOfMemoryError("heap")))
                .isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void unsupportedFeaturesSaySo() {
        JMSException error = JmsExceptions.unsupported("XA sessions");
        assertThat(error).hasMessageContaining("XA sessions are optional").hasMessageContaining("not implemented");
        assertThat(error.getErrorCode()).isEqualTo("UNSUPPORTED");
        assertThat(new ProviderException(ErrorKind.GENERAL, "m").errorKind()).isEqualTo(ErrorKind.GENERAL);
    }

    @Test
    void failuresOfTheLowerLayersBecomeTheSubclassOfTheirKind() {
        MailslotName name = MailslotName.local("x");
        Map<Exception, Class<? extends JMSException>> expected = Map.of(
                new MailslotNameException(MailslotNameException.Rule.EMPTY, "", "empty"),
                InvalidDestinationException.class,
                new BadNetPathException("no such computer"), InvalidDestinationException.class,
                new MailslotNotFoundException(name), InvalidDestinationException.class,
                new MessageTooLargeException(500, 424, "group"), MessageFormatException.class,
                new MailslotFullException(name, 10), ResourceAllocationException.class,
                new MailslotClosedException("slot"), IllegalStateException.class,
                new IOException("socket closed"), JMSException.class,
                new SubscriptionException(SubscriptionException.Kind.IN_USE, "in use"), IllegalStateException.class,
                new SubscriptionException(SubscriptionException.Kind.NOT_FOUND, "gone"),
                InvalidDestinationException.class);
        expected.forEach((failure, subclass) -> {
            JMSException translated = JmsExceptions.toJms(failure);
            assertThat(translated).as(failure.toString()).isExactlyInstanceOf(subclass)
                    .hasMessage(failure.getMessage()).hasCause(failure);
            assertThat(translated.getLinkedException()).isSameAs(failure);
            assertThat(JmsExceptions.toRuntime(translated).getCause()).isSameAs(translated);
        });
        JMSException withContext = JmsExceptions.toJms("The host could not start", new BadNetPathException("x"));
        assertThat(withContext).isInstanceOf(InvalidDestinationException.class)
                .hasMessage("The host could not start: x");
        assertThat(JmsExceptions.toRuntime(JmsExceptions.toJms(new MailslotFullException(name, 10))))
                .isInstanceOf(ResourceAllocationRuntimeException.class);
    }
}
