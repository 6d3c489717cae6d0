package org.mailslot.itests.frameworks.boot;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jms.annotation.JmsListener;
import org.springframework.stereotype.Component;

/**
 * An application as users write one: no JMS configuration of its own, one {@code @JmsListener}; the starter's
 * auto-configuration supplies the connection factory, {@code JmsTemplate} and the listener container.
 */
@SpringBootApplication
public class ShopApplication {

    /** Receives orders written to {@code \\SHOP\mailslot\orders}. */
    @Component
    public static class Orders {

        final BlockingQueue<String> received = new LinkedBlockingQueue<>();

        @JmsListener(destination = "orders")
        void onOrder(String order) {
            received.add(order);
        }
    }
}
