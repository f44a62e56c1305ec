package org.jvirgl.virgl.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.jvirgl.virgl.state.GuestObject;
import org.jvirgl.virgl.state.Limits;

class ProgramMemoTest {
    /** A distinct object per call (a non-capturing lambda would be one shared instance). */
    private static GuestObject shader() {
        return new GuestObject() {
            @Override
            public int objectType() {
                return org.jvirgl.wire.VirglObjectType.SHADER;
            }
        };
    }

    private static GuestObject[] bound(GuestObject vs, GuestObject fs) {
        GuestObject[] b = new GuestObject[Limits.STAGES];
        b[Limits.STAGE_VERTEX] = vs;
        b[Limits.STAGE_FRAGMENT] = fs;
        return b;
    }

    @Test
    void aRememberedCombinationOfShadersFindsItsProgram() {
        var memo = new ProgramMemo();
        GuestObject vs = shader();
        GuestObject fsA = shader();
        GuestObject fsB = shader();
        var a = new LinkedProgram(1);
        var b = new LinkedProgram(2);
        memo.remember(bound(vs, fsA), false, a);
        memo.remember(bound(vs, fsB), false, b);

        assertThat(memo.find(bound(vs, fsA), false)).isSameAs(a);
        assertThat(memo.find(bound(vs, fsB), false)).isSameAs(b);
    }

    @Test
    void anotherShaderInAnyStageOrPointRasterizationMisses() {
        var memo = new ProgramMemo();
        GuestObject vs = shader();
        GuestObject fs = shader();
        memo.remember(bound(vs, fs), false, new LinkedProgram(1));

        assertThat(memo.find(bound(vs, shader()), false)).isNull();
        assertThat(memo.find(bound(shader(), fs), false)).isNull();
        assertThat(memo.find(bound(vs, fs), true)).isNull();
        GuestObject[] withGs = bound(vs, fs);
        withGs[Limits.STAGE_GEOMETRY] = shader();
        assertThat(memo.find(withGs, false)).isNull();
    }

    @Test
    void clearingForgetsEverything() {
        var memo = new ProgramMemo();
        GuestObject[] b = bound(shader(), shader());
        memo.remember(b, false, new LinkedProgram(1));
        memo.clear();
        assertThat(memo.find(b, false)).isNull();
    }

    @Test
    void theOldestEntryMakesRoomWhenFull() {
        var memo = new ProgramMemo();
        GuestObject vs = shader();
        GuestObject[] fs = new GuestObject[9];
        for (int i = 0; i < fs.length; i++) {
            fs[i] = shader();
            memo.remember(bound(vs, fs[i]), false, new LinkedProgram(i + 1));
        }
        assertThat(memo.find(bound(vs, fs[0]), false)).isNull();
        for (int i = 1; i < fs.length; i++) {
            assertThat(memo.find(bound(vs, fs[i]), false)).as("entry %d", i).isNotNull();
        }
    }
}
