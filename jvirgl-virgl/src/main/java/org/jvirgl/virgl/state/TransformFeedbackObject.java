package org.jvirgl.virgl.state;

import java.util.Arrays;

/**
 * One host transform feedback object, made for one combination of stream-output targets. As in
 * vrend, binding the same targets again reuses it, so capture paused by an unbind (Gallium's
 * pause, and what Mesa sends when the application switches feedback objects) resumes where it
 * stopped; Mesa makes new target objects for every fresh glBeginTransformFeedback.
 */
public final class TransformFeedbackObject {
    private final int[] handles;
    private final StreamoutTarget[] targets;
    /** The GL transform feedback object name. */
    public final int glObject;
    /** Where capture stands between draws. */
    public State state = State.NEED_BEGIN;

    /** Transform feedback progress (Gallium starts capture at the first draw after binding). */
    public enum State { NEED_BEGIN, ACTIVE, PAUSED }

    /** {@code targets[i]} is the object under {@code handles[i]}, null where the slot is unbound. */
    public TransformFeedbackObject(int[] handles, StreamoutTarget[] targets, int glObject) {
        this.handles = handles.clone();
        this.targets = targets.clone();
        this.glObject = glObject;
    }

    /** Whether this object was made for exactly these target objects (identity: a re-created handle is new). */
    public boolean capturesTo(StreamoutTarget[] others) {
        if (others.length != targets.length) {
            return false;
        }
        for (int i = 0; i < targets.length; i++) {
            if (others[i] != targets[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether every target is still the live object under its handle (false once one was destroyed). */
    public boolean targetsLive(ObjectTable objects) {
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] != null && objects.lookup(handles[i], targets[i].objectType()) != targets[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether capture was begun (GL needs an end before the object can be deleted cleanly). */
    public boolean begun() {
        return state != State.NEED_BEGIN;
    }

    @Override
    public String toString() {
        return "TransformFeedbackObject[" + glObject + ", " + state + ", " + Arrays.toString(targets) + "]";
    }
}
