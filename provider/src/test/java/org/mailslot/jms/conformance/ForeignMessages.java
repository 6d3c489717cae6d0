package org.mailslot.jms.conformance;

import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages of "another provider", written by hand against the JMS interfaces only, as the spec's foreign-message
 * rules (§3.12) describe them: the provider may use nothing but the JMS 1.1 methods to read them. Their
 * {@code getBody}/{@code isBodyAssignableTo} (Jakarta Messaging 2.0) refuse, as an older provider's would.
 */
final class ForeignMessages {

    private ForeignMessages() {
    }

    /** Headers and properties kept in plain fields and a map; no body. */
    static class Plain implements Message {
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private String messageId;
        private long timestamp;
        private String correlationId;
        private Destination replyTo;
        private Destination destination;
        private int deliveryMode = DeliveryMode.PERSISTENT;
        private boolean redelivered;
        private String type;
        private long expiration;
        private long deliveryTime;
        private int priority = 4;

        @Override public String getJMSMessageID() { return messageId; }
        @Override public void setJMSMessageID(String id) { messageId = id; }
        @Override public long getJMSTimestamp() { return timestamp; }
        @Override public void setJMSTimestamp(long value) { timestamp = value; }
        @Override public byte[] getJMSCorrelationIDAsBytes() {
            return correlationId == null ? null : correlationId.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        @Override public void setJMSCorrelationIDAsBytes(byte[] id) {
            correlationId = new String(id, java.nio.charset.StandardCharsets.UTF_8);
        }
        @Override public void setJMSCorrelationID(String id) { correlationId = id; }
        @Override public String getJMSCorrelationID() { return correlationId; }
        @Override public Destination getJMSReplyTo() { return replyTo; }
        @Override public void setJMSReplyTo(Destination value) { replyTo = value; }
        @Override public Destination getJMSDestination() { return destination; }
        @Override public void setJMSDestination(Destination value) { destination = value; }
        @Override public int getJMSDeliveryMode() { return deliveryMode; }
        @Override public void setJMSDeliveryMode(int value) { deliveryMode = value; }
        @Override public boolean getJMSRedelivered() { return redelivered; }
        @Override public void setJMSRedelivered(boolean value) { redelivered = value; }
        @Override public String getJMSType() { return type; }
        @Override public void setJMSType(String value) { type = value; }
        @Override public long getJMSExpiration() { return expiration; }
        @Override public void setJMSExpiration(long value) { expiration = value; }
        @Override public long getJMSDeliveryTime() { return deliveryTime; }
        @Override public void setJMSDeliveryTime(long value) { deliveryTime = value; }
        @Override public int getJMSPriority() { return priority; }
        @Override public void setJMSPriority(int value) { priority = value; }
        @Override public void clearProperties() { properties.clear(); }
        @Override public boolean propertyExists(String name) { return properties.containsKey(name); }
        @Override public boolean getBooleanProperty(String name) { return (Boolean) properties.get(name); }
        @Override public byte getByteProperty(String name) { return (Byte) properties.get(name); }
        @Override public short getShortProperty(String name) { return (Short) properties.get(name); }
        @Override public int getIntProperty(String name) { return (Integer) properties.get(name); }
        @Override public long getLongProperty(String name) { return (Long) properties.get(name); }
        @Override public float getFloatProperty(String name) { return (Float) properties.get(name); }
        @Override public double getDoubleProperty(String name) { return (Double) properties.get(name); }
        @Override public String getStringProperty(String name) { return (String) properties.get(name); }
        @Override public Object getObjectProperty(String name) { return properties.get(name); }
        @Override public Enumeration<?> getPropertyNames() {
            return Collections.enumeration(new ArrayList<>(properties.keySet()));
        }
        @Override public void setBooleanProperty(String name, boolean value) { properties.put(name, value); }
        @Override public void setByteProperty(String name, byte value) { properties.put(name, value); }
        @Override public void setShortProperty(String name, short value) { properties.put(name, value); }
        @Override public void setIntProperty(String name, int value) { properties.put(name, value); }
        @Override public void setLongProperty(String name, long value) { properties.put(name, value); }
        @Override public void setFloatProperty(String name, float value) { properties.put(name, value); }
        @Override public void setDoubleProperty(String name, double value) { properties.put(name, value); }
        @Override public void setStringProperty(String name, String value) { properties.put(name, value); }
        @Override public void setObjectProperty(String name, Object value) { properties.put(name, value); }
        @Override public void acknowledge() { }
        @Override public void clearBody() { }

        @Override
        public <T> T getBody(Class<T> c) throws JMSException {
            throw new MessageFormatException("this foreign provider predates getBody; use the JMS 1.1 methods");
        }

        @Override
        public boolean isBodyAssignableTo(@SuppressWarnings("rawtypes") Class c) throws JMSException {
            throw new MessageFormatException("this foreign provider predates isBodyAssignableTo");
        }
    }

