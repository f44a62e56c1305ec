package org.jvirgl.vtest.isolation;

import java.util.ArrayList;
import java.util.List;

/**
 * Which part this process plays in process isolation, taken off the {@code jvirgl vtest}
 * arguments before the server options are parsed: the options of a supervisor and of its
 * workers are the same, and the per-client settings never depend on the role.
 */
public sealed interface IsolationRole {
    /** Opt-in flag: each client is served by its own worker process. */
    String ISOLATE_FLAG = "--isolate";
    /** With {@link #ISOLATE_FLAG}: how many workers to keep started ahead of need (default 1). */
    String WARM_FLAG = "--isolate-warm";
    /** Most warm workers one may ask for: each holds a JVM's memory while it waits. */
    int MAX_WARM = 8;
    /** Hidden flag the supervisor gives its workers: where to fetch their client from. */
    String WORKER_FLAG = "--isolation-worker";

    /** The default: every client's session runs in this process. */
    record Shared() implements IsolationRole {
    }

    /** Accepts clients and hands each to a worker process, keeping {@code warmWorkers} ready; never touches GL. */
    record Supervisor(int warmWorkers) implements IsolationRole {
    }

    /** Serves the one client the supervisor hands over through {@code controlPath}. */
    record Worker(String controlPath) implements IsolationRole {
    }

    /** The role and the arguments left for the server option parser. */
    record Split(IsolationRole role, List<String> serverArgs) {
        public Split {
            serverArgs = List.copyOf(serverArgs);
        }
    }

    /** Takes the isolation flags off {@code args}; a malformed one is an IllegalArgumentException. */
    static Split split(List<String> args) {
        boolean isolate = false;
        int warm = 1;
        String controlPath = null;
        List<String> rest = new ArrayList<>(args.size());
        for (String arg : args) {
            if (arg.equals(ISOLATE_FLAG)) {
                isolate = true;
            } else if (arg.startsWith(WARM_FLAG + "=")) {
                warm = warmCount(arg.substring(WARM_FLAG.length() + 1));
            } else if (arg.startsWith(WORKER_FLAG + "=")) {
                controlPath = arg.substring(WORKER_FLAG.length() + 1);
                if (controlPath.isEmpty()) {
                    throw new IllegalArgumentException(WORKER_FLAG + " needs a control socket path");
                }
            } else {
                rest.add(arg);
            }
        }
        IsolationRole role = controlPath != null ? new Worker(controlPath)
                : isolate ? new Supervisor(warm) : new Shared();
        return new Split(role, rest);
    }

    private static int warmCount(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_WARM) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(WARM_FLAG + " takes 1.." + MAX_WARM + ", not " + text);
    }
}
