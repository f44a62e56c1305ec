package org.jvirgl.api;

/** Log message priorities, ordered as virglrenderer's {@code VIRGL_LOG_LEVEL_*}. */
public enum LogPriority {
    DEBUG, INFO, WARNING, ERROR
}
