#version 450 core
uniform sampler2D fssamp0;
uniform sampler2DShadow fssamp1;
uniform vec4 fsshadswz1[2];
uniform sampler2DArray fssamp2;
uniform samplerCube fssamp3;
uniform usampler3D fssamp4;
uniform isampler2DMS fssamp5;
layout(location = 0) in vec4 vso_g0;
layout(location = 1) centroid in vec4 vso_g1;
layout(location = 0) out vec4 fsout_c0;
uvec4 temps[6];
uvec4 inputs[2];
uvec4 outputs[1];
const uvec4 imms[2] = uvec4[2](uvec4(1u, 4294967295u, 0u, 2u), uvec4(1056964608u, 1073741824u, 0u, 1065353216u));

void store_outputs() {
   fsout_c0 = uintBitsToFloat(outputs[0]);
}

void main() {
   for (int i = 0; i < 1; i++) outputs[i] = uvec4(0u);
   inputs[0] = floatBitsToUint(vso_g0);
   inputs[1] = floatBitsToUint(vso_g1);
   temps[0].xyzw = floatBitsToUint((texture(fssamp0, uintBitsToFloat(inputs[0].xy))).xyzw);
   temps[1].xyzw = floatBitsToUint((texture(fssamp0, uintBitsToFloat(inputs[0].xy), uintBitsToFloat(inputs[0].w))).xyzw);
   temps[1].xyzw = floatBitsToUint((textureLodOffset(fssamp0, uintBitsToFloat(inputs[0].xy), uintBitsToFloat(inputs[0].w), ivec2(1, -1))).xyzw);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[1].xyzw)));
   temps[2].xy = inputs[1].xy;
   temps[2].z = imms[1].x;
   temps[3].x = floatBitsToUint(((vec4(texture(fssamp1, uintBitsToFloat(temps[2].xyz))) * fsshadswz1[0] + fsshadswz1[1])).x);
   temps[4].xyzw = floatBitsToUint((texture(fssamp2, uintBitsToFloat(inputs[1].xyz))).xyzw);
   temps[5].xyzw = floatBitsToUint((texture(fssamp3, uintBitsToFloat(inputs[0].xyz))).xyzw);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[4].xyzw)));
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[5].xyzw)));
   temps[0].x = floatBitsToUint((uintBitsToFloat(temps[0].x) + uintBitsToFloat(temps[3].x)));
   temps[1].xyzw = uvec4(ivec4(uintBitsToFloat(inputs[0].xyzw)));
   temps[4].xyzw = (texelFetch(fssamp4, ivec3(temps[1].xyz), int(temps[1].w))).xyzw;
   temps[4].xyzw = floatBitsToUint(vec4(temps[4].xyzw));
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[4].xyzw)));
   temps[5].xy = uvec2((ivec4(textureSize(fssamp0, int(imms[0].z)), 0, 0)).xy);
   temps[5].xy = floatBitsToUint(vec2(ivec2(temps[5].xy)));
   temps[0].xy = floatBitsToUint((uintBitsToFloat(temps[0].xy) + uintBitsToFloat(temps[5].xy)));
   temps[1].w = imms[0].w;
   temps[4].xyzw = uvec4((texelFetch(fssamp5, ivec2(temps[1].xy), int(temps[1].w))).xyzw);
   temps[4].xyzw = floatBitsToUint(vec4(ivec4(temps[4].xyzw)));
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[4].xyzw)));
   temps[1].xyzw = floatBitsToUint((textureGrad(fssamp0, uintBitsToFloat(inputs[0].xy), uintBitsToFloat(inputs[1].xy), uintBitsToFloat(inputs[1].yx))).xyzw);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[1].xyzw)));
   temps[1].xyzw = floatBitsToUint((textureGather(fssamp0, uintBitsToFloat(inputs[0].xy), 2)).xyzw);
   temps[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[1].xyzw)));
   temps[1].xy = floatBitsToUint((vec4(textureQueryLod(fssamp0, uintBitsToFloat(inputs[0].xy)), 0.0, 0.0)).xy);
   outputs[0].xyzw = floatBitsToUint((uintBitsToFloat(temps[0].xyzw) + uintBitsToFloat(temps[1].xyxy)));
   store_outputs();
}
