package org.mailslot.raitests;

import fish.payara.micro.BootstrapException;
import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Main class of the server process: boots Payara Micro (HTTP on 127.0.0.1 only; the data grid confined to
 * loopback by the {@code payaramicro.*} properties {@link PayaraMicroProcess} sets), then obeys one
 * command per line on stdin and answers one line starting with {@value #ANSWER} on stdout:
 * {@code deploy FILE} (answers the milliseconds it took), {@code undeploy NAME}, {@code threads} (threads running
 * mailslot code, excluding this launcher), {@code cpu} (process CPU nanoseconds), {@code stop}.
 */
public final class MicroLauncher {

    /** Prefix of every answer line. */
    public static final String ANSWER = "LAUNCHER ";

    private MicroLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int httpPort = Integer.parseInt(args[0]);
        File rootDir = new File(args[1]);
        long start = System.nanoTime();
        PayaraMicro micro = PayaraMicro.getInstance();
        applySystemProperties(micro);
        PayaraMicroRuntime runtime = micro
                .setHzClusterName("mailslot-it-" + ProcessHandle.current().pid())
                .setHttpPort(httpPort)
                .setRootDir(rootDir)
                .setPreBootHandler(commands -> commands.run("set", "configs.config.server-config.network-config"
                        + ".network-listeners.network-listener.http-listener.address=127.0.0.1"))
                .bootStrap();
        answer("ready ms=" + (System.nanoTime() - start) / 1_000_000);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!obey(runtime, line.trim())) {
                break;
            }
        }
        shutdown(runtime);
    }

    /**
     * Applies the {@code payaramicro.*} system properties as the command line launcher does; the embedding API
     * has no setter for the data grid's interfaces and discovery mode, so the runtime's own (private) step is
     * called.
     */
    private static void applySystemProperties(PayaraMicro micro) throws ReflectiveOperationException {
        java.lang.reflect.Field wrappee = PayaraMicro.class.getDeclaredField("wrappee");
        wrappee.setAccessible(true);
        Object runtime = wrappee.get(micro);
        java.lang.reflect.Method apply = runtime.getClass().getDeclaredMethod("setArgumentsFromSystemProperties");
        apply.setAccessible(true);
        apply.invoke(runtime);
    }

    private static boolean obey(PayaraMicroRuntime runtime, String line) {
        String[] words = line.split(" ", 2);
        switch (words[0]) {
            case "deploy" -> {
                long start = System.nanoTime();
                boolean deployed = runtime.deploy(new File(words[1]));
                answer((deployed ? "deployed" : "failed") + " ms=" + (System.nanoTime() - start) / 1_000_000);
            }
            case "undeploy" -> {
                runtime.undeploy(words[1]);
                answer("undeployed " + runtime.getDeployedApplicationNames());
            }
            case "threads" -> answer("threads " + mailslotThreads());
            case "cpu" -> answer("cpu " + ((com.sun.management.OperatingSystemMXBean)
                    ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() + " " + mailslotCpu());
            case "stop" -> {
                return false;
            }
            default -> answer("unknown " + line);
        }
        return true;
    }

    private static long mailslotCpu() {
        long total = 0;
        for (Thread thread : mailslotThreadObjects()) {
            total += Math.max(0, ManagementFactory.getThreadMXBean().getThreadCpuTime(thread.getId()));
        }
        return total;
    }

    private static List<String> mailslotThreads() {
        return mailslotThreadObjects().stream().map(Thread::getName).toList();
    }

    /** Threads named for mailslot or running mailslot code, other than this launcher's. */
    private static List<Thread> mailslotThreadObjects() {
        List<Thread> found = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            boolean mailslot = thread.getName().toLowerCase().contains("mailslot");
            for (StackTraceElement frame : entry.getValue()) {
                String type = frame.getClassName();
                if (type.startsWith("org.mailslot.") && !type.startsWith(MicroLauncher.class.getName())) {
                    mailslot = true;
                }
            }
            if (mailslot) {
                found.add(thread);
            }
        }
        return found;
    }

    private static void shutdown(PayaraMicroRuntime runtime) {
        try {
            runtime.shutdown();
        } catch (BootstrapException e) {
            answer("stop failed " + e);
        }
        answer("stopped");
        System.exit(0);
    }

    private static void answer(String text) {
        System.out.println(ANSWER + text);
        System.out.flush();
    }
}
