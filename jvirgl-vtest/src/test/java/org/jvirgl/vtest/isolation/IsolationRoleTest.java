package org.jvirgl.vtest.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jvirgl.vtest.isolation.IsolationRole.Split;
import org.junit.jupiter.api.Test;

class IsolationRoleTest {

    @Test
    void withoutIsolationFlagsEveryClientIsServedInThisProcessAndTheArgumentsStayAsTheyWere() {
        Split split = IsolationRole.split(List.of("--socket-path=/x", "--stats"));
        assertThat(split.role()).isEqualTo(new IsolationRole.Shared());
        assertThat(split.serverArgs()).containsExactly("--socket-path=/x", "--stats");
    }

    @Test
    void isolateMakesASupervisorAndItsFlagsAreNotPassedOnToTheServerOptions() {
        assertThat(IsolationRole.split(List.of("--isolate")).role()).isEqualTo(new IsolationRole.Supervisor(1));
        Split split = IsolationRole.split(List.of("--stats", "--isolate-warm=3", "--isolate"));
        assertThat(split.role()).isEqualTo(new IsolationRole.Supervisor(3));
        assertThat(split.serverArgs()).containsExactly("--stats");
    }

    @Test
    void theHiddenWorkerFlagNamesTheControlSocket() {
        Split split = IsolationRole.split(List.of("--isolation-worker=/tmp/d/control", "--stats"));
        assertThat(split.role()).isEqualTo(new IsolationRole.Worker("/tmp/d/control"));
        assertThat(split.serverArgs()).containsExactly("--stats");
    }

    @Test
    void malformedIsolationFlagsAreUsageErrors() {
        assertThatThrownBy(() -> IsolationRole.split(List.of("--isolate-warm=0"))).hasMessageContaining("1..8");
        assertThatThrownBy(() -> IsolationRole.split(List.of("--isolate-warm=many"))).hasMessageContaining("1..8");
        assertThatThrownBy(() -> IsolationRole.split(List.of("--isolation-worker="))).hasMessageContaining("path");
    }
}
