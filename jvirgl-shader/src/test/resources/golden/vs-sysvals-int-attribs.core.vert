#version 450 core
layout(location = 0) in vec4 vsin0;
layout(location = 1) in vec4 vsin1;
layout(location = 0) out vec4 vso_g0;
out float gl_ClipDistance[4];
uniform float winsys_adjust_y;
uvec4 temps[2];
uvec4 inputs[2];
uvec4 outputs[4];
uvec4 sysvals[2];
const uvec4 imms[1] = uvec4[1](uvec4(1065353216u, 1073741824u, 0u, 1056964608u));

void store_outputs() {
   gl_Position = uintBitsToFloat(outputs[0]);
   vso_g0 = uintBitsToFloat(outputs[1]);
   gl_PointSize = uintBitsToFloat(outputs[2].x);
   gl_ClipDistance[0] = uintBitsToFloat(outputs[3].x);
   gl_ClipDistance[1] = uintBitsToFloat(outputs[3].y);
   gl_ClipDistance[2] = uintBitsToFloat(outputs[3].z);
   gl_ClipDistance[3] = uintBitsToFloat(outputs[3].w);
   gl_Position.y = gl_Position.y * winsys_adjust_y;
}

void main() {
   for (int i = 0; i < 4; i++) outputs[i] = uvec4(0u);
   inputs[0] = floatBitsToUint(vsin0);
   inputs[1] = floatBitsToUint(vsin1);
   sysvals[0] = uvec4(uint(gl_VertexID), 0u, 0u, 0u);
   sysvals[1] = uvec4(uint(gl_InstanceID), 0u, 0u, 0u);
   temps[0].x = floatBitsToUint(float(int(sysvals[0].x)));
   temps[0].y = floatBitsToUint(float(int(sysvals[1].x)));
   temps[1].xyzw = floatBitsToUint(vec4(ivec4(inputs[1].xyzw)));
   temps[1].xy = floatBitsToUint((uintBitsToFloat(temps[1].xy) + uintBitsToFloat(temps[0].xy)));
   outputs[1].xyzw = temps[1].xyzw;
   outputs[0].xyzw = inputs[0].xyzw;
   outputs[2].x = imms[0].y;
   outputs[3].xyzw = inputs[0].xyzw;
   store_outputs();
}
