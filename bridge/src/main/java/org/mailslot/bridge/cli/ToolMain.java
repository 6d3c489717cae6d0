package org.mailslot.bridge.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;

/** Entry point of {@code bin/mailslot} ({@code mailslot send}, {@code mailslot listen}). */
public final class ToolMain {

    private ToolMain() {
    }

    public static void main(String[] args) {
        // The commands print what matters on standard output; the host's own log lines are only noise here.
        Main.setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Charset console = Charset.defaultCharset();
        int code = MailslotTool.execute(args, new PrintWriter(System.out, true, console),
                new PrintWriter(System.err, true, console), System.getenv());
        System.exit(code);
    }
}