    static final class Text extends Plain implements TextMessage {
        private String text;

        Text(String text) { this.text = text; }
        @Override public void setText(String value) { text = value; }
        @Override public String getText() { return text; }
        @Override public void clearBody() { text = null; }
    }

    static final class Objects extends Plain implements ObjectMessage {
        private Serializable object;

        Objects(Serializable object) { this.object = object; }
        @Override public void setObject(Serializable value) { object = value; }
        @Override public Serializable getObject() { return object; }
        @Override public void clearBody() { object = null; }
    }

    static final class Mapped extends Plain implements MapMessage {
        private final Map<String, Object> entries = new LinkedHashMap<>();

        @Override public boolean getBoolean(String name) { return (Boolean) entries.get(name); }
        @Override public byte getByte(String name) { return (Byte) entries.get(name); }
        @Override public short getShort(String name) { return (Short) entries.get(name); }
        @Override public char getChar(String name) { return (Character) entries.get(name); }
        @Override public int getInt(String name) { return (Integer) entries.get(name); }
        @Override public long getLong(String name) { return (Long) entries.get(name); }
        @Override public float getFloat(String name) { return (Float) entries.get(name); }
        @Override public double getDouble(String name) { return (Double) entries.get(name); }
        @Override public String getString(String name) { return (String) entries.get(name); }
        @Override public byte[] getBytes(String name) { return (byte[]) entries.get(name); }
        @Override public Object getObject(String name) { return entries.get(name); }
        @Override public Enumeration<?> getMapNames() { return Collections.enumeration(entries.keySet()); }
        @Override public void setBoolean(String name, boolean value) { entries.put(name, value); }
        @Override public void setByte(String name, byte value) { entries.put(name, value); }
        @Override public void setShort(String name, short value) { entries.put(name, value); }
        @Override public void setChar(String name, char value) { entries.put(name, value); }
        @Override public void setInt(String name, int value) { entries.put(name, value); }
        @Override public void setLong(String name, long value) { entries.put(name, value); }
        @Override public void setFloat(String name, float value) { entries.put(name, value); }
        @Override public void setDouble(String name, double value) { entries.put(name, value); }
        @Override public void setString(String name, String value) { entries.put(name, value); }
        @Override public void setBytes(String name, byte[] value) { entries.put(name, value.clone()); }
        @Override public void setBytes(String name, byte[] value, int offset, int length) {
            entries.put(name, java.util.Arrays.copyOfRange(value, offset, offset + length));
        }
        @Override public void setObject(String name, Object value) { entries.put(name, value); }
        @Override public boolean itemExists(String name) { return entries.containsKey(name); }
        @Override public void clearBody() { entries.clear(); }
    }

    /** Written through a DataOutputStream, read through a DataInputStream after {@code reset()}. */
    static final class Bytes extends Plain implements BytesMessage {
        private ByteArrayOutputStream written = new ByteArrayOutputStream();
        private DataOutputStream out = new DataOutputStream(written);
        private byte[] body;
        private DataInputStream in;

        private DataInputStream in() throws JMSException {
            if (in == null) {
                throw new MessageNotReadableException("call reset() before reading");
            }
            return in;
        }

        private interface Read<T> {
            T from(DataInputStream in) throws IOException;
        }

        private interface Write {
            void to(DataOutputStream out) throws IOException;
        }

        private <T> T read(Read<T> reader) throws JMSException {
            try {
                return reader.from(in());
            } catch (EOFException e) {
                throw new MessageEOFException("end of the body");
            } catch (IOException e) {
                throw new JMSException(e.toString());
            }
        }

        private void write(Write writer) throws JMSException {
            if (in != null) {
                throw new jakarta.jms.MessageNotWriteableException("read-only after reset()");
            }
            try {
                writer.to(out);
            } catch (IOException e) {
                throw new JMSException(e.toString());
            }
        }

