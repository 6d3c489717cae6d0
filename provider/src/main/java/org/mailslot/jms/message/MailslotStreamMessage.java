package org.mailslot.jms.message;

import jakarta.jms.JMSException;
import jakarta.jms.StreamMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A message whose body is a sequence of typed values (Jakarta Messaging 3.1 §3.11.3). Values are read in order
 * with the conversions of {@link TypeConversions}; a read that fails with MessageFormatException or
 * NumberFormatException leaves the position where it was, so the value can be read again as another type. A byte[]
 * value may be read in parts with {@link #readBytes(byte[])}; until it is finished other reads are refused.
 */
public class MailslotStreamMessage extends MailslotMessage implements StreamMessage {

    private final List<Object> items = new ArrayList<>();
    private int position;
    /** Bytes of the current byte[] value already handed out, or -1 when no byte[] read is in progress. */
    private int bytesRead = -1;

    /** An empty, write-only stream message. */
    public MailslotStreamMessage() {
    }

    /** The values written so far, read-only; byte[] values are not copied. Provider-internal (payload codec). */
    public List<Object> items() {
        return Collections.unmodifiableList(items);
    }

    @Override
    public void reset() {
        makeBodyReadOnly();
    }

    @Override
    protected void onBodyReadOnly() {
        position = 0;
        bytesRead = -1;
    }

    @Override
    protected void onClearBody() {
        items.clear();
        onBodyReadOnly();
    }

    @Override
    protected MailslotMessage newEmpty() {
        return new MailslotStreamMessage();
    }

    @Override
    protected void copyBodyTo(MailslotMessage target) {
        for (Object item : items) {
            ((MailslotStreamMessage) target).items.add(TypeConversions.copyOf(item));
        }
    }

    /** A stream body cannot be returned by getBody: always MessageFormatException. */
    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        throw Errors.format("The body of a StreamMessage cannot be returned by getBody (Jakarta Messaging 3.1);"
                + " read it with the read methods instead.");
    }

    @Override
    public boolean isBodyAssignableTo(@SuppressWarnings("rawtypes") Class c) {
        return false;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Override
    public boolean readBoolean() throws JMSException {
        return read(TypeConversions::toBoolean);
    }

    @Override
    public byte readByte() throws JMSException {
        return read(TypeConversions::toByte);
    }

    @Override
    public short readShort() throws JMSException {
        return read(TypeConversions::toShort);
    }

    @Override
    public char readChar() throws JMSException {
        return read(TypeConversions::toChar);
    }

    @Override
    public int readInt() throws JMSException {
        return read(TypeConversions::toInt);
    }

    @Override
    public long readLong() throws JMSException {
        return read(TypeConversions::toLong);
    }

    @Override
    public float readFloat() throws JMSException {
        return read(TypeConversions::toFloat);
    }

    @Override
    public double readDouble() throws JMSException {
        return read(TypeConversions::toDouble);
    }

    @Override
    public String readString() throws JMSException {
        return read(TypeConversions::toText);
    }

    @Override
    public Object readObject() throws JMSException {
        return read((value, name) -> TypeConversions.copyOf(value));
    }

    /**
     * Reads the next part of a byte[] value: the number of bytes copied, or -1 when the value is null or was
     * completely read by earlier calls (the position then moves to the next value).
     */
    @Override
    public int readBytes(byte[] value) throws JMSException {
        if (bytesRead < 0) {
            Object next = peek();
            if (next == null) {
                advance();
                return -1;
            }
            if (!(next instanceof byte[])) {
                throw Errors.format("The next stream value is a " + next.getClass().getSimpleName()
                        + ", not a byte[]; read it with the matching read method.");
            }
            bytesRead = 0;
        }
        byte[] field = (byte[]) items.get(position);
        int remaining = field.length - bytesRead;
        if (remaining == 0 && bytesRead > 0) {
            finishBytes();
            return -1;
        }
        int n = Math.min(value.length, remaining);
        System.arraycopy(field, bytesRead, value, 0, n);
        bytesRead += n;
        if (n < value.length) {
            finishBytes();
        }
        return n;
    }

    private void finishBytes() {
        bytesRead = -1;
        position++;
    }

    /** Converts the next value and moves past it only when the conversion succeeded. */
    private <T> T read(Conversion<T> conversion) throws JMSException {
        T value = conversion.convert(peek(), "the stream value");
        advance();
        return value;
    }

    private Object peek() throws JMSException {
        if (!isBodyReadOnly()) {
            throw Errors.notReadable();
        }
        if (bytesRead >= 0) {
            throw Errors.format("A byte[] value is partly read; call readBytes until it returns less than the"
                    + " buffer length (or -1) before reading the next value.");
        }
        if (position >= items.size()) {
            throw Errors.endOfBody(null);
        }
        return items.get(position);
    }

    private void advance() {
        position++;
    }

    @FunctionalInterface
    private interface Conversion<T> {
        T convert(Object value, String name) throws JMSException;
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    @Override
    public void writeBoolean(boolean value) throws JMSException {
        append(value);
    }

    @Override
    public void writeByte(byte value) throws JMSException {
        append(value);
    }

    @Override
    public void writeShort(short value) throws JMSException {
        append(value);
    }

    @Override
    public void writeChar(char value) throws JMSException {
        append(value);
    }

    @Override
    public void writeInt(int value) throws JMSException {
        append(value);
    }

    @Override
    public void writeLong(long value) throws JMSException {
        append(value);
    }

    @Override
    public void writeFloat(float value) throws JMSException {
        append(value);
    }

    @Override
    public void writeDouble(double value) throws JMSException {
        append(value);
    }

    @Override
    public void writeString(String value) throws JMSException {
        append(value);
    }

    @Override
    public void writeBytes(byte[] value) throws JMSException {
        Errors.checkBytes(value, 0, value == null ? 0 : value.length);
        append(value.clone());
    }

    @Override
    public void writeBytes(byte[] value, int offset, int length) throws JMSException {
        Errors.checkBytes(value, offset, length);
        byte[] part = new byte[length];
        System.arraycopy(value, offset, part, 0, length);
        append(part);
    }

    /** Writes null, a Boolean, number, Character, String or byte[] (copied). */
    @Override
    public void writeObject(Object value) throws JMSException {
        if (!TypeConversions.isBodyValueType(value)) {
            throw Errors.format("StreamMessage.writeObject cannot write a " + value.getClass().getName()
                    + "; use null, a Boolean, number, Character, String or byte[].");
        }
        append(TypeConversions.copyOf(value));
    }

    private void append(Object value) throws JMSException {
        checkBodyWriteable();
        items.add(value);
    }
}
