package org.mailslot.names;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.mailslot.wire.NetbiosName;

/**
 * An LMHOSTS file ([MS-NBTE] §2.2.3), parsed: one {@code IPv4 NAME [#PRE] [#DOM:domain] [#MH] [# comment]} entry a
 * line, {@code #} comment lines, names quoted as {@code "NAME           \0x03"} for a 16-byte name with its suffix.
 * Names are case-insensitive. A line that is not an entry (a bad address, a name over 15 characters, an unclosed
 * quote, a {@code #INCLUDE} or {@code #BEGIN_ALTERNATE} block, which we do not follow) is left out and reported as
 * {@code file:line: what is wrong}. Pure: {@link #parse} reads lines, never the network; {@link #read} reads a file.
 *
 * <p>Every entry is static: the whole file is read once at start, so {@code #PRE} (Windows' "preload into the
 * cache") changes nothing here, and {@code #DOM} only marks the entry.
 */
public final class LmhostsFile {

    private final List<Entry> entries;
    private final List<String> problems;

    private LmhostsFile(List<Entry> entries, List<String> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    /**
     * One entry.
     *
     * @param name    the computer name (upper case, at most 15 characters, trailing spaces removed)
     * @param suffix  the 16th byte of a quoted 16-byte name, or -1 when the entry gave a plain computer name
     * @param address its IPv4 address
     * @param preload true when tagged {@code #PRE}
     * @param domain  the domain of a {@code #DOM:} tag, or ""
     * @param line    the line number, 1 first
     */
    public record Entry(String name, int suffix, InetAddress address, boolean preload, String domain, int line) {

        /** Validates. */
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(domain, "domain");
        }

        /** @return true when the entry names a computer ({@code NAME<00>}, or a plain name) */
        public boolean computerName() {
            return suffix < 0 || suffix == 0x00;
        }
    }

    /** @return the entries, in file order */
    public List<Entry> entries() {
        return entries;
    }

    /** @return one {@code source:line: reason} for each line left out */
    public List<String> problems() {
        return problems;
    }

    /**
     * The computer names of the file (plain names and {@code <00>} names) to their addresses; for a name listed
     * twice the first entry counts, as Windows reads the file top down.
     */
    public Map<String, InetAddress> computerNames() {
        Map<String, InetAddress> table = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry.computerName()) {
                table.putIfAbsent(entry.name(), entry.address());
            }
        }
        return table;
    }

    /**
     * Reads and parses a file (ISO-8859-1, so that any byte of a name survives).
     *
     * @throws IOException when the file cannot be read
     */
    public static LmhostsFile read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.ISO_8859_1), file.toString());
    }

    /**
     * Parses lines.
     *
     * @param lines  the file's lines
     * @param source the file name problems are reported under
     */
    public static LmhostsFile parse(List<String> lines, String source) {
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                Entry entry = entry(line, i + 1);
                if (entry != null) {
                    entries.add(entry);
                }
            } catch (IllegalArgumentException e) {
                problems.add(source + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return new LmhostsFile(entries, problems);
    }

    // One line: null for a comment, an entry, or IllegalArgumentException saying what is wrong.
    private static Entry entry(String line, int number) {
        if (line.startsWith("#")) {
            String keyword = line.toUpperCase(Locale.ROOT);
            if (keyword.startsWith("#INCLUDE") || keyword.startsWith("#BEGIN_ALTERNATE")
                    || keyword.startsWith("#END_ALTERNATE")) {
                int end = 1;
                while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                    end++;
                }
                throw new IllegalArgumentException(line.substring(0, end) + " is not followed; copy the entries of"
                        + " the included file into this one");
            }
            return null;
        }
        int[] at = {0};
        String address = token(line, at);
        InetAddress ip = ipv4(address);
        skipSpaces(line, at);
        if (at[0] >= line.length() || line.charAt(at[0]) == '#') {
            throw new IllegalArgumentException("no name after the address " + address);
        }
        String name;
        int suffix = -1;
        if (line.charAt(at[0]) == '"') {
            boolean[] escapedLast = {false};
            byte[] raw = quoted(line, at, escapedLast);
            if (raw.length > 16) {
                throw new IllegalArgumentException("quoted name has " + raw.length + " bytes; a NetBIOS name has 16");
            }
            // Windows' own sample writes "appname  \0x14" unpadded: a final \0xNN is the suffix either way.
            if (escapedLast[0] || raw.length == 16) {
                suffix = raw[raw.length - 1] & 0xFF;
                name = new String(raw, 0, raw.length - 1, StandardCharsets.ISO_8859_1).stripTrailing();
            } else {
                name = new String(raw, StandardCharsets.ISO_8859_1).stripTrailing();
            }
        } else {
            name = token(line, at);
            if (name.length() > 15) {
                throw new IllegalArgumentException("name '" + name + "' has " + name.length() + " characters; at most"
                        + " 15 (a 16-byte name is quoted, its last byte as \\0xNN)");
            }
        }
        try {
            name = NetbiosName.of(name, Math.max(suffix, 0)).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        boolean preload = false;
        String domain = "";
        while (true) {
            skipSpaces(line, at);
            if (at[0] >= line.length()) {
                break;
            }
            String word = token(line, at);
            String upper = word.toUpperCase(Locale.ROOT);
            if (upper.equals("#PRE")) {
                preload = true;
            } else if (upper.startsWith("#DOM:") && word.length() > 5) {
                domain = word.substring(5).toUpperCase(Locale.ROOT);
            } else if (word.startsWith("#") && !upper.equals("#MH")) {
                break; // the rest of the line is a comment
            } else {
                throw new IllegalArgumentException("'" + word + "' after the name is neither #PRE, #DOM:domain, #MH"
                        + " nor a # comment");
            }
        }
        return new Entry(name, suffix, ip, preload, domain, number);
    }

    private static byte[] quoted(String line, int[] at, boolean[] escapedLast) {
        int close = line.indexOf('"', at[0] + 1);
        if (close < 0) {
            throw new IllegalArgumentException("the quoted name has no closing quote");
        }
        String inner = line.substring(at[0] + 1, close);
        at[0] = close + 1;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && (inner.startsWith("\\0x", i) || inner.startsWith("\\0X", i))) {
                if (i + 5 > inner.length() || !inner.substring(i + 3, i + 5).matches("[0-9A-Fa-f]{2}")) {
                    throw new IllegalArgumentException("'" + inner.substring(i) + "' in the quoted name is not \\0xNN"
                            + " with two hex digits");
                }
                bytes.write(Integer.parseInt(inner.substring(i + 3, i + 5), 16));
                i += 4;
                escapedLast[0] = true;
            } else {
                bytes.write(c & 0xFF);
                escapedLast[0] = false;
            }
        }
        return bytes.toByteArray();
    }

    private static InetAddress ipv4(String text) {
        if (!text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address");
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '.') {
                if (Integer.parseInt(text.substring(start, i)) > 255) {
                    throw new IllegalArgumentException("'" + text + "' is not an IPv4 address");
                }
                start = i + 1;
            }
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException impossible) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address", impossible);
        }
    }

    private static String token(String line, int[] at) {
        int start = at[0];
        while (at[0] < line.length() && !Character.isWhitespace(line.charAt(at[0]))) {
            at[0]++;
        }
        return line.substring(start, at[0]);
    }

    private static void skipSpaces(String line, int[] at) {
        while (at[0] < line.length() && Character.isWhitespace(line.charAt(at[0]))) {
            at[0]++;
        }
    }
}
