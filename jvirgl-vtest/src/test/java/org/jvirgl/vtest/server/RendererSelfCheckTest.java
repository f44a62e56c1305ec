package org.jvirgl.vtest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jvirgl.api.RendererFlag;
import org.jvirgl.api.VirglException;
import org.jvirgl.vtest.session.FakeRenderer;
import org.junit.jupiter.api.Test;

class RendererSelfCheckTest {

    @Test
    void aRendererThatStartsPassesAndIsCleanedUp() throws Exception {
        java.util.List<FakeRenderer> made = new java.util.ArrayList<>();
        assertThat(RendererSelfCheck.run(FakeRenderer.factory(made::add), Set.of(RendererFlag.USE_EGL))).isNull();
        assertThat(made).singleElement().satisfies(r -> assertThat(r.cleanedUp).isTrue());
    }

    @Test
    void aRendererThatCannotStartIsReportedWithTheReason() throws Exception {
        assertThat(RendererSelfCheck.run((cookie, flags, callbacks, log) -> {
            throw new VirglException(-1, "no backend in this build can honour [USE_GLX]");
        }, Set.of(RendererFlag.USE_GLX))).isEqualTo("no backend in this build can honour [USE_GLX]");
    }
}
