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
    /** Hidden flag the supervisor gives its workers: where to fetch their client from. */
    String WORKER_FLAG = "--isolation-worker";

    /** The default: every client's session runs in this process. */
    record Shared() implements IsolationRole {
    }

    /** Accepts clients and hands each to a worker process; never touches GL. */
    record Supervisor() implements IsolationRole {
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

    /** Takes the isolation flags off {@code args}; a malformed worker flag is an IllegalArgumentException. */
    static Split split(List<String> args) {
        IsolationRole role = new Shared();
        List<String> rest = new ArrayList<>(args.size());
        for (String arg : args) {
            if (arg.equals(ISOLATE_FLAG)) {
                role = role instanceof Worker ? role : new Supervisor();
            } else if (arg.startsWith(WORKER_FLAG + "=")) {
                String path = arg.substring(WORKER_FLAG.length() + 1);
                if (path.isEmpty()) {
                    throw new IllegalArgumentException(WORKER_FLAG + " needs a control socket path");
                }
                role = new Worker(path);
            } else {
                rest.add(arg);
            }
        }
        return new Split(role, rest);
    }
}
