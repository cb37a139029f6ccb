package org.symbiopark.maps.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SLD files in styles/ load into QGIS (issue 4: "the same files must load in QGIS"), checked
 * with QGIS itself: Debian's python3-qgis loads each file as "Load Style…" does, and QGIS must
 * build a rule-based renderer with our rules, in our order, with their titles, and label where
 * the style has a TextSymbolizer.
 */
class StylesLoadInQgisTest {

    /** Debian's interpreter: python3-qgis is built for it, not for another python3 on the PATH. */
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;

    @Test
    void everyStyleLoadsWithOurRulesInOrder() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("styles"))) {
            files = s.filter(p -> p.toString().endsWith(".sld")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);

        JsonNode qgis = loadInQgis(files);

        for (Path file : files) {
            JsonNode loaded = qgis.path(file.getFileName().toString());
            assertThat(loaded.path("loaded").asBoolean()).as(file + ": " + loaded).isTrue();
            assertThat(loaded.path("renderer").asText()).as(file.toString()).isEqualTo("RuleRenderer");
            Style ours;
            try (InputStream in = Files.newInputStream(file)) {
                ours = SldReader.read(in, file.toString());
            }
            // QGIS makes a renderer rule of each rule that draws; labels go to its labelling instead
            List<Rule> drawing = ours.rules().stream().filter(r -> r.symbolizers().stream()
                    .anyMatch(s -> !(s instanceof Symbolizer.TextSymbolizer))).toList();
            boolean labels = ours.rules().stream().flatMap(r -> r.symbolizers().stream())
                    .anyMatch(s -> s instanceof Symbolizer.TextSymbolizer);
            List<String> qgisTitles = new ArrayList<>();
            loaded.path("rules").forEach(r -> qgisTitles.add(r.path("label").asText()));
            assertThat(qgisTitles).as(file + ": QGIS's rules").containsExactlyElementsOf(
                    drawing.stream().map(Rule::title).toList());
            for (int i = 0; i < drawing.size(); i++) {
                if (drawing.get(i).filter() != null && !drawing.get(i).elseFilter()) {
                    assertThat(loaded.path("rules").get(i).path("filter").asText())
                            .as(file + ": QGIS's filter of " + drawing.get(i).title()).isNotBlank();
                }
            }
            assertThat(loaded.path("labels").asBoolean()).as(file + ": labels").isEqualTo(labels);
        }
    }

    private JsonNode loadInQgis(List<Path> files) throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            fail("no " + PYTHON + ": install Debian's python3-qgis (scripts/install-test-deps.sh does)");
        }
        Path script = dir.resolve("load_sld.py");
        try (InputStream in = getClass().getResourceAsStream("/qgis/load_sld.py")) {
            Files.copy(in, script);
        }
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("QGIS did not finish loading the styles in 120 s");
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            fail("QGIS could not be run (install Debian's python3-qgis; scripts/install-test-deps.sh does): "
                    + stderr.lines().reduce((a, b) -> b).orElse(""));
        }
        return new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
    }
}
