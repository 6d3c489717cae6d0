package org.mailslot.bridge.mapping;

import java.util.Locale;
import org.mailslot.slot.MailslotName;
import org.mailslot.slot.MailslotNameException;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.OemCodePage;
import org.mailslot.wire.SmbProfile;
import org.mailslot.wire.WireLimits;

/**
 * Maps an egress message (its {@code MailslotTarget} property and body bytes) to a datagram to send, or to a
 * rejection. {@code \\*\mailslot\x} and {@code \\<our domain>\mailslot\x} are group targets, any other host
 * name is one computer. Sizes follow the wire limits for the target; the slot path must have a byte for each character
 * in the OEM code page. Thread-safe and stateless.
 */
public final class EgressMapper {

    private final String ownDomain;
    private final String scope;
    private final WireLimits limits;
    private final OemCodePage codePage;

    /**
     * @param ownDomain the bridge's domain or workgroup, the target of {@code \\*\mailslot\x}
     * @param limits    payload limits for outgoing datagrams
     */
    public EgressMapper(String ownDomain, WireLimits limits) {
        this(ownDomain, "", limits);
    }

    /**
     * With slot names in {@link OemCodePage#DEFAULT}.
     *
     * @param ownDomain our domain: a target with this server name is a group write
     * @param scope     our NetBIOS scope ("" for none), whose labels every datagram carries
     * @param limits    payload limits for outgoing datagrams
     */
    public EgressMapper(String ownDomain, String scope, WireLimits limits) {
        this(ownDomain, scope, limits, OemCodePage.DEFAULT);
    }

    /**
     * @param ownDomain our domain: a target with this server name is a group write
     * @param scope     our NetBIOS scope ("" for none), whose labels every datagram carries
     * @param limits    payload limits for outgoing datagrams
     * @param codePage  the OEM code page slot names travel in ({@code --code-page})
     */
    public EgressMapper(String ownDomain, String scope, WireLimits limits, OemCodePage codePage) {
        this.ownDomain = ownDomain.toUpperCase(Locale.ROOT);
        this.scope = scope;
        this.limits = limits;
        this.codePage = codePage;
    }

    /**
     * @param target the {@link MailslotProperties#TARGET} property; null when the message has none
     * @param body   the message body
     */
    public EgressDecision map(Object target, byte[] body) {
        if (target == null) {
            return EgressDecision.Reject.of(EgressRejection.Reason.MISSING_TARGET,
                    "no " + MailslotProperties.TARGET + " property; set it to \\\\HOST\\mailslot\\name");
        }
        if (!(target instanceof CharSequence)) {
            return EgressDecision.Reject.of(EgressRejection.Reason.MISSING_TARGET,
                    MailslotProperties.TARGET + " must be a string, was " + target.getClass().getSimpleName());
        }
        String text = target.toString();
        MailslotName name;
        try {
            name = MailslotName.parse(text);
        } catch (MailslotNameException e) {
            return EgressDecision.Reject.of(EgressRejection.Reason.BAD_TARGET, "'" + text + "' is not"
                    + " \\\\HOST\\mailslot\\name, \\\\DOMAIN\\mailslot\\name or \\\\*\\mailslot\\name: "
                    + e.getMessage());
        }
        if (name.isLocal()) {
            return EgressDecision.Reject.of(EgressRejection.Reason.BAD_TARGET,
                    "'" + text + "' names a slot on the bridge itself; egress only sends to other computers");
        }
        String unencodable = codePage.problemWith(name.path());
        if (unencodable != null) {
            return EgressDecision.Reject.of(EgressRejection.Reason.BAD_TARGET, "'" + text + "' cannot be written: "
                    + unencodable + " (--code-page " + codePage.number() + "); use a slot name of characters that"
                    + " code page has, or set --code-page to the Windows hosts' OEM code page");
        }
        boolean group = name.isPrimaryDomain() || name.server().equals(ownDomain);
        String wireName = name.wireName();
        String path = name.path();
        // The bridge's host writes with the Windows-client profile.
        int framing = MailslotCodec.framingLength(SmbProfile.WINDOWS_CLIENT, scope, wireName);
        int limit = limits.maxPayload(group, wireName, framing);
        if (body.length > limit) {
            return EgressDecision.Reject.of(EgressRejection.Reason.OVERSIZE, body.length + " bytes exceed the "
                    + limit + "-byte limit of " + (group ? "a group datagram" : "a datagram to one computer")
                    + " for slot '" + path + "'" + (limits.isSamba() ? " (--wire-limits samba: " + limits.rule(group,
                    wireName, framing) + ")" : ""));
        }
        return new EgressDecision.Send(new EgressTarget(name, group), body);
    }
}
