package org.mailslot.jms.management;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.AttributeNotFoundException;
import javax.management.DynamicMBean;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanNotificationInfo;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanConstructorInfo;
import org.mailslot.slot.DropReason;
import org.mailslot.slot.HostCounters;
import org.mailslot.wire.WireFormatException;

/**
 * A read-only MBean over one factory's counter snapshot: one {@code long} attribute per counter, per drop reason
 * ({@code Drops_QUEUE_FULL}) and per malformed-datagram reason ({@code Malformed_FRAGMENTED}). Built from the
 * enums, so a reason added later is published without touching this class. {@link #getAttributes} reads one
 * snapshot for all the names asked, so they agree with each other.
 */
final class CountersMBean implements DynamicMBean {

    static final String DROPS = "Drops_";
    static final String MALFORMED = "Malformed_";

    private final Supplier<HostCounters> counters;
    private final Map<String, Function<HostCounters, Long>> attributes = new LinkedHashMap<>();
    private final MBeanInfo info;

    CountersMBean(String factoryName, Supplier<HostCounters> counters) {
        this.counters = counters;
        attributes.put("Received", HostCounters::received);
        attributes.put("RemoteDelivered", HostCounters::remoteDelivered);
        attributes.put("LocalWrites", HostCounters::localWrites);
        attributes.put("Delivered", HostCounters::delivered);
        attributes.put("Sent", HostCounters::sent);
        attributes.put("SendFailures", HostCounters::sendFailures);
        attributes.put("DropsTotal", HostCounters::totalDrops);
        for (DropReason reason : DropReason.values()) {
            attributes.put(DROPS + reason.name(), c -> c.drops(reason));
        }
        for (WireFormatException.Reason reason : WireFormatException.Reason.values()) {
            attributes.put(MALFORMED + reason.name(), c -> c.malformed().getOrDefault(reason, 0L));
        }
        List<MBeanAttributeInfo> infos = new ArrayList<>();
        for (String name : attributes.keySet()) {
            infos.add(new MBeanAttributeInfo(name, "long", describe(name), true, false, false));
        }
        info = new MBeanInfo(CountersMBean.class.getName(),
                "Counters of the mailslot connection factory '" + factoryName + "' (all zero while its host is not"
                        + " running)", infos.toArray(MBeanAttributeInfo[]::new), new MBeanConstructorInfo[0],
                new MBeanOperationInfo[0], new MBeanNotificationInfo[0]);
    }

    private static String describe(String name) {
        if (name.startsWith(DROPS)) {
            return "Datagrams or messages dropped, reason " + name.substring(DROPS.length());
        }
        if (name.startsWith(MALFORMED)) {
            return "Malformed datagrams dropped, codec reason " + name.substring(MALFORMED.length());
        }
        return switch (name) {
            case "Received" -> "Datagrams read from the network, malformed ones included";
            case "RemoteDelivered" -> "Messages from the network queued into a slot";
            case "LocalWrites" -> "Messages written on this host and queued without the network";
            case "Delivered" -> "RemoteDelivered + LocalWrites";
            case "Sent" -> "Datagrams sent";
            case "SendFailures" -> "Writes that failed in the socket";
            case "DropsTotal" -> "All drops, every reason";
            default -> name;
        };
    }

    @Override
    public Object getAttribute(String attribute) throws AttributeNotFoundException {
        Function<HostCounters, Long> reader = attributes.get(attribute);
        if (reader == null) {
            throw new AttributeNotFoundException("No attribute " + attribute + "; known: " + attributes.keySet());
        }
        return reader.apply(counters.get());
    }

    @Override
    public AttributeList getAttributes(String[] names) {
        HostCounters snapshot = counters.get();
        AttributeList list = new AttributeList();
        for (String name : names) {
            Function<HostCounters, Long> reader = attributes.get(name);
            if (reader != null) {
                list.add(new Attribute(name, reader.apply(snapshot)));
            }
        }
        return list;
    }

    @Override
    public void setAttribute(Attribute attribute) throws AttributeNotFoundException {
        throw new AttributeNotFoundException("The counters of a mailslot factory are read-only");
    }

    @Override
    public AttributeList setAttributes(AttributeList attributes) {
        return new AttributeList();
    }

    @Override
    public Object invoke(String actionName, Object[] params, String[] signature) {
        throw new UnsupportedOperationException("The counters MBean of a mailslot factory has no operations");
    }

    @Override
    public MBeanInfo getMBeanInfo() {
        return info;
    }
}
