package org.mailslot.testing;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Seeded random inputs for property-style tests in plain JUnit: {@link #forAll} runs a check on many generated
 * inputs, and the instance methods generate them.
 *
 * <p>Every run starts from one base seed, fixed so that the build is repeatable. A failing try names the seed, the
 * try index and the input (byte arrays in hex, cut after {@value #SHOWN_BYTES} bytes); running again with the same
 * seed generates the same inputs in the same order. {@code -Dmailslot.seed=N} (decimal, or hex with {@code 0x})
 * replaces the base seed to explore other inputs.
 *
 * <p>The generators lean towards the cases where parsers break: sizes are mostly short with now and then one from
 * the whole range, and about one value in twenty is a bound of its range (empty, longest, lowest, highest).
 */
public final class RandomInputs {

    /** System property that replaces the base seed. */
    public static final String SEED_PROPERTY = "mailslot.seed";
    /** The base seed when {@link #SEED_PROPERTY} is not set: "mailslot" in ASCII. */
    public static final long DEFAULT_SEED = 0x6d61696c736c6f74L;

    /** Sizes up to this many above their minimum are "short". */
    private static final int SHORT = 40;
    /** One size in this many is drawn from the whole range rather than the short part. */
    private static final int LONG_ONE_IN = 10;
    /** One value in this many is a bound of its range. */
    private static final int EDGE_ONE_IN = 20;
    private static final int SHOWN_BYTES = 64;
    private static final int SHOWN_CHARS = 600;

    private final Random random;

    private RandomInputs(Random random) {
        this.random = random;
    }

    /**
     * Generates {@code tries} inputs from the base seed and checks each. Anything the generator or the check
     * throws fails the test with an {@link AssertionError} naming the seed, the try and the input.
     */
    public static <T> void forAll(int tries, Function<RandomInputs, T> generator, ThrowingConsumer<T> check) {
        long seed = baseSeed();
        RandomInputs inputs = new RandomInputs(new Random(seed));
        for (int attempt = 0; attempt < tries; attempt++) {
            T input;
            try {
                input = generator.apply(inputs);
            } catch (RuntimeException | AssertionError failure) {
                throw new AssertionError(where(seed, attempt, tries) + " generating the input: " + failure, failure);
            }
            try {
                check.accept(input);
            } catch (Throwable failure) {
                throw new AssertionError(where(seed, attempt, tries) + ": " + failure
                        + "\n  input: " + describe(input), failure);
            }
        }
    }

    /** @return {@link #SEED_PROPERTY} when set, otherwise {@link #DEFAULT_SEED} */
    public static long baseSeed() {
        String value = System.getProperty(SEED_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_SEED;
        }
        String text = value.strip();
        return text.startsWith("0x") || text.startsWith("0X")
                ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseLong(text);
    }

    private static String where(long seed, int attempt, int tries) {
        return "try " + attempt + " of " + tries + " failed with seed " + seed + " (0x" + Long.toHexString(seed)
                + "; run again with -D" + SEED_PROPERTY + "=" + seed + ")";
    }

    /** @return byte arrays in hex (cut short), records component by component, anything else as text (cut short) */
    public static String describe(Object value) {
        if (value instanceof byte[] bytes) {
            int shown = Math.min(bytes.length, SHOWN_BYTES);
            String hex = HexFormat.of().formatHex(bytes, 0, shown);
            return shown < bytes.length ? hex + "... (" + bytes.length + " bytes)" : hex;
        }
        if (value instanceof Record record) {
            StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('[');
            RecordComponent[] components = record.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                text.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=')
                        .append(describe(componentOf(record, components[i])));
            }
            return text.append(']').toString();
        }
        String text = String.valueOf(value);
        return text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "..." : text;
    }

    private static Object componentOf(Record record, RecordComponent component) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return "<" + unreadable + ">";
        }
    }

    /** @return true about once in {@code n} calls */
    public boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    /** @return any int: one in twenty 0, 1, -1, MIN_VALUE or MAX_VALUE, otherwise uniform */
    public int anyInt() {
        if (oneIn(EDGE_ONE_IN)) {
            return pick(List.of(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        return random.nextInt();
    }

    /** @return any byte: one in twenty 0, 1, -1, MIN_VALUE or MAX_VALUE, otherwise uniform */
    public byte anyByte() {
        if (oneIn(EDGE_ONE_IN)) {
            return pick(List.of((byte) 0, (byte) 1, (byte) -1, Byte.MIN_VALUE, Byte.MAX_VALUE));
        }
        return (byte) random.nextInt(256);
    }

    /** @return an int from {@code min} to {@code max}, both included; one in twenty is {@code min} or {@code max} */
    public int between(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
        if (oneIn(EDGE_ONE_IN)) {
            return random.nextBoolean() ? min : max;
        }
        return (int) (min + Math.floorMod(random.nextLong(), (long) max - min + 1));
    }

    /**
     * @return a size from {@code min} to {@code max}: one in twenty a bound, otherwise nine in ten from the short
     *         part ({@code min} to {@code min + 40}) and one in ten from the whole range
     */
    public int size(int min, int max) {
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("bad size range " + min + ".." + max);
        }
        if (oneIn(EDGE_ONE_IN)) {
            return random.nextBoolean() ? min : max;
        }
        int top = oneIn(LONG_ONE_IN) ? max : (int) Math.min(max, (long) min + SHORT);
        return min + random.nextInt(top - min + 1);
    }

    /** @return random bytes, {@link #size(int, int) 0 to maxSize} of them */
    public byte[] bytes(int maxSize) {
        byte[] bytes = new byte[size(0, maxSize)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = anyByte();
        }
        return bytes;
    }

    /** @return a string of {@link #size(int, int) minLength to maxLength} characters, each uniform in from..to */
    public String string(char from, char to, int minLength, int maxLength) {
        char[] chars = new char[size(minLength, maxLength)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (from + random.nextInt(to - from + 1));
        }
        return new String(chars);
    }

    /** @return {@link #size(int, int) minSize to maxSize} elements from {@code element} */
    public <T> List<T> list(int minSize, int maxSize, Supplier<T> element) {
        int size = size(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /** @return one of {@code choices}, each as likely */
    public <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** @return one constant of {@code type}, each as likely */
    public <E extends Enum<E>> E pick(Class<E> type) {
        return pick(List.of(type.getEnumConstants()));
    }

    /**
     * @return a copy of {@code original} in which {@code count} positions (uniform, possibly the same one twice) hold
     *         {@link #anyByte() any byte}; an empty array stays empty
     */
    public byte[] mutate(byte[] original, int count) {
        byte[] mutated = original.clone();
        for (int i = 0; i < count && mutated.length > 0; i++) {
            mutated[random.nextInt(mutated.length)] = anyByte();
        }
        return mutated;
    }
}
