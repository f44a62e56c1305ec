package org.jvirgl.bench.wire;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jvirgl.wire.DecodeResult;
import org.jvirgl.wire.VirglDecoder;
import org.jvirgl.wire.encode.CommandEncoder;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link VirglDecoder} throughput into a listener that does nothing but consume its arguments.
 * The primary score is the time per submitted batch; the {@code commands} and {@code draws}
 * rows divide the same time by the commands (and draws) each batch holds.
 *
 * <p>Buffers live in native memory, like the buffers the vtest server reads from its socket.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class DecoderBench {
    /** A batch of 256 draws is about 43 KB, well inside the 64K-dword buffer Mesa's virgl winsys fills. */
    static final int DRAWS = 256;
    static final int TRANSFERS = 512;

    private Arena arena;
    private MemorySegment drawBatch;
    private int drawBatchCommands;
    private MemorySegment transferBatch;
    private int transferBatchCommands;
    private VirglDecoder decoder;
    /** One decoder per captured connection, with that connection's submits in order. */
    private List<CapturedContext> captured;
    private int capturedCommands;

    record CapturedContext(String name, VirglDecoder decoder, List<MemorySegment> submits) {
    }

    /** Counts per iteration; JMH divides the iteration's time by them. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class PerCommand {
        public long commands;

        @Setup(Level.Iteration)
        public void reset() {
            commands = 0;
        }
    }

    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class PerCommandAndDraw {
        public long commands;
        public long draws;

        @Setup(Level.Iteration)
        public void reset() {
            commands = 0;
            draws = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp(Blackhole bh) {
        arena = Arena.ofShared();
        decoder = new VirglDecoder(new BlackholeListener(bh));
        drawBatch = toNative(Batches.drawOverhead(DRAWS));
        drawBatchCommands = decodeOrFail(decoder, drawBatch, "draw batch");
        transferBatch = toNative(Batches.transferPrefix(TRANSFERS));
        transferBatchCommands = decodeOrFail(decoder, transferBatch, "transfer batch");

        captured = CapturedStreams.NAMES.stream()
                .map(name -> new CapturedContext(name, new VirglDecoder(new BlackholeListener(bh)),
                        CapturedStreams.submits(name).stream().map(this::toNative).toList()))
                .toList();
        capturedCommands = 0;
        for (CapturedContext context : captured) {
            for (MemorySegment submit : context.submits()) {
                capturedCommands += decodeOrFail(context.decoder(), submit, context.name());
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    /** Per draw: SET_CONSTANT_BUFFER (3 vec4), BIND_OBJECT, SET_VERTEX_BUFFERS (2), SET_SAMPLER_VIEWS (2), DRAW_VBO. */
    @Benchmark
    public DecodeResult drawOverheadBatch(PerCommandAndDraw counters) {
        DecodeResult result = decoder.decode(drawBatch);
        counters.commands += drawBatchCommands;
        counters.draws += DRAWS;
        return result;
    }

    /** 512 TRANSFER3D then END_TRANSFERS. */
    @Benchmark
    public DecodeResult transferPrefixBatch(PerCommand counters) {
        DecodeResult result = decoder.decode(transferBatch);
        counters.commands += transferBatchCommands;
        return result;
    }

    /**
     * Every SUBMIT_CMD of the 16 captured piglit sessions (object creation, shaders, queries,
     * blits, compute; few draws): the score is the time for the whole corpus.
     */
    @Benchmark
    public void capturedCorpus(PerCommand counters, Blackhole bh) {
        for (CapturedContext context : captured) {
            for (MemorySegment submit : context.submits()) {
                bh.consume(context.decoder().decode(submit));
            }
        }
        counters.commands += capturedCommands;
    }

    private MemorySegment toNative(CommandEncoder encoder) {
        return arena.allocate(4L * encoder.sizeDwords(), 8).copyFrom(encoder.toSegment());
    }

    private MemorySegment toNative(byte[] buffer) {
        return arena.allocate(buffer.length, 8).copyFrom(MemorySegment.ofArray(buffer));
    }

    /** A refused batch would make the benchmark time the refusal path: fail the trial instead. */
    private static int decodeOrFail(VirglDecoder decoder, MemorySegment buffer, String what) {
        DecodeResult result = decoder.decode(buffer);
        if (!(result instanceof DecodeResult.Decoded decoded)) {
            throw new IllegalStateException(what + " was refused: " + result);
        }
        return decoded.commands();
    }
}
