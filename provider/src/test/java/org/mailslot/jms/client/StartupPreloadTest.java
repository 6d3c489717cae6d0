package org.mailslot.jms.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupPreloadTest {

    @Test
    void everyListedClassExists() {
        List<String> missing = new ArrayList<>();
        for (String name : StartupPreload.classNames()) {
            try {
                Class.forName(name, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(name);
            }
        }
        assertThat(StartupPreload.classNames()).hasSizeGreaterThan(50);
        assertThat(missing).as("classes of " + StartupPreload.LIST + " that no longer exist; regenerate the list")
                .isEmpty();
    }
}