        @Override public long getBodyLength() throws JMSException { in(); return body.length; }
        @Override public boolean readBoolean() throws JMSException { return read(DataInputStream::readBoolean); }
        @Override public byte readByte() throws JMSException { return read(DataInputStream::readByte); }
        @Override public int readUnsignedByte() throws JMSException { return read(DataInputStream::readUnsignedByte); }
        @Override public short readShort() throws JMSException { return read(DataInputStream::readShort); }
        @Override public int readUnsignedShort() throws JMSException { return read(DataInputStream::readUnsignedShort); }
        @Override public char readChar() throws JMSException { return read(DataInputStream::readChar); }
        @Override public int readInt() throws JMSException { return read(DataInputStream::readInt); }
        @Override public long readLong() throws JMSException { return read(DataInputStream::readLong); }
        @Override public float readFloat() throws JMSException { return read(DataInputStream::readFloat); }
        @Override public double readDouble() throws JMSException { return read(DataInputStream::readDouble); }
        @Override public String readUTF() throws JMSException { return read(s -> s.readUTF()); }
        @Override public int readBytes(byte[] value) throws JMSException { return readBytes(value, value.length); }
        @Override public int readBytes(byte[] value, int length) throws JMSException {
            return read(s -> s.read(value, 0, length));
        }
        @Override public void writeBoolean(boolean value) throws JMSException { write(o -> o.writeBoolean(value)); }
        @Override public void writeByte(byte value) throws JMSException { write(o -> o.writeByte(value)); }
        @Override public void writeShort(short value) throws JMSException { write(o -> o.writeShort(value)); }
        @Override public void writeChar(char value) throws JMSException { write(o -> o.writeChar(value)); }
        @Override public void writeInt(int value) throws JMSException { write(o -> o.writeInt(value)); }
        @Override public void writeLong(long value) throws JMSException { write(o -> o.writeLong(value)); }
        @Override public void writeFloat(float value) throws JMSException { write(o -> o.writeFloat(value)); }
        @Override public void writeDouble(double value) throws JMSException { write(o -> o.writeDouble(value)); }
        @Override public void writeUTF(String value) throws JMSException { write(o -> o.writeUTF(value)); }
        @Override public void writeBytes(byte[] value) throws JMSException { write(o -> o.write(value)); }
        @Override public void writeBytes(byte[] value, int offset, int length) throws JMSException {
            write(o -> o.write(value, offset, length));
        }
        @Override public void writeObject(Object value) throws JMSException {
            if (value instanceof byte[] bytes) {
                writeBytes(bytes);
            } else if (value instanceof String text) {
                writeUTF(text);
            } else if (value instanceof Integer number) {
                writeInt(number);
            } else {
                throw new MessageFormatException("unsupported type " + value);
            }
        }

        @Override
        public void reset() {
            if (body == null) {
                body = written.toByteArray();
            }
            in = new DataInputStream(new ByteArrayInputStream(body));
        }

        @Override
        public void clearBody() {
            written = new ByteArrayOutputStream();
            out = new DataOutputStream(written);
            body = null;
            in = null;
        }
    }

    /** A list of typed items with a read position; read mode after {@code reset()}. */
    static final class Stream extends Plain implements StreamMessage {
        private final List<Object> items = new ArrayList<>();
        private int position = -1;

        private Object next() throws JMSException {
            if (position < 0) {
                throw new MessageNotReadableException("call reset() before reading");
            }
            if (position >= items.size()) {
                throw new MessageEOFException("end of the stream");
            }
            return items.get(position++);
        }

        private void add(Object value) throws JMSException {
            if (position >= 0) {
                throw new jakarta.jms.MessageNotWriteableException("read-only after reset()");
            }
            items.add(value);
        }

        @Override public boolean readBoolean() throws JMSException { return (Boolean) next(); }
        @Override public byte readByte() throws JMSException { return (Byte) next(); }
        @Override public short readShort() throws JMSException { return (Short) next(); }
        @Override public char readChar() throws JMSException { return (Character) next(); }
        @Override public int readInt() throws JMSException { return (Integer) next(); }
        @Override public long readLong() throws JMSException { return (Long) next(); }
        @Override public float readFloat() throws JMSException { return (Float) next(); }
        @Override public double readDouble() throws JMSException { return (Double) next(); }
        @Override public String readString() throws JMSException { return (String) next(); }
        @Override public int readBytes(byte[] value) throws JMSException {
            byte[] item = (byte[]) next();
            System.arraycopy(item, 0, value, 0, item.length);
            return item.length;
        }
        @Override public Object readObject() throws JMSException {
            Object item = next();
            return item instanceof byte[] bytes ? bytes.clone() : item;
        }
        @Override public void writeBoolean(boolean value) throws JMSException { add(value); }
        @Override public void writeByte(byte value) throws JMSException { add(value); }
        @Override public void writeShort(short value) throws JMSException { add(value); }
        @Override public void writeChar(char value) throws JMSException { add(value); }
        @Override public void writeInt(int value) throws JMSException { add(value); }
        @Override public void writeLong(long value) throws JMSException { add(value); }
        @Override public void writeFloat(float value) throws JMSException { add(value); }
        @Override public void writeDouble(double value) throws JMSException { add(value); }
        @Override public void writeString(String value) throws JMSException { add(value); }
        @Override public void writeBytes(byte[] value) throws JMSException { add(value.clone()); }
        @Override public void writeBytes(byte[] value, int offset, int length) throws JMSException {
            add(java.util.Arrays.copyOfRange(value, offset, offset + length));
        }
        @Override public void writeObject(Object value) throws JMSException { add(value); }
        @Override public void reset() { position = 0; }
        @Override public void clearBody() { items.clear(); position = -1; }
    }
}
