package org.jvirgl.shader.tgsi;

/** A declaration semantic ({@code TGSI_SEMANTIC_*}), spelled as Mesa 22.3 dumps it. */
public enum Semantic implements NamedValues.Named {
    POSITION, COLOR, BCOLOR, FOG, PSIZE, GENERIC, NORMAL, FACE, EDGEFLAG, PRIMID, INSTANCEID,
    VERTEXID, STENCIL, CLIPDIST, CLIPVERTEX, GRID_SIZE, BLOCK_ID, BLOCK_SIZE, THREAD_ID, TEXCOORD,
    PCOORD, VIEWPORT_INDEX, LAYER, CULLDIST, SAMPLEID, SAMPLEPOS, SAMPLEMASK, INVOCATIONID,
    VERTEXID_NOBASE, BASEVERTEX, PATCH, TESSCOORD, TESSOUTER, TESSINNER, VERTICESIN,
    HELPER_INVOCATION, BASEINSTANCE, DRAWID, WORK_DIM, SUBGROUP_SIZE, SUBGROUP_INVOCATION,
    SUBGROUP_EQ_MASK, SUBGROUP_GE_MASK, SUBGROUP_GT_MASK, SUBGROUP_LE_MASK, SUBGROUP_LT_MASK,
    CS_USER_DATA_AMD, VIEWPORT_MASK, TESS_DEFAULT_OUTER_LEVEL, TESS_DEFAULT_INNER_LEVEL;

    // virglrenderer's own copy of the string table spells PRIMID with an underscore.
    private static final NamedValues<Semantic> NAMES =
            NamedValues.of(Semantic.class).withAlias("PRIM_ID", PRIMID);

    @Override
    public String tgsiName() {
        return name();
    }

    /** Whether the dump always prints an index for this semantic, even {@code [0]}. */
    public boolean alwaysIndexed() {
        return this == GENERIC || this == TEXCOORD;
    }

    static Semantic lookup(String name) {
        return NAMES.lookup(name);
    }
}
