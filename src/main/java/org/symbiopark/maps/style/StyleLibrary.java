package org.symbiopark.maps.style;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SLD files of {@code styles/} on the class path (the build copies them there), each read
 * once and kept: a map request never parses XML.
 *
 * <p>Thread-safe.
 */
public final class StyleLibrary {

    private static final String FOLDER = "styles/";

    private final ClassLoader loader;
    private final Map<String, Optional<Style>> styles = new ConcurrentHashMap<>();

    public StyleLibrary() {
        this(StyleLibrary.class.getClassLoader());
    }

    public StyleLibrary(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * The style in {@code styles/<name>.sld}, or empty if there is no such file.
     *
     * @throws SldException if the file exists but cannot be read
     */
    public Optional<Style> style(String name) {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return styles.computeIfAbsent(name, this::load);
    }

    private Optional<Style> load(String name) {
        String path = FOLDER + name + ".sld";
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(SldReader.read(in, path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
