package org.mailslot.itests.frameworks.readme;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.jms.annotation.JmsListener;
import org.springframework.stereotype.Component;

/** The README's listener: what arrives on queue {@code orders}. */
@Component
public class OrderListener {

    public final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    @JmsListener(destination = "orders")
    public void onOrder(String order) {
        received.add(order);
    }
}
