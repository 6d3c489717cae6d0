package org.mailslot.jms.client;

import jakarta.jms.ConnectionMetaData;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import org.mailslot.jms.message.PropertyNames;

/** Names the specification version this provider implements and the JMSX properties it supports (§6.1.3). */
final class MailslotConnectionMetaData implements ConnectionMetaData {

    static final MailslotConnectionMetaData INSTANCE = new MailslotConnectionMetaData();

    static final String PROVIDER_NAME = "Mailslot JMS";
    private static final List<String> JMSX = List.copyOf(new TreeSet<>(PropertyNames.supportedJmsx()));

    private final String version;
    private final int major;
    private final int minor;

    private MailslotConnectionMetaData() {
        String implementation = MailslotConnectionMetaData.class.getPackage().getImplementationVersion();
        version = implementation == null ? "0.1.0-SNAPSHOT" : implementation;
        String[] parts = version.split("[.-]");
        major = parse(parts, 0);
        minor = parse(parts, 1);
    }

    private static int parse(String[] parts, int index) {
        try {
            return index < parts.length ? Integer.parseInt(parts[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public String getJMSVersion() {
        return "3.1";
    }

    @Override
    public int getJMSMajorVersion() {
        return 3;
    }

    @Override
    public int getJMSMinorVersion() {
        return 1;
    }

    @Override
    public String getJMSProviderName() {
        return PROVIDER_NAME;
    }

    @Override
    public String getProviderVersion() {
        return version;
    }

    @Override
    public int getProviderMajorVersion() {
        return major;
    }

    @Override
    public int getProviderMinorVersion() {
        return minor;
    }

    @Override
    public Enumeration<String> getJMSXPropertyNames() {
        return Collections.enumeration(JMSX);
    }
}
