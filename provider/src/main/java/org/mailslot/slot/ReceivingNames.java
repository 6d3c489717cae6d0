package org.mailslot.slot;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailslot.names.NameType;
import org.mailslot.wire.NetbiosName;

/**
 * Which destination names a receiving host takes datagrams for (MAILSLOT-PROTOCOL §2.8 step 2, [MS-MAIL]
 * §3.2.3). Pure and immutable.
 *
 * <p>A workstation registers {@code COMPUTER<00>} (unique) and {@code DOMAIN<00>} (group) and nothing else, so
 * those, and the wildcard name {@code *<00>} of a {@code \\*\} write, are what it receives. The other name types
 * belong to roles a mailslot host does not play by itself: {@code <1D>}/{@code <1E>}/{@code __MSBROWSE__<01>}
 * (browsers), {@code <1B>}/{@code <1C>} (domain controllers), {@code <03>} (messenger), {@code <20>} (file server).
 * A receiver that implements such a protocol asks for its name types ({@code receiveNameTypes}); they then count
 * for our computer name, our domain and the wildcard alike. Anything else in our scope that names us is an
 * {@link Verdict#UNWANTED_NAME_TYPE}; other names or scopes are {@link Verdict#NOT_FOR_US}.
 */
public final class ReceivingNames {

    /** What a destination name means for this host. */
    public enum Verdict {
        /** Our computer name, our domain or the wildcard, with a name type we receive. */
        OURS,
        /** Another computer, domain or scope. */
        NOT_FOR_US,
        /** Our computer name, domain or the wildcard (or {@code __MSBROWSE__}), with a name type we do not receive. */
        UNWANTED_NAME_TYPE
    }

    private final String computerName;
    private final String domain;
    private final String scope;
    // Index = name type byte; true = received in addition to <00>.
    private final boolean[] extraTypes = new boolean[256];
    private final boolean msbrowse;
    private final Set<NameType> asked;

    /**
     * @param computerName our computer name (upper case)
     * @param domain       our domain or workgroup (upper case)
     * @param scope        our NetBIOS scope, "" for none
     * @param nameTypes    the name types received besides {@code <00>} (may include {@link NameType#MSBROWSE})
     */
    public ReceivingNames(String computerName, String domain, String scope, Collection<NameType> nameTypes) {
        this.computerName = Objects.requireNonNull(computerName, "computerName");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.asked = Set.copyOf(nameTypes);
        boolean browse = false;
        for (NameType type : asked) {
            if (type.msbrowse()) {
                browse = true;
            } else {
                extraTypes[type.suffix()] = true;
            }
        }
        this.msbrowse = browse;
    }

    /**
     * Decides whether a datagram is this host's, from the name it was sent to.
     *
     * @param destination the datagram's destination name
     * @return what a datagram addressed to {@code destination} is for this host
     */
    public Verdict classify(NetbiosName destination) {
        if (!destination.scope().equalsIgnoreCase(scope)) {
            return Verdict.NOT_FOR_US;
        }
        String name = destination.name();
        int type = destination.suffix();
        if (type == 0x01 && name.equals(NameType.MSBROWSE_NAME)) {
            return msbrowse ? Verdict.OURS : Verdict.UNWANTED_NAME_TYPE;
        }
        if (!destination.isWildcard() && !name.equals(computerName) && !name.equals(domain)) {
            return Verdict.NOT_FOR_US;
        }
        return type == 0x00 || extraTypes[type] ? Verdict.OURS : Verdict.UNWANTED_NAME_TYPE;
    }

    /** @return the name types received besides {@code <00>} */
    public Set<NameType> extraNameTypes() {
        return asked;
    }

    /**
     * Parses {@code 1D,1E,msbrowse} (each as {@link NameType#parse}); "" is none.
     *
     * @param text the comma-separated list
     * @return the name types, in the order given
     * @throws IllegalArgumentException naming the entry that is not a name type
     */
    public static List<NameType> parseList(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(NameType::parse).toList();
    }

    @Override
    public String toString() {
        return "ReceivingNames[" + computerName + ", " + domain + (scope.isEmpty() ? "" : ", scope " + scope)
                + ", <00>" + asked.stream().map(t -> ", " + t).sorted().collect(Collectors.joining()) + "]";
    }
}
