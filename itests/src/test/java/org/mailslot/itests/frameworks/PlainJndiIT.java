package org.mailslot.itests.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Message;
import java.io.File;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.itests.frameworks.plain.PlainJmsApplication;

/**
 * Plain Jakarta JMS: an application that knows only {@code jakarta.jms-api} and JNDI finds our factory, queues and
 * topics through {@code new InitialContext()} and the {@code jndi.properties} on the class path.
 */
@Timeout(60)
class PlainJndiIT {

    private static final Path APPLICATION_SOURCE =
            Path.of("src/test/java/org/mailslot/itests/frameworks/plain/PlainJmsApplication.java");

    @Test
    void theApplicationCompilesWithOnlyTheJmsApiOnTheClassPath(@TempDir Path out) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String jmsApi = jarOf(Message.class);
        assertThat(jmsApi).contains("jakarta.jms-api");
        StringWriter diagnostics = new StringWriter();

        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("--release", "17", "-classpath", jmsApi, "-d", out.toString(), "-Xlint:all", "-Werror"),
                null, javac.getStandardFileManager(null, null, null)
                        .getJavaFileObjects(APPLICATION_SOURCE.toFile())).call();

        assertThat(compiled).as(diagnostics.toString()).isTrue();
        assertThat(out.resolve("org/mailslot/itests/frameworks/plain/PlainJmsApplication.class")).exists();
        assertThat(Files.readString(APPLICATION_SOURCE)).doesNotContain("org.mailslot.jms");
    }

    private static String jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    }

    @Test
    void requestAndReplyWithTheClassicApi() throws Exception {
        assertThat(new PlainJmsApplication().requestReply("order 7")).isEqualTo("accepted order 7");
    }

    @Test
    void aFactoryPresetWithAClientIdKeepsADurableSubscription() throws Exception {
        assertThat(new PlainJmsApplication().durablePrices("apples 3.10", "pears 2.80"))
                .containsExactly("clientID=inventory", "apples 3.10", "pears 2.80", null);
    }

    @Test
    void everyConfiguredNameResolves() throws Exception {
        javax.naming.InitialContext jndi = new javax.naming.InitialContext();
        for (String name : Arrays.asList("ConnectionFactory", "InventoryConnectionFactory", "orders", "replies",
                "prices")) {
            assertThat(jndi.lookup(name)).as(name).isNotNull();
        }
        assertThat(jndi.lookup("replies").toString()).isEqualTo("\\\\.\\mailslot\\plain\\replies");
    }
}
