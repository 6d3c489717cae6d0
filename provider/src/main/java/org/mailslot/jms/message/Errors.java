package org.mailslot.jms.message;

import jakarta.jms.JMSException;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;

/** Short names for the JMS exceptions the message model throws, all made by {@link JmsExceptions}. */
final class Errors {

    private Errors() {
    }

    static JMSException format(String message) {
        return JmsExceptions.create(ErrorKind.MESSAGE_FORMAT, message);
    }

    static JMSException format(String message, Throwable cause) {
        return JmsExceptions.create(ErrorKind.MESSAGE_FORMAT, message, cause);
    }

    /**
     * Checks the array and range a {@code writeBytes}/{@code setBytes} call was given: a null array or a range
     * outside it is a MessageFormatException naming the values, not an exception of the JDK.
     */
    static void checkBytes(byte[] value, int offset, int length) throws JMSException {
        if (value == null) {
            throw format("The byte array is null; pass an array (it may be empty)");
        }
        if (offset < 0 || length < 0 || offset > value.length - length) {
            throw format("Offset " + offset + " and length " + length + " do not fit an array of " + value.length
                    + " bytes");
        }
    }

    static JMSException notWriteable(String what) {
        return JmsExceptions.create(ErrorKind.MESSAGE_NOT_WRITEABLE, "The " + what + " of this message is read-only"
                + " (a received message); call clear" + (what.equals("body") ? "Body" : "Properties")
                + "() first to change it.");
    }

    static JMSException notReadable() {
        return JmsExceptions.create(ErrorKind.MESSAGE_NOT_READABLE, "The body of this message is write-only;"
                + " call reset() to switch it to reading.");
    }

    static JMSException endOfBody(Throwable cause) {
        return JmsExceptions.create(ErrorKind.MESSAGE_EOF, "Read past the end of the message body; check"
                + " getBodyLength() or stop reading at MessageEOFException.", cause);
    }
}
