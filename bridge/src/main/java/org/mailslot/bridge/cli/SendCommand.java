package org.mailslot.bridge.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.InvalidSettingException;
import org.mailslot.bridge.udp.HostOpener;
import org.mailslot.names.NameType;
import org.mailslot.slot.MailslotHost;
import org.mailslot.slot.MailslotName;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.SmbProfile;
import org.mailslot.wire.WireLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mailslot send NAME TEXT|--file F}: one mailslot write, as a Windows program's WriteFile makes it. */
@Command(name = "send", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Writes one message to a mailslot: \\\\COMPUTER\\mailslot\\x (one computer),"
                + " \\\\DOMAIN\\mailslot\\x or \\\\*\\mailslot\\x (every host of the domain); a plain NAME means"
                + " \\\\*\\mailslot\\NAME.")
final class SendCommand implements Callable<Integer> {

    private final PrintWriter out;

    @Mixin
    HostOptions host;

    @Parameters(index = "0", paramLabel = "NAME", description = "Where to write.")
    String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TEXT", description = "The message, sent as UTF-8 bytes.")
    String text;

    @Option(names = "--file", paramLabel = "FILE", description = "Send the file's bytes instead of TEXT.")
    Path file;

    @Option(names = "--name-type", paramLabel = "TYPE",
            description = "The NetBIOS name type to address: 00 (default), 1D local master browser, 1B domain master"
                    + " browser, 1E browser elections, 1C domain controllers, 03 messenger, or msbrowse"
                    + " (__MSBROWSE__<01>).")
    String nameType;

    SendCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        MailslotName target = targetOf(name);
        if ((text == null) == (file == null)) {
            throw new InvalidSettingException("", "give the message as TEXT or as --file FILE, not both or neither");
        }
        byte[] data = file != null ? Files.readAllBytes(file) : text.getBytes(StandardCharsets.UTF_8);
        BridgeSettings settings = host.settings();
        requireEncodable(target, settings);
        requireWithinLimit(target, data.length, settings);
        try (MailslotHost mailslotHost = HostOpener.open(settings)) {
            mailslotHost.send(target, nameTypeOf(nameType), data, 0);
            out.println("sent " + data.length + " bytes to " + target + " from " + mailslotHost.computerName() + " ("
                    + mailslotHost.localAddress().map(a -> a.getAddress().getHostAddress() + ":" + a.getPort())
                    .orElse("?") + ")");
        }
        return 0;
    }

    // Checked before a host is opened, as the size below: the slot path must travel in the code page.
    static void requireEncodable(MailslotName target, BridgeSettings settings) {
        String problem = target.isLocal() ? null : settings.codePage().problemWith(target.path());
        if (problem != null) {
            throw new InvalidSettingException("", "NAME '" + target + "': " + problem + " (--code-page "
                    + settings.codePage().number() + "); use a slot name of characters that code page has, or set"
                    + " --code-page to the Windows hosts' OEM code page");
        }
    }

    // Checked before a host is opened, so a too-large message fails at once and names the option that sets the limit.
    static void requireWithinLimit(MailslotName target, int size, BridgeSettings settings) {
        if (target.isLocal()) {
            return;
        }
        boolean group = target.isPrimaryDomain() || target.server().equals(settings.domain());
        WireLimits limits = settings.wireLimits();
        int framing = MailslotCodec.framingLength(SmbProfile.WINDOWS_CLIENT, settings.scope(), target.wireName());
        int limit = limits.maxPayload(group, target.wireName(), framing);
        if (size > limit) {
            String why = limits.isSamba()
                    ? "--wire-limits samba: the whole datagram within " + WireLimits.SAMBA_UDP_PAYLOAD
                            + " bytes, what Samba's nmbd reads"
                    : "the Windows limit, which mailslot send has no option to raise";
            throw new InvalidSettingException("", "the message is " + size + " bytes, but a " + (group ? "group"
                    : "unique") + " write to " + target + " carries at most " + limit + " bytes (" + why
                    + "); send fewer bytes" + (group ? ", or write to one computer: \\\\COMPUTER\\mailslot\\..." : ""));
        }
    }

    private static NameType nameTypeOf(String text) {
        try {
            return text == null ? NameType.DEFAULT : NameType.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("name-type", e.getMessage());
        }
    }

    static MailslotName targetOf(String name) {
        try {
            return name.startsWith("\\\\") ? MailslotName.parse(name) : MailslotName.parse("\\\\*\\mailslot\\" + name);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("", "NAME '" + name + "': " + e.getMessage());
        }
    }
}
