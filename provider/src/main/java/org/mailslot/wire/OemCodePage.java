package org.mailslot.wire;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Locale;

/**
 * The OEM code page that mailslot transaction names travel in. Windows writes {@code \MAILSLOT\<path>} in the OEM
 * (DOS) code page of the writing computer, one byte per character: bytes 0x00..0x7F are ASCII in every OEM code page,
 * bytes 0x80..0xFF are accented letters and symbols that differ between code pages. 0x82 is 'é' in 437 and 850 alike,
 * 0x9B is '¢' in 437 and 'ø' in 850. The receiver has no way to tell which code page a writer used, so every host
 * that shares non-ASCII slot names must be set to the same one.
 *
 * <p>{@link #DEFAULT} is 850, Windows' OEM code page for Western European locales (MS-DOS Latin 1); 437, that of US
 * English, is the other common one. Both are built in, so they work on any Java runtime; any other single-byte,
 * ASCII-compatible code page comes from the runtime's charsets ({@code IBMnnn}, {@code Cpnnn}). On a Linux JDK 17 the
 * common DOS pages (852, 857, 858, 866, ...) are in {@code java.base}, others (860, 861, 863, 865, 869) only in the
 * {@code jdk.charsets} module, which a trimmed runtime may lack.
 *
 * <p>Immutable and thread-safe.
 */
public final class OemCodePage {

    /** What {@link #parse} accepts, for error messages and documentation. */
    public static final String SUPPORTED = "437, 850 or another single-byte, ASCII-compatible code page Java knows"
            + " as IBMnnn or Cpnnn (852, 858, 866, ...)";

    /** Code page 850, MS-DOS Latin 1: Windows' OEM code page for Western European locales. */
    public static final OemCodePage CP850 = new OemCodePage(850, "IBM850", ""
            + "\u00C7\u00FC\u00E9\u00E2\u00E4\u00E0\u00E5\u00E7\u00EA\u00EB\u00E8\u00EF\u00EE\u00EC\u00C4\u00C5"
            + "\u00C9\u00E6\u00C6\u00F4\u00F6\u00F2\u00FB\u00F9\u00FF\u00D6\u00DC\u00F8\u00A3\u00D8\u00D7\u0192"
            + "\u00E1\u00ED\u00F3\u00FA\u00F1\u00D1\u00AA\u00BA\u00BF\u00AE\u00AC\u00BD\u00BC\u00A1\u00AB\u00BB"
            + "\u2591\u2592\u2593\u2502\u2524\u00C1\u00C2\u00C0\u00A9\u2563\u2551\u2557\u255D\u00A2\u00A5\u2510"
            + "\u2514\u2534\u252C\u251C\u2500\u253C\u00E3\u00C3\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u00A4"
            + "\u00F0\u00D0\u00CA\u00CB\u00C8\u0131\u00CD\u00CE\u00CF\u2518\u250C\u2588\u2584\u00A6\u00CC\u2580"
            + "\u00D3\u00DF\u00D4\u00D2\u00F5\u00D5\u00B5\u00FE\u00DE\u00DA\u00DB\u00D9\u00FD\u00DD\u00AF\u00B4"
            + "\u00AD\u00B1\u2017\u00BE\u00B6\u00A7\u00F7\u00B8\u00B0\u00A8\u00B7\u00B9\u00B3\u00B2\u25A0\u00A0");

    /** Code page 437, the original IBM PC set: Windows' OEM code page for US English. */
    public static final OemCodePage CP437 = new OemCodePage(437, "IBM437", ""
            + "\u00C7\u00FC\u00E9\u00E2\u00E4\u00E0\u00E5\u00E7\u00EA\u00EB\u00E8\u00EF\u00EE\u00EC\u00C4\u00C5"
            + "\u00C9\u00E6\u00C6\u00F4\u00F6\u00F2\u00FB\u00F9\u00FF\u00D6\u00DC\u00A2\u00A3\u00A5\u20A7\u0192"
            + "\u00E1\u00ED\u00F3\u00FA\u00F1\u00D1\u00AA\u00BA\u00BF\u2310\u00AC\u00BD\u00BC\u00A1\u00AB\u00BB"
            + "\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510"
            + "\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567"
            + "\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580"
            + "\u03B1\u00DF\u0393\u03C0\u03A3\u03C3\u00B5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229"
            + "\u2261\u00B1\u2265\u2264\u2320\u2321\u00F7\u2248\u00B0\u2219\u00B7\u221A\u207F\u00B2\u25A0\u00A0");

    /** The code page of names when none is configured: 850. */
    public static final OemCodePage DEFAULT = CP850;

    /** What {@link #charOf} answers for a byte the code page leaves unassigned. */
    static final char UNMAPPED = '\uFFFF';

    private static final int HIGH_BYTES = 128;

    private final int number;
    private final String charsetName;
    /** The character of byte 0x80 + i, or {@link #UNMAPPED}. */
    private final char[] highChars;
    /** The characters of the high bytes, sorted, for binary search when encoding... */
    private final char[] encodable;
    /** ...and the byte of each. */
    private final byte[] encodedBytes;

    private OemCodePage(int number, String charsetName, String highChars) {
        this(number, charsetName, highChars.toCharArray());
    }

