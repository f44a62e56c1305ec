package org.jvirgl.shader.tgsi;

/**
 * Every TGSI opcode Mesa 22.3 can print, as data: operand counts, how the result maps to
 * channels, the value types the opcode reads and writes, and which trailing operands
 * (texture target, texture offsets, memory qualifiers, branch label) its text may carry.
 * Mixed-type opcodes (LDEXP, UCMP, TXF...) carry their dominant type; emitters special-case them.
 */
public enum Opcode implements NamedValues.Named {
    ARL(1, 1, Channels.COMP, ValueType.INT, ValueType.FLOAT, Tail.NONE),
    MOV(1, 1, Channels.COMP, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    RCP(1, 1, Channels.REPL, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    RSQ(1, 1, Channels.REPL, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    MUL(1, 2, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    ADD(1, 2, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    DP3(1, 2, Channels.REPL, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    DP4(1, 2, Channels.REPL, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    MIN(1, 2, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    MAX(1, 2, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    SLT(1, 2, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    SGE(1, 2, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    MAD(1, 3, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    LRP(1, 3, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    FMA(1, 3, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    SQRT(1, 1, Channels.REPL, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    LDEXP(1, 2, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    F2U64(1, 1, Channels.COMP, ValueType.UINT64, ValueType.FLOAT, Tail.NONE),
    F2I64(1, 1, Channels.COMP, ValueType.INT64, ValueType.FLOAT, Tail.NONE),
    FRC(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    FLR(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    ROUND(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    EX2(1, 1, Channels.REPL, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    LG2(1, 1, Channels.REPL, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    POW(1, 2, Channels.REPL, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    DEMOTE(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    U2I64(1, 1, Channels.COMP, ValueType.INT64, ValueType.UINT, Tail.NONE),
    CLOCK(1, 0, Channels.OTHR, ValueType.UINT, ValueType.UNTYPED, Tail.NONE),
    I2I64(1, 1, Channels.COMP, ValueType.INT64, ValueType.INT, Tail.NONE),
    READ_HELPER(1, 0, Channels.COMP, ValueType.UINT, ValueType.UNTYPED, Tail.NONE),
    COS(1, 1, Channels.REPL, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    DDX(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    DDY(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    KILL(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    PK2H(1, 1, Channels.REPL, ValueType.UINT, ValueType.FLOAT, Tail.NONE),
    D2U64(1, 1, Channels.COMP, ValueType.UINT64, ValueType.DOUBLE, Tail.NONE),
    SEQ(1, 2, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    D2I64(1, 1, Channels.COMP, ValueType.INT64, ValueType.DOUBLE, Tail.NONE),
    SGT(1, 2, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    SIN(1, 1, Channels.REPL, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    SLE(1, 2, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    SNE(1, 2, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    U642D(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.UINT64, Tail.NONE),
    TEX(1, 2, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_TARGET),
    TXD(1, 4, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_TARGET),
    TXP(1, 2, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_TARGET),
    UP2H(1, 1, Channels.CHAN, ValueType.FLOAT, ValueType.UINT, Tail.NONE),
    UP2US(1, 1, Channels.CHAN, ValueType.FLOAT, ValueType.UINT, Tail.NONE),
    UP4B(1, 1, Channels.CHAN, ValueType.FLOAT, ValueType.UINT, Tail.NONE),
    UP4UB(1, 1, Channels.CHAN, ValueType.FLOAT, ValueType.UINT, Tail.NONE),
    U642F(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.UINT64, Tail.NONE),
    I642F(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.INT64, Tail.NONE),
    ARR(1, 1, Channels.COMP, ValueType.INT, ValueType.FLOAT, Tail.NONE),
    I642D(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.INT64, Tail.NONE),
    CAL(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.LABEL),
    RET(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    SSG(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    CMP(1, 3, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    TXB(1, 2, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_TARGET),
    FBFETCH(1, 1, Channels.OTHR, ValueType.FLOAT, ValueType.UNTYPED, Tail.NONE),
    DIV(1, 2, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    DP2(1, 2, Channels.REPL, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    TXL(1, 2, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_TARGET),
    BRK(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    IF(0, 1, Channels.NONE, ValueType.UNTYPED, ValueType.FLOAT, Tail.LABEL),
    UIF(0, 1, Channels.NONE, ValueType.UNTYPED, ValueType.UINT, Tail.LABEL),
    READ_INVOC(1, 2, Channels.COMP, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    ELSE(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.LABEL),
    ENDIF(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    DDX_FINE(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    DDY_FINE(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    CEIL(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    I2F(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.INT, Tail.NONE),
    NOT(1, 1, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    TRUNC(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    SHL(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    BALLOT(1, 1, Channels.OTHR, ValueType.UINT, ValueType.UINT, Tail.NONE),
    AND(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    OR(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    MOD(1, 2, Channels.COMP, ValueType.INT, ValueType.INT, Tail.NONE),
    XOR(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    TXF(1, 2, Channels.OTHR, ValueType.UNTYPED, ValueType.INT, Tail.TEX_TARGET),
    TXQ(1, 2, Channels.OTHR, ValueType.INT, ValueType.INT, Tail.TEX_TARGET),
    CONT(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    EMIT(0, 1, Channels.NONE, ValueType.UNTYPED, ValueType.UINT, Tail.NONE),
    ENDPRIM(0, 1, Channels.NONE, ValueType.UNTYPED, ValueType.UINT, Tail.NONE),
    BGNLOOP(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.LABEL),
    BGNSUB(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    ENDLOOP(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.LABEL),
    ENDSUB(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    ATOMFADD(1, 3, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.MEMORY),
    TXQS(1, 1, Channels.OTHR, ValueType.UINT, ValueType.UNTYPED, Tail.TEX_TARGET),
    RESQ(1, 1, Channels.OTHR, ValueType.INT, ValueType.UNTYPED, Tail.MEMORY),
    READ_FIRST(1, 1, Channels.COMP, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    NOP(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    FSEQ(1, 2, Channels.COMP, ValueType.UINT, ValueType.FLOAT, Tail.NONE),
    FSGE(1, 2, Channels.COMP, ValueType.UINT, ValueType.FLOAT, Tail.NONE),
    FSLT(1, 2, Channels.COMP, ValueType.UINT, ValueType.FLOAT, Tail.NONE),
    FSNE(1, 2, Channels.COMP, ValueType.UINT, ValueType.FLOAT, Tail.NONE),
    MEMBAR(0, 1, Channels.OTHR, ValueType.UNTYPED, ValueType.UINT, Tail.NONE),
    KILL_IF(0, 1, Channels.NONE, ValueType.UNTYPED, ValueType.FLOAT, Tail.NONE),
    END(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    DFMA(1, 3, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    F2I(1, 1, Channels.COMP, ValueType.INT, ValueType.FLOAT, Tail.NONE),
    IDIV(1, 2, Channels.COMP, ValueType.INT, ValueType.INT, Tail.NONE),
    IMAX(1, 2, Channels.COMP, ValueType.INT, ValueType.INT, Tail.NONE),
    IMIN(1, 2, Channels.COMP, ValueType.INT, ValueType.INT, Tail.NONE),
    INEG(1, 1, Channels.COMP, ValueType.INT, ValueType.INT, Tail.NONE),
    ISGE(1, 2, Channels.COMP, ValueType.UINT, ValueType.INT, Tail.NONE),
    ISHR(1, 2, Channels.COMP, ValueType.INT, ValueType.INT, Tail.NONE),
    ISLT(1, 2, Channels.COMP, ValueType.UINT, ValueType.INT, Tail.NONE),
    F2U(1, 1, Channels.COMP, ValueType.UINT, ValueType.FLOAT, Tail.NONE),
    U2F(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.UINT, Tail.NONE),
    UADD(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    UDIV(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    UMAD(1, 3, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    UMAX(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    UMIN(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    UMOD(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    UMUL(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    USEQ(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    USGE(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    USHR(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    USLT(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    USNE(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    SWITCH(0, 1, Channels.NONE, ValueType.UNTYPED, ValueType.UINT, Tail.NONE),
    CASE(0, 1, Channels.NONE, ValueType.UNTYPED, ValueType.UINT, Tail.NONE),
    DEFAULT(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    ENDSWITCH(0, 0, Channels.NONE, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    SAMPLE(1, 3, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_OFFSETS),
    SAMPLE_I(1, 2, Channels.OTHR, ValueType.UNTYPED, ValueType.INT, Tail.TEX_OFFSETS),
    SAMPLE_I_MS(1, 3, Channels.OTHR, ValueType.UNTYPED, ValueType.INT, Tail.TEX_OFFSETS),
    SAMPLE_B(1, 4, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_OFFSETS),
    SAMPLE_C(1, 4, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_OFFSETS),
    SAMPLE_C_LZ(1, 4, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_OFFSETS),
    SAMPLE_D(1, 5, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_OFFSETS),
    SAMPLE_L(1, 4, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_OFFSETS),
    GATHER4(1, 3, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_OFFSETS),
    SVIEWINFO(1, 2, Channels.OTHR, ValueType.INT, ValueType.INT, Tail.NONE),
    SAMPLE_POS(1, 2, Channels.OTHR, ValueType.FLOAT, ValueType.UNTYPED, Tail.NONE),
    SAMPLE_INFO(1, 2, Channels.OTHR, ValueType.UINT, ValueType.UNTYPED, Tail.NONE),
    UARL(1, 1, Channels.COMP, ValueType.INT, ValueType.INT, Tail.NONE),
    UCMP(1, 3, Channels.COMP, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    IABS(1, 1, Channels.COMP, ValueType.INT, ValueType.INT, Tail.NONE),
    ISSG(1, 1, Channels.COMP, ValueType.INT, ValueType.INT, Tail.NONE),
    LOAD(1, 2, Channels.OTHR, ValueType.UNTYPED, ValueType.UNTYPED, Tail.MEMORY),
    STORE(1, 2, Channels.OTHR, ValueType.UNTYPED, ValueType.UNTYPED, Tail.MEMORY),
    IMG2HND(1, 1, Channels.OTHR, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    SAMP2HND(1, 1, Channels.OTHR, ValueType.UNTYPED, ValueType.UNTYPED, Tail.TEX_TARGET),
    BARRIER(0, 0, Channels.OTHR, ValueType.UNTYPED, ValueType.UNTYPED, Tail.NONE),
    ATOMUADD(1, 3, Channels.OTHR, ValueType.UINT, ValueType.UINT, Tail.MEMORY),
    ATOMXCHG(1, 3, Channels.OTHR, ValueType.UINT, ValueType.UINT, Tail.MEMORY),
    ATOMCAS(1, 4, Channels.OTHR, ValueType.UINT, ValueType.UINT, Tail.MEMORY),
    ATOMAND(1, 3, Channels.OTHR, ValueType.UINT, ValueType.UINT, Tail.MEMORY),
    ATOMOR(1, 3, Channels.OTHR, ValueType.UINT, ValueType.UINT, Tail.MEMORY),
    ATOMXOR(1, 3, Channels.OTHR, ValueType.UINT, ValueType.UINT, Tail.MEMORY),
    ATOMUMIN(1, 3, Channels.OTHR, ValueType.UINT, ValueType.UINT, Tail.MEMORY),
    ATOMUMAX(1, 3, Channels.OTHR, ValueType.UINT, ValueType.UINT, Tail.MEMORY),
    ATOMIMIN(1, 3, Channels.OTHR, ValueType.INT, ValueType.INT, Tail.MEMORY),
    ATOMIMAX(1, 3, Channels.OTHR, ValueType.INT, ValueType.INT, Tail.MEMORY),
    TEX2(1, 3, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_TARGET),
    TXB2(1, 3, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_TARGET),
    TXL2(1, 3, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_TARGET),
    IMUL_HI(1, 2, Channels.COMP, ValueType.INT, ValueType.INT, Tail.NONE),
    UMUL_HI(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    TG4(1, 3, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_TARGET),
    LODQ(1, 2, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_TARGET),
    IBFE(1, 3, Channels.COMP, ValueType.INT, ValueType.INT, Tail.NONE),
    UBFE(1, 3, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    BFI(1, 4, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    BREV(1, 1, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    POPC(1, 1, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    LSB(1, 1, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    IMSB(1, 1, Channels.COMP, ValueType.UINT, ValueType.INT, Tail.NONE),
    UMSB(1, 1, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    INTERP_CENTROID(1, 1, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    INTERP_SAMPLE(1, 2, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    INTERP_OFFSET(1, 2, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.NONE),
    F2D(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.FLOAT, Tail.NONE),
    D2F(1, 1, Channels.COMP, ValueType.FLOAT, ValueType.DOUBLE, Tail.NONE),
    DABS(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DNEG(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DADD(1, 2, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DMUL(1, 2, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DMAX(1, 2, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DMIN(1, 2, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DSLT(1, 2, Channels.COMP, ValueType.UINT, ValueType.DOUBLE, Tail.NONE),
    DSGE(1, 2, Channels.COMP, ValueType.UINT, ValueType.DOUBLE, Tail.NONE),
    DSEQ(1, 2, Channels.COMP, ValueType.UINT, ValueType.DOUBLE, Tail.NONE),
    DSNE(1, 2, Channels.COMP, ValueType.UINT, ValueType.DOUBLE, Tail.NONE),
    DRCP(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DSQRT(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DMAD(1, 3, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DFRAC(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DLDEXP(1, 2, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    D2I(1, 1, Channels.COMP, ValueType.INT, ValueType.DOUBLE, Tail.NONE),
    I2D(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.INT, Tail.NONE),
    D2U(1, 1, Channels.COMP, ValueType.UINT, ValueType.DOUBLE, Tail.NONE),
    U2D(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.UINT, Tail.NONE),
    DRSQ(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DTRUNC(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DCEIL(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DFLR(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DROUND(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    DSSG(1, 1, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    VOTE_ANY(1, 1, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    VOTE_ALL(1, 1, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    VOTE_EQ(1, 1, Channels.COMP, ValueType.UINT, ValueType.UINT, Tail.NONE),
    U64SEQ(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT64, Tail.NONE),
    U64SNE(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT64, Tail.NONE),
    I64SLT(1, 2, Channels.COMP, ValueType.UINT, ValueType.INT64, Tail.NONE),
    U64SLT(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT64, Tail.NONE),
    I64SGE(1, 2, Channels.COMP, ValueType.UINT, ValueType.INT64, Tail.NONE),
    U64SGE(1, 2, Channels.COMP, ValueType.UINT, ValueType.UINT64, Tail.NONE),
    I64MIN(1, 2, Channels.COMP, ValueType.INT64, ValueType.INT64, Tail.NONE),
    U64MIN(1, 2, Channels.COMP, ValueType.UINT64, ValueType.UINT64, Tail.NONE),
    I64MAX(1, 2, Channels.COMP, ValueType.INT64, ValueType.INT64, Tail.NONE),
    U64MAX(1, 2, Channels.COMP, ValueType.UINT64, ValueType.UINT64, Tail.NONE),
    I64ABS(1, 1, Channels.COMP, ValueType.INT64, ValueType.INT64, Tail.NONE),
    I64SSG(1, 1, Channels.COMP, ValueType.INT64, ValueType.INT64, Tail.NONE),
    I64NEG(1, 1, Channels.COMP, ValueType.INT64, ValueType.INT64, Tail.NONE),
    U64ADD(1, 2, Channels.COMP, ValueType.UINT64, ValueType.UINT64, Tail.NONE),
    U64MUL(1, 2, Channels.COMP, ValueType.UINT64, ValueType.UINT64, Tail.NONE),
    U64SHL(1, 2, Channels.COMP, ValueType.UINT64, ValueType.UINT64, Tail.NONE),
    I64SHR(1, 2, Channels.COMP, ValueType.INT64, ValueType.INT64, Tail.NONE),
    U64SHR(1, 2, Channels.COMP, ValueType.UINT64, ValueType.UINT64, Tail.NONE),
    I64DIV(1, 2, Channels.COMP, ValueType.INT64, ValueType.INT64, Tail.NONE),
    U64DIV(1, 2, Channels.COMP, ValueType.UINT64, ValueType.UINT64, Tail.NONE),
    I64MOD(1, 2, Channels.COMP, ValueType.INT64, ValueType.INT64, Tail.NONE),
    U64MOD(1, 2, Channels.COMP, ValueType.UINT64, ValueType.UINT64, Tail.NONE),
    DDIV(1, 2, Channels.COMP, ValueType.DOUBLE, ValueType.DOUBLE, Tail.NONE),
    LOD(1, 3, Channels.OTHR, ValueType.FLOAT, ValueType.FLOAT, Tail.TEX_OFFSETS),
    ATOMINC_WRAP(1, 3, Channels.OTHR, ValueType.UINT, ValueType.UINT, Tail.MEMORY),
    ATOMDEC_WRAP(1, 3, Channels.OTHR, ValueType.UINT, ValueType.UINT, Tail.MEMORY);

    /** How the result is distributed over the destination channels. */
    public enum Channels {
        /** Each destination channel is computed from the same channel of the sources. */
        COMP,
        /** One scalar result replicated into every written channel. */
        REPL,
        /** Channel-specific results (pack/unpack). */
        CHAN,
        /** Anything else: texture, memory and special operations. */
        OTHR,
        /** No destination. */
        NONE
    }

    /** Bits for the optional trailing parts of an instruction's text. */
    private static final class Tail {
        static final int NONE = 0;
        static final int TEX_TARGET = 1;
        static final int LABEL = 2;
        static final int TEX_OFFSETS = 4;
        static final int MEMORY = 8;
    }

    private static final NamedValues<Opcode> NAMES = NamedValues.of(Opcode.class);

    private final int numDst;
    private final int numSrc;
    private final Channels channels;
    private final ValueType dstType;
    private final ValueType srcType;
    private final int flags;

    Opcode(int numDst, int numSrc, Channels channels, ValueType dstType, ValueType srcType, int flags) {
        this.numDst = numDst;
        this.numSrc = numSrc;
        this.channels = channels;
        this.dstType = dstType;
        this.srcType = srcType;
        this.flags = flags;
    }

    public String mnemonic() {
        return name();
    }

    @Override
    public String tgsiName() {
        return name();
    }

    public int numDst() {
        return numDst;
    }

    public int numSrc() {
        return numSrc;
    }

    public Channels channels() {
        return channels;
    }

    public ValueType dstType() {
        return dstType;
    }

    public ValueType srcType() {
        return srcType;
    }

    /** Whether a texture target name follows the register operands ({@code TEX ..., 2D}). */
    public boolean takesTextureTarget() {
        return (flags & Tail.TEX_TARGET) != 0;
    }

    /** Whether texture offset operands may follow (every texture opcode, SAMPLE_* included). */
    public boolean takesTextureOffsets() {
        return (flags & (Tail.TEX_TARGET | Tail.TEX_OFFSETS)) != 0;
    }

    /** Whether memory qualifiers, a resource target and a format may follow. */
    public boolean takesMemoryQualifiers() {
        return (flags & Tail.MEMORY) != 0;
    }

    /** Whether a {@code :label} may follow (flow control). */
    public boolean takesLabel() {
        return (flags & Tail.LABEL) != 0;
    }

    /** The opcode spelled {@code mnemonic} (any case), or null. */
    public static Opcode lookup(String mnemonic) {
        return NAMES.lookup(mnemonic);
    }

}
