package org.jvirgl.vtest.isolation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How to start a worker: this very JVM's command line (java, its options, module or class path
 * and main class, as the kernel recorded them) with other program arguments. Reusing it keeps
 * the launcher's flags (native access, LWJGL settings, JVIRGL_JAVA_OPTS) without knowing them.
 *
 * @param launcher everything before the program arguments: the java executable first
 */
record WorkerCommand(List<String> launcher) {
    /** Options that make a JVM write a class-data archive or AOT cache when it exits. */
    private static final List<String> WRITES_CACHE_AT_EXIT =
        List.of("-XX:+AutoCreateSharedArchive", "-XX:ArchiveClassesAtExit", "-XX:AOTCacheOutput");

    WorkerCommand {
        launcher = List.copyOf(launcher);
        if (launcher.isEmpty()) {
            throw new IllegalArgumentException("no java command");
        }
    }

    /**
     * The command of the current process, whose {@code main} received {@code programArgs}.
     *
     * @throws IllegalStateException when the process's recorded command line is unavailable or
     *         does not end with those arguments (then it cannot be reproduced faithfully)
     */
    static WorkerCommand ofCurrentProcess(List<String> programArgs) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        String java = info.command().orElseThrow(() -> new IllegalStateException("the JVM's command is unknown"));
        List<String> all = Arrays.asList(info.arguments().orElseThrow(
                () -> new IllegalStateException("the JVM's arguments are unknown")));
        int jvmPart = all.size() - programArgs.size();
        if (jvmPart < 1 || !all.subList(jvmPart, all.size()).equals(programArgs)) {
            throw new IllegalStateException("the JVM's recorded command line does not end with its program arguments");
        }
        List<String> launcher = new ArrayList<>(jvmPart + 1);
        launcher.add(java);
        for (String option : all.subList(0, jvmPart)) {
            // Workers read the launcher's AOT cache or class-data archive but never write one:
            // many short-lived workers would each rewrite the one file at exit.
            if (WRITES_CACHE_AT_EXIT.stream().noneMatch(option::startsWith)) {
                launcher.add(option);
            }
        }
        return new WorkerCommand(launcher);
    }

    /** The full command of a worker running {@code programArgs}. */
    List<String> with(List<String> programArgs) {
        List<String> command = new ArrayList<>(launcher.size() + programArgs.size());
        command.addAll(launcher);
        command.addAll(programArgs);
        return command;
    }
}
