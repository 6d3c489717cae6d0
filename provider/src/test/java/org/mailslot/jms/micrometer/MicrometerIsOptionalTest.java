package org.mailslot.jms.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.MailslotConnectionFactory;

/**
 * Micrometer is an optional dependency: no compiled class of the provider outside this package names a Micrometer
 * type, so an application without Micrometer never loads one. (The class-load log of the bench's FirstMessage
 * shows the same at run time.)
 */
class MicrometerIsOptionalTest {

    @Test
    void onlyTheBinderPackageRefersToMicrometer() throws Exception {
        Path classes = Path.of(MailslotConnectionFactory.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Path binderPackage = classes.resolve("org/mailslot/jms/micrometer");
        List<Path> referring;
        try (Stream<Path> files = Files.walk(classes)) {
            referring = files.filter(file -> file.toString().endsWith(".class"))
                    .filter(file -> !file.startsWith(binderPackage))
                    .filter(MicrometerIsOptionalTest::namesMicrometer)
                    .toList();
        }
        assertThat(referring).isEmpty();
        assertThat(namesMicrometer(binderPackage.resolve("MailslotMeterBinder.class"))).as("control").isTrue();
    }

    private static boolean namesMicrometer(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("io/micrometer/");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
