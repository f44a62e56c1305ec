#version 320 es
#extension GL_EXT_texture_query_lod : require
#extension GL_EXT_texture_shadow_lod : require
precision highp float;
precision highp int;
precision highp sampler2D;
precision highp sampler2DArray;
precision highp sampler2DArrayShadow;
precision highp sampler2DShadow;
uniform sampler2D fssamp0;
uniform int fstexlevels0;
uniform sampler2DShadow fssamp1;
uniform vec4 fsshadswz1[2];
uniform sampler2DArray fssamp2;
uniform int fstexlevels2;
uniform sampler2DArrayShadow fssamp3;
uniform vec4 fsshadswz3[2];
uniform sampler2D fssamp4;
uniform sampler2DShadow fssamp5;
uniform vec4 fsshadswz5[2];
uniform sampler2DArrayShadow fssamp6;
uniform vec4 fsshadswz6[2];
layout(location = 0) in vec4 vso_g0;
layout(location = 0) out vec4 fsout_c0;
uniform float winsys_adjust_y;
uvec4 temps[5];
uvec4 inputs[3];
uvec4 outputs[1];
const uvec4 imms[1] = uvec4[1](uvec4(1u, 4294967295u, 0u, 2u));

void store_outputs() {
   fsout_c0 = uintBitsToFloat(outputs[0]);
}

void main() {
   for (int i = 0; i < 1; i++) outputs[i] = uvec4(0u);
   inputs[0] = floatBitsToUint(vso_g0);
   inputs[1] = floatBitsToUint((gl_FragCoord - vec4(0.5, 0.5, 0.0, 0.0)));
   inputs[2] = floatBitsToUint(vec4(gl_PointCoord.x, mix(1.0 - gl_PointCoord.y, gl_PointCoord.y, clamp(winsys_adjust_y, 0.0, 1.0)), 0.0, 1.0));
   temps[0].xyzw = floatBitsToUint((texture(fssamp0, vec2((uintBitsToFloat(inputs[0].x)), 0.5))).xyzw);
   temps[1].xyzw = floatBitsToUint((texture(fssamp0, vec2(((uintBitsToFloat(inputs[0].xyzw)).x / (uintBitsToFloat(inputs[0].xyzw)).w), 0.5))).xyzw);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[1].xyzw)));
   temps[1].xyzw = floatBitsToUint((textureOffset(fssamp0, vec2((uintBitsToFloat(inputs[0].x)), 0.5), ivec2(int(1), 0), uintBitsToFloat(inputs[0].w))).xyzw);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[1].xyzw)));
   temps[1].xyzw = floatBitsToUint((textureLod(fssamp0, vec2((uintBitsToFloat(inputs[0].x)), 0.5), uintBitsToFloat(inputs[0].w))).xyzw);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[1].xyzw)));
   temps[1].xyzw = floatBitsToUint((textureGrad(fssamp0, vec2((uintBitsToFloat(inputs[0].x)), 0.5), vec2(uintBitsToFloat(inputs[1].x), 0.0), vec2(uintBitsToFloat(inputs[1].y), 0.0))).xyzw);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[1].xyzw)));
   temps[2].x = floatBitsToUint(((vec4(texture(fssamp1, vec3((uintBitsToFloat(inputs[0].xyz)).x, 0.5, (uintBitsToFloat(inputs[0].xyz)).z))) * fsshadswz1[0] + fsshadswz1[1])).x);
   temps[2].y = floatBitsToUint(((vec4(texture(fssamp1, vec3(((uintBitsToFloat(inputs[0].xyzw)).x / (uintBitsToFloat(inputs[0].xyzw)).w), 0.5, ((uintBitsToFloat(inputs[0].xyzw)).z / (uintBitsToFloat(inputs[0].xyzw)).w)))) * fsshadswz1[0] + fsshadswz1[1])).y);
   temps[2].z = floatBitsToUint(((vec4(texture(fssamp3, vec4((uintBitsToFloat(inputs[0].xyz)).x, 0.5, (uintBitsToFloat(inputs[0].xyz)).y, (uintBitsToFloat(inputs[0].xyz)).z))) * fsshadswz3[0] + fsshadswz3[1])).z);
   temps[1].xyzw = floatBitsToUint((textureOffset(fssamp2, vec3((uintBitsToFloat(inputs[0].xy)).x, 0.5, (uintBitsToFloat(inputs[0].xy)).y), ivec2(int(-1), 0))).xyzw);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[1].xyzw)));
   temps[1].xyzw = floatBitsToUint((texture(fssamp4, ((uintBitsToFloat(inputs[1].xy)) / vec2(textureSize(fssamp4, 0))))).xyzw);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[1].xyzw)));
   temps[1].xyzw = floatBitsToUint((texture(fssamp4, ((uintBitsToFloat(inputs[1].xyzw)).xy / (uintBitsToFloat(inputs[1].xyzw)).w / vec2(textureSize(fssamp4, 0))))).xyzw);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[1].xyzw)));
   temps[2].w = floatBitsToUint(((vec4(texture(fssamp5, vec3((uintBitsToFloat(inputs[1].xyz)).xy / vec2(textureSize(fssamp5, 0)), (uintBitsToFloat(inputs[1].xyz)).z))) * fsshadswz5[0] + fsshadswz5[1])).w);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[2].xyzw)));
   temps[3].xyzw = uvec4(ivec4(uintBitsToFloat(inputs[1].xyzw)));
   temps[1].xyzw = floatBitsToUint((texelFetch(fssamp0, ivec2(int(temps[3].x), 0), int(temps[3].w))).xyzw);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[1].xyzw)));
   temps[1].xyzw = floatBitsToUint((texelFetch(fssamp2, ivec3((ivec2(temps[3].xy)).x, 0, (ivec2(temps[3].xy)).y), int(temps[3].w))).xyzw);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[1].xyzw)));
   temps[1].xyzw = floatBitsToUint((texelFetch(fssamp4, ivec2(temps[3].xy), 0)).xyzw);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[1].xyzw)));
   temps[4].xyzw = uvec4((ivec4(textureSize(fssamp0, int(imms[0].z)).x, 0, 0, fstexlevels0)).xyzw);
   temps[3].xyzw = uvec4((ivec4(textureSize(fssamp2, int(imms[0].z)).xz, 0, fstexlevels2)).xyzw);
   temps[4].xyzw = floatBitsToUint((uintBitsToFloat(temps[4].xyzw) + uintBitsToFloat(temps[3].xyzw)));
   temps[3].xy = uvec2((ivec4(textureSize(fssamp4, 0), 0, 0)).xy);
   temps[4].xy = (temps[4].xy + temps[3].xy);
   temps[4].xyzw = floatBitsToUint(vec4(ivec4(temps[4].xyzw)));
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[4].xyzw)));
   temps[1].xy = floatBitsToUint((vec4(textureQueryLOD(fssamp0, vec2((uintBitsToFloat(inputs[0].x)), 0.5)), 0.0, 0.0)).xy);
   temps[0].xy = floatBitsToUint((uintBitsToFloat(temps[0].xy) + uintBitsToFloat(temps[1].xy)));
   temps[1].x = floatBitsToUint(((vec4(textureOffset(fssamp6, uintBitsToFloat(inputs[0].xyzw), ivec2(1, -1))) * fsshadswz6[0] + fsshadswz6[1])).x);
   temps[0].x = floatBitsToUint((uintBitsToFloat(temps[0].x) + uintBitsToFloat(temps[1].x)));
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(inputs[2].xyzw)));
   outputs[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(inputs[1].xyzw)));
   store_outputs();
}