    private OemCodePage(int number, String charsetName, char[] highChars) {
        if (highChars.length != HIGH_BYTES) {
            throw new IllegalArgumentException("a code page table has 128 characters, not " + highChars.length);
        }
        this.number = number;
        this.charsetName = charsetName;
        this.highChars = highChars;
        char[] sorted = new char[HIGH_BYTES];
        byte[] bytes = new byte[HIGH_BYTES];
        long[] pairs = new long[HIGH_BYTES];
        int count = 0;
        for (int i = 0; i < HIGH_BYTES; i++) {
            if (highChars[i] != UNMAPPED) {
                pairs[count++] = ((long) highChars[i] << 8) | (0x80 + i);
            }
        }
        Arrays.sort(pairs, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            char c = (char) (pairs[i] >>> 8);
            // Two bytes for one character: the lower byte is what gets written.
            if (distinct == 0 || sorted[distinct - 1] != c) {
                sorted[distinct] = c;
                bytes[distinct] = (byte) pairs[i];
                distinct++;
            }
        }
        this.encodable = Arrays.copyOf(sorted, distinct);
        this.encodedBytes = Arrays.copyOf(bytes, distinct);
    }

    /**
     * The code page a setting names.
     *
     * @param value {@code 850}, {@code IBM850} or {@code Cp850} (any case, surrounding blanks ignored)
     * @return the code page
     * @throws IllegalArgumentException for a value that names no code page Java knows, or one that is not single-byte
     *                                  and ASCII-compatible; the message quotes the value and says what is supported
     */
    public static OemCodePage parse(String value) {
        String text = value == null ? "" : value.trim();
        String upper = text.toUpperCase(Locale.ROOT);
        String digits = upper.startsWith("IBM") ? upper.substring(3)
                : upper.startsWith("CP") ? upper.substring(2) : upper;
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw unsupported(text, "it is not a code page number (850) or IBMnnn/Cpnnn");
        }
        int number = Integer.parseInt(digits);
        if (number == 850) {
            return CP850;
        }
        if (number == 437) {
            return CP437;
        }
        return fromJdk(text, number);
    }

    private static OemCodePage fromJdk(String text, int number) {
        Charset charset = null;
        // The JDK spells some with leading zeros (IBM037, IBM00858) and some with an x- prefix (x-IBM737).
        String padded = String.format(Locale.ROOT, "%03d", number);
        for (String candidate : new String[] {"IBM" + padded, "x-IBM" + padded, "Cp" + padded}) {
            try {
                charset = Charset.forName(candidate);
                break;
            } catch (IllegalArgumentException unknownName) {
                // the next spelling
            }
        }
        if (charset == null || !charset.canEncode()) {
            throw unsupported(text, "this Java runtime knows no such charset (a runtime without the jdk.charsets"
                    + " module lacks some, such as 860 and 865)");
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (charset.newEncoder().maxBytesPerChar() != 1.0f) {
            throw unsupported(text, charset.name() + " is not a single-byte code page");
        }
        for (int b = 0; b < HIGH_BYTES; b++) {
            if (decodeOne(decoder, b) != b) {
                throw unsupported(text, charset.name() + " is not ASCII-compatible: byte 0x" + Hex.byteText(b)
                        + " is not '" + (char) b + "'");
            }
        }
        char[] high = new char[HIGH_BYTES];
        CharsetEncoder encoder = charset.newEncoder();
        for (int i = 0; i < HIGH_BYTES; i++) {
            char c = decodeOne(decoder, 0x80 + i);
            // A byte that decodes to ASCII would let two byte strings name one slot; such a byte stays unassigned.
            high[i] = c == UNMAPPED || c < 0x80 || !encoder.canEncode(c) ? UNMAPPED : c;
        }
        return new OemCodePage(number, charset.name(), high);
    }

    private static char decodeOne(CharsetDecoder decoder, int b) {
        try {
            CharBuffer decoded = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
            return decoded.length() == 1 && decoded.charAt(0) != '\uFFFD' ? decoded.charAt(0) : UNMAPPED;
        } catch (CharacterCodingException unassigned) {
            return UNMAPPED;
        }
    }

    private static IllegalArgumentException unsupported(String value, String why) {
        return new IllegalArgumentException("code page '" + value + "' cannot be used: " + why + "; supported: "
                + SUPPORTED);
    }

    /** {@return the code page's number, e.g. 850} */
    public int number() {
        return number;
    }

    /** {@return the name of the Java charset with the same table, e.g. IBM850} */
    public String charsetName() {
        return charsetName;
    }

    /** {@return whether {@code c} has a byte in this code page (every ASCII character has)} */
    public boolean canEncode(char c) {
        return c < 0x80 || Arrays.binarySearch(encodable, c) >= 0;
    }

    /**
     * @param text a name
     * @return the index of the first character of {@code text} this code page has no byte for, or -1 when it can
     *         write all of them
     */
    public int indexOfUnencodable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && Arrays.binarySearch(encodable, c) < 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What is wrong with writing {@code text} in this code page, or null when nothing is.
     *
     * @param text a name
     * @return a sentence fragment naming the first character without a byte, its position and this code page
     */
    public String problemWith(CharSequence text) {
        int index = indexOfUnencodable(text);
        if (index < 0) {
            return null;
        }
        char c = text.charAt(index);
        return "the character '" + c + "' (U+" + Hex.shortText(c) + ") at position " + index + " has no byte in OEM"
                + " code page " + number + ", which mailslot names travel in";
    }

    /** @return the byte of {@code c}; the caller checked it {@link #canEncode} */
    byte byteOf(char c) {
        if (c < 0x80) {
            return (byte) c;
        }
        return encodedBytes[Arrays.binarySearch(encodable, c)];
    }

    /** @return the character of byte {@code b} (0..255), or {@link #UNMAPPED} */
    char charOf(int b) {
        return b < 0x80 ? (char) b : highChars[b - 0x80];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OemCodePage that && number == that.number;
    }

    @Override
    public int hashCode() {
        return number;
    }

    /** {@return e.g. {@code OEM code page 850}} */
    @Override
    public String toString() {
        return "OEM code page " + number;
    }
}
