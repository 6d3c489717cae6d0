package org.mailslot.itests.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.Context;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.itests.frameworks.readme.OrderListener;
import org.mailslot.itests.frameworks.readme.OrdersConfig;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jms.core.JmsTemplate;

/**
 * The README's "Use it from Spring" and "Use it through JNDI" examples, run as printed; and a check that every code
 * block the README marks with {@code <!-- from: FILE -->} still appears, line for line, in that file.
 */
@Timeout(60)
class ReadmeExamplesIT {

    private static final Path README = Path.of("../README.md");
    private static final Pattern MARKED_BLOCK =
            Pattern.compile("<!-- from: (\\S+) -->\\s*\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void theSpringExampleRuns() throws Exception {
        // README begin
        String order;
        try (var spring = new AnnotationConfigApplicationContext(OrdersConfig.class, OrderListener.class)) {
            spring.getBean(JmsTemplate.class).convertAndSend("orders", "order 42");
            order = spring.getBean(OrderListener.class).received.poll(5, TimeUnit.SECONDS);
        }
        // README end
        assertThat(order).isEqualTo("order 42");
    }

    @Test
    void theJndiExampleRuns() throws Exception {
        // README begin
        Context jndi = new InitialContext();   // reads jndi.properties from the class path
        ConnectionFactory factory = (ConnectionFactory) jndi.lookup("ConnectionFactory");
        Queue orders = (Queue) jndi.lookup("orders");
        String order;
        try (JMSContext context = factory.createContext()) {
            context.createProducer().send(orders, "order 42");
            order = context.createConsumer(orders).receiveBody(String.class, 5_000);
        }
        // README end
        assertThat(order).isEqualTo("order 42");
    }

    @Test
    void theReadmeShowsTheCodeThatRuns() throws IOException {
        Matcher blocks = MARKED_BLOCK.matcher(Files.readString(README));
        List<String> checked = new ArrayList<>();
        while (blocks.find()) {
            List<String> block = significantLines(blocks.group(2));
            List<String> source = significantLines(Files.readString(Path.of("..").resolve(blocks.group(1))));
            assertThat(Collections.indexOfSubList(source, block))
                    .as("README block marked from %s appears in it line for line:%n%s", blocks.group(1),
                            blocks.group(2))
                    .isNotNegative();
            checked.add(blocks.group(1));
        }
        assertThat(checked).as("the README's checked examples").hasSizeGreaterThanOrEqualTo(4);
    }

    /** Lines without indentation, leaving out blank lines and comment-only lines of properties files. */
    private static List<String> significantLines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
