package org.mailslot.bridge.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A {@code --config} properties file: the same keys as the long options ({@code tcp-port=61617},
 * {@code allow=browse,status\\*}). Values given on the command line win over the file's.
 */
public final class ConfigFile {

    private ConfigFile() {
    }

    /** The file's entries; unknown keys are left for {@link SettingsParser} to reject by name. */
    public static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new InvalidSettingException("config", "file not found: " + file);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidSettingException("config", "cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }

    /** The file's values overlaid by the command line's: the command line wins key by key. */
    public static Map<String, String> overlay(Map<String, String> fromFile, Map<String, String> fromCommandLine) {
        Map<String, String> merged = new LinkedHashMap<>(fromFile);
        merged.putAll(fromCommandLine);
        return merged;
    }
}
