package org.mailslot.jms.message;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;

/**
 * A message whose body is a stream of bytes written and read with {@code DataOutput}/{@code DataInput} encodings.
 * A new message is write-only; {@link #reset()} or receipt makes it read-only and positions it at the start.
 */
public class MailslotBytesMessage extends MailslotMessage implements BytesMessage {

    private ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private DataOutputStream out = new DataOutputStream(buffer);
    private byte[] content;
    private ByteArrayInputStream source;
    private DataInputStream in;

    /** An empty, write-only bytes message. */
    public MailslotBytesMessage() {
    }

    /**
     * The body bytes written or received so far, without moving the read position. Provider-internal (the payload
     * codec reads the body through it).
     */
    public byte[] bodyBytes() {
        return isBodyReadOnly() ? content.clone() : buffer.toByteArray();
    }

    /** Replaces the body with {@code bytes}, leaving the message write-only. Provider-internal (payload decoding). */
    public void setBodyBytes(byte[] bytes) throws JMSException {
        checkBodyWriteable();
        onClearBody();
        buffer.writeBytes(bytes);
    }

    @Override
    public long getBodyLength() throws JMSException {
        checkReadable();
        return content.length;
    }

    @Override
    public void reset() {
        makeBodyReadOnly();
    }

    @Override
    protected void onBodyReadOnly() {
        if (content == null) {
            content = buffer.toByteArray();
        }
        source = new ByteArrayInputStream(content);
        in = new DataInputStream(source);
    }

    @Override
    protected void onClearBody() {
        buffer = new ByteArrayOutputStream();
        out = new DataOutputStream(buffer);
        content = null;
        source = null;
        in = null;
    }

    @Override
    protected MailslotMessage newEmpty() {
        return new MailslotBytesMessage();
    }

    @Override
    protected void copyBodyTo(MailslotMessage target) {
        ((MailslotBytesMessage) target).buffer.writeBytes(bodyBytes());
    }

    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        byte[] bytes = bodyBytes();
        return bodyAs(bytes.length == 0 ? null : bytes, c, "byte[]");
    }

    @Override
    public boolean isBodyAssignableTo(@SuppressWarnings("rawtypes") Class c) {
        return c != null && (bodyBytes().length == 0 || ((Class<?>) c).isAssignableFrom(byte[].class));
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Override
    public boolean readBoolean() throws JMSException {
        return read(() -> in.readBoolean());
    }

    @Override
    public byte readByte() throws JMSException {
        return read(() -> in.readByte());
    }

    @Override
    public int readUnsignedByte() throws JMSException {
        return read(() -> in.readUnsignedByte());
    }

    @Override
    public short readShort() throws JMSException {
        return read(() -> in.readShort());
    }

    @Override
    public int readUnsignedShort() throws JMSException {
        return read(() -> in.readUnsignedShort());
    }

    @Override
    public char readChar() throws JMSException {
        return read(() -> in.readChar());
    }

    @Override
    public int readInt() throws JMSException {
        return read(() -> in.readInt());
    }

    @Override
    public long readLong() throws JMSException {
        return read(() -> in.readLong());
    }

    @Override
    public float readFloat() throws JMSException {
        return read(() -> in.readFloat());
    }

    @Override
    public double readDouble() throws JMSException {
        return read(() -> in.readDouble());
    }

    @Override
    public String readUTF() throws JMSException {
        return read(() -> in.readUTF());
    }

    /** Reads up to {@code value.length} bytes; -1 once the body is fully read. */
    @Override
    public int readBytes(byte[] value) throws JMSException {
        return readBytes(value, value.length);
    }

    @Override
    public int readBytes(byte[] value, int length) throws JMSException {
        if (length < 0 || length > value.length) {
            throw new IndexOutOfBoundsException("length " + length + " is outside 0.." + value.length);
        }
        checkReadable();
        int n = source.read(value, 0, length);
        return n < 0 ? -1 : n;
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    @Override
    public void writeBoolean(boolean value) throws JMSException {
        write(() -> out.writeBoolean(value));
    }

    @Override
    public void writeByte(byte value) throws JMSException {
        write(() -> out.writeByte(value));
    }

    @Override
    public void writeShort(short value) throws JMSException {
        write(() -> out.writeShort(value));
    }

    @Override
    public void writeChar(char value) throws JMSException {
        write(() -> out.writeChar(value));
    }

    @Override
    public void writeInt(int value) throws JMSException {
        write(() -> out.writeInt(value));
    }

    @Override
    public void writeLong(long value) throws JMSException {
        write(() -> out.writeLong(value));
    }

    @Override
    public void writeFloat(float value) throws JMSException {
        write(() -> out.writeFloat(value));
    }

    @Override
    public void writeDouble(double value) throws JMSException {
        write(() -> out.writeDouble(value));
    }

    @Override
    public void writeUTF(String value) throws JMSException {
        if (value == null) {
            throw Errors.format("BytesMessage.writeUTF cannot write null; write an empty string or use a property");
        }
        write(() -> out.writeUTF(value));
    }

    @Override
    public void writeBytes(byte[] value) throws JMSException {
        Errors.checkBytes(value, 0, value == null ? 0 : value.length);
        write(() -> out.write(value));
    }

    @Override
    public void writeBytes(byte[] value, int offset, int length) throws JMSException {
        Errors.checkBytes(value, offset, length);
        write(() -> out.write(value, offset, length));
    }

    /** Writes a Boolean, number, Character, String or byte[] in its own encoding. */
    @Override
    public void writeObject(Object value) throws JMSException {
        if (value == null) {
            throw new NullPointerException("BytesMessage.writeObject cannot write null");
        }
        if (value instanceof Boolean v) {
            writeBoolean(v);
        } else if (value instanceof Byte v) {
            writeByte(v);
        } else if (value instanceof Short v) {
            writeShort(v);
        } else if (value instanceof Character v) {
            writeChar(v);
        } else if (value instanceof Integer v) {
            writeInt(v);
        } else if (value instanceof Long v) {
            writeLong(v);
        } else if (value instanceof Float v) {
            writeFloat(v);
        } else if (value instanceof Double v) {
            writeDouble(v);
        } else if (value instanceof String v) {
            writeUTF(v);
        } else if (value instanceof byte[] v) {
            writeBytes(v);
        } else {
            throw Errors.format("BytesMessage.writeObject cannot write a " + value.getClass().getName()
                    + "; use a Boolean, number, Character, String or byte[].");
        }
    }

    private void checkReadable() throws JMSException {
        if (!isBodyReadOnly()) {
            throw Errors.notReadable();
        }
    }

    private <T> T read(IoRead<T> action) throws JMSException {
        checkReadable();
        source.mark(content.length);
        try {
            return action.read();
        } catch (EOFException e) {
            source.reset();
            throw Errors.endOfBody(e);
        } catch (UTFDataFormatException e) {
            source.reset();
            throw Errors.format("The body does not hold a modified-UTF-8 string here: " + e.getMessage(), e);
        } catch (IOException e) {
            throw Errors.format("Cannot read the body: " + e.getMessage(), e);
        }
    }

    private void write(IoWrite action) throws JMSException {
        checkBodyWriteable();
        try {
            action.write();
        } catch (IOException e) {
            throw Errors.format("Cannot write the body: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface IoRead<T> {
        T read() throws IOException;
    }

    @FunctionalInterface
    private interface IoWrite {
        void write() throws IOException;
    }
}
