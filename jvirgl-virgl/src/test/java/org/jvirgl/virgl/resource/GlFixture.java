package org.jvirgl.virgl.resource;

import java.util.ArrayList;
import java.util.List;
import org.jvirgl.virgl.caps.HostCaps;
import org.jvirgl.virgl.caps.HostCapsProbe;
import org.jvirgl.virgl.format.GlFormatProbe;
import org.jvirgl.virgl.format.GlFormatTable;
import org.jvirgl.virgl.winsys.EglWinsys;
import org.jvirgl.virgl.winsys.GlHost;
import org.jvirgl.virgl.winsys.GlNames;
import org.jvirgl.virgl.winsys.GlProfile;

/** A GL share group with probed caps and formats, for resource tests (no backend around it). */
final class GlFixture implements ResourceSite, AutoCloseable {

    final GlHost host;
    final HostCaps caps;
    final GlFormatTable formats;
    final TransferScratch scratch = new TransferScratch();
    final List<String> warnings = new ArrayList<>();
    final Transfers transfers = new Transfers(scratch, warnings::add);
    final GlResourceFactory factory;

    GlFixture() {
        host = GlHost.open(EglWinsys.openSurfaceless(), GlProfile.CORE);
        caps = HostCapsProbe.probe(host.version(), host.profile());
        formats = GlFormatProbe.probe(caps);
        factory = new GlResourceFactory(caps, formats, this);
    }

    @Override
    public void ensureCurrent() {
        host.ensureCurrent();
    }

    @Override
    public Transfers transfers() {
        return transfers;
    }

    @Override
    public GlNames names() {
        return host.names();
    }

    @Override
    public void close() {
        scratch.close();
        host.close();
    }
}
