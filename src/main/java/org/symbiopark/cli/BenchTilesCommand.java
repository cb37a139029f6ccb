package org.symbiopark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.locationtech.jts.geom.Envelope;
import org.symbiopark.maps.tiles.TileId;
import org.symbiopark.maps.tiles.WebMercatorTiles;

/**
 * {@code bench tiles}: vector-tile latency of a running server under concurrent clients. Reads
 * the layer's TileJSON for the park's bounds, lists the tiles covering them at the chosen zooms,
 * then (1) asks for every tile once, spread over the clients in a seeded random order — the cold
 * pass, where the server encodes each tile — and (2) for {@code --seconds} lets every client ask
 * for seeded random tiles of that list back to back — the steady state, where a server with a
 * tile cache mostly serves from it. Prints one JSON line per phase with p50/p95/p99/max latency
 * in milliseconds, requests per second and the number of failed requests (status other than
 * 200/204). Needs nothing but the JDK's HTTP client.
 */
final class BenchTilesCommand implements CliCommand {

    private static final List<String> OPTIONS = List.of("url", "park", "layer", "zooms", "concurrency", "seconds", "seed");

    @Override
    public String name() {
        return "tiles";
    }

    @Override
    public String usage() {
        return "bench tiles --park ID [--url http://127.0.0.1:8080] [--layer parcels] [--zooms 12,13,14] "
                + "[--concurrency 16] [--seconds 20] [--seed 1]   vector-tile latency of a running server";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        BenchOptions options = BenchOptions.parse(args, OPTIONS, usage());
        if (!options.positional().isEmpty() || options.stringValue("park", null) == null) {
            throw new UsageException("--park is required and there are no positional arguments; usage: " + usage());
        }
        String url = options.stringValue("url", "http://127.0.0.1:8080").replaceAll("/+$", "");
        String park = options.stringValue("park", null);
        String layer = options.stringValue("layer", "parcels");
        int concurrency = (int) options.longValue("concurrency", 16, 1);
        double seconds = options.positiveDouble("seconds", 20);
        long seed = options.longValue("seed", 1);
        int[] zooms = zooms(options.stringValue("zooms", "12,13,14"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String base = url + "/tiles/" + segment(park) + "/" + segment(layer);
        long t0 = System.nanoTime();
        JsonNode tileJson = tileJson(http, base + ".json");
        double tileJsonMs = (System.nanoTime() - t0) / 1e6;
        JsonNode b = tileJson.path("bounds");
        Envelope bounds = new Envelope(b.get(0).asDouble(), b.get(2).asDouble(), b.get(1).asDouble(), b.get(3).asDouble());
        List<TileId> tiles = new ArrayList<>();
        for (int z : zooms) {
            tiles.addAll(WebMercatorTiles.tilesCovering(bounds, z));
        }
        err.printf(Locale.ROOT, "bench tiles: %s, %d tiles at zooms %s, %d clients; TileJSON (projects the layer) in %.0f ms%n",
                base, tiles.size(), Arrays.toString(zooms), concurrency, tileJsonMs);

        List<TileId> coldOrder = new ArrayList<>(tiles);
        Collections.shuffle(coldOrder, new Random(seed));
        AtomicInteger next = new AtomicInteger();
        Phase cold = run(concurrency, worker -> {
            int i = next.getAndIncrement();
            return i < coldOrder.size() ? coldOrder.get(i) : null;
        }, http, base, Long.MAX_VALUE);
        out.println(cold.json("cold", park, layer, zooms, tiles.size(), concurrency));

        long until = System.nanoTime() + (long) (seconds * 1e9);
        Random[] randoms = new Random[concurrency];
        for (int w = 0; w < concurrency; w++) {
            randoms[w] = new Random(seed * 1_000_003L + w);
        }
        Phase steady = run(concurrency, worker -> tiles.get(randoms[worker].nextInt(tiles.size())), http, base, until);
        out.println(steady.json("steady", park, layer, zooms, tiles.size(), concurrency));
        return cold.failed + steady.failed == 0 ? 0 : 1;
    }

    private interface TileSource {
        /** The next tile for a client, or null when the phase is over. */
        TileId next(int worker);
    }

    private record Phase(double[] latenciesMs, double wallSeconds, int failed, long bytes) {

        double percentile(double p) {
            if (latenciesMs.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * latenciesMs.length) - 1;
            return latenciesMs[Math.max(0, Math.min(latenciesMs.length - 1, rank))];
        }

        String json(String phase, String park, String layer, int[] zooms, int tiles, int concurrency) {
            return String.format(Locale.ROOT, "{\"bench\":\"tiles\",\"phase\":\"%s\",\"park\":\"%s\",\"layer\":\"%s\","
                    + "\"zooms\":%s,\"tiles\":%d,\"concurrency\":%d,\"requests\":%d,\"failed\":%d,\"seconds\":%.2f,"
                    + "\"requestsPerSecond\":%.1f,\"p50Ms\":%.2f,\"p95Ms\":%.2f,\"p99Ms\":%.2f,\"maxMs\":%.2f,\"meanKiB\":%.1f}",
                    phase, park, layer, Arrays.toString(zooms).replace(" ", ""), tiles, concurrency, latenciesMs.length,
                    failed, wallSeconds, latenciesMs.length / wallSeconds, percentile(50), percentile(95), percentile(99),
                    percentile(100), latenciesMs.length == 0 ? 0.0 : bytes / 1024.0 / latenciesMs.length);
        }
    }

    private static Phase run(int concurrency, TileSource source, HttpClient http, String base, long untilNanos) {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<double[]>> results = new ArrayList<>();
        AtomicInteger failed = new AtomicInteger();
        long[] bytes = new long[concurrency];
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            results.add(pool.submit(() -> {
                double[] latencies = new double[1024];
                int n = 0;
                while (System.nanoTime() < untilNanos) {
                    TileId tile = source.next(worker);
                    if (tile == null) {
                        break;
                    }
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/" + tile + ".mvt")).GET().build();
                    long t = System.nanoTime();
                    int status;
                    try {
                        var response = http.send(request, BodyHandlers.ofByteArray());
                        status = response.statusCode();
                        bytes[worker] += response.body().length;
                    } catch (IOException e) {
                        status = -1;
                    }
                    double ms = (System.nanoTime() - t) / 1e6;
                    if (status != 200 && status != 204) {
                        failed.incrementAndGet();
                        continue;
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = ms;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<double[]> all = new ArrayList<>();
        try {
            for (Future<double[]> f : results) {
                all.add(f.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("a client failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double[] merged = all.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        return new Phase(merged, wall, failed.get(), Arrays.stream(bytes).sum());
    }

    private static JsonNode tileJson(HttpClient http, String url) {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int[] zooms(String text) {
        try {
            int[] zooms = Arrays.stream(text.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
            for (int z : zooms) {
                if (z < 0 || z > WebMercatorTiles.MAX_ZOOM) {
                    throw new UsageException("--zooms: " + z + " is outside 0.." + WebMercatorTiles.MAX_ZOOM);
                }
            }
            return zooms;
        } catch (NumberFormatException e) {
            throw new UsageException("--zooms must be comma-separated integers, got '" + text + "'");
        }
    }

    private static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
