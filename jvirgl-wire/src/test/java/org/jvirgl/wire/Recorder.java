package org.jvirgl.wire;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test listener (a dynamic proxy over {@link VirglCommandListener}) that records every
 * command call with its arguments. Flyweight views are snapshotted (payload dwords) and
 * {@link IntSeq}s copied, because the decoder reuses them. Can be told to fail a method
 * through the {@link CommandErrors} channel or to throw.
 */
final class Recorder {
    /** One recorded listener call; {@code args} hold snapshots for views. */
    record Call(String method, List<Object> args) {
        static Call of(String method, Object... args) {
            return new Call(method, Arrays.asList(args));
        }
    }

    /** A snapshot of a flyweight view: its class and payload dwords. */
    record ViewSnapshot(String view, List<Integer> payload) {
    }

    final List<Call> calls = new ArrayList<>();
    final List<DecodeResult> batchResults = new ArrayList<>();
    private final Map<String, ContextError> failures = new HashMap<>();
    private String throwOn;
    private CommandErrors errors;
    final VirglCommandListener listener;

    Recorder() {
        listener = (VirglCommandListener) Proxy.newProxyInstance(Recorder.class.getClassLoader(),
                new Class<?>[] {VirglCommandListener.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "beginBatch" -> errors = (CommandErrors) args[0];
                        case "endBatch" -> batchResults.add((DecodeResult) args[0]);
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "toString" -> {
                            return "Recorder";
                        }
                        default -> record(method.getName(), args == null ? new Object[0] : args);
                    }
                    return null;
                });
    }

    private void record(String method, Object[] args) {
        List<Object> snapshot = new ArrayList<>();
        for (Object a : args) {
            snapshot.add(snapshot(a));
        }
        calls.add(new Call(method, snapshot));
        if (method.equals(throwOn)) {
            throw new IllegalStateException("executor bug in " + method);
        }
        ContextError failure = failures.get(method);
        if (failure != null) {
            errors.fail(failure, method + " failed on purpose");
        }
    }

    static Object snapshot(Object a) {
        if (a instanceof IntSeq seq) {
            return Arrays.stream(seq.toArray()).boxed().toList();
        }
        if (a instanceof CommandView view) {
            List<Integer> payload = new ArrayList<>();
            for (int i = 1; i <= view.length(); i++) {
                payload.add(view.dword(i));
            }
            return new ViewSnapshot(view.getClass().getSimpleName(), payload);
        }
        return a;
    }

    Recorder failOn(String method, ContextError error) {
        failures.put(method, error);
        return this;
    }

    Recorder throwOn(String method) {
        throwOn = method;
        return this;
    }

    List<String> methods() {
        return calls.stream().map(Call::method).toList();
    }

    Call only() {
        if (calls.size() != 1) {
            throw new AssertionError("expected one call, got " + calls);
        }
        return calls.get(0);
    }
}
