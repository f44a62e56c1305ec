#version 320 es
#extension GL_EXT_tessellation_point_size : require
precision highp float;
precision highp int;
layout(triangles, fractional_odd_spacing, ccw) in;
layout(location = 0) in vec4 tco_g0[];
patch in vec4 tco_p0;
layout(location = 0) out vec4 teo_g0;
uniform float winsys_adjust_y;
uvec4 temps[2];
uvec4 inputs[4];
uvec4 outputs[2];
uvec4 sysvals[1];

void store_outputs() {
   gl_Position = uintBitsToFloat(outputs[0]);
   teo_g0 = uintBitsToFloat(outputs[1]);
   gl_Position.y = gl_Position.y * winsys_adjust_y;
}

void main() {
   for (int i = 0; i < 2; i++) outputs[i] = uvec4(0u);
   inputs[2] = floatBitsToUint(tco_p0);
   inputs[3] = floatBitsToUint(vec4(gl_TessLevelOuter[0], gl_TessLevelOuter[1], gl_TessLevelOuter[2], gl_TessLevelOuter[3]));
   sysvals[0] = floatBitsToUint(vec4(gl_TessCoord, 0.0));
   temps[0].xyzw = floatBitsToUint((gl_in[0].gl_Position.xyzw * uintBitsToFloat(sysvals[0].xxxx)));
   temps[0].xyzw = floatBitsToUint((gl_in[1].gl_Position.xyzw * uintBitsToFloat(sysvals[0].yyyy) + uintBitsToFloat(temps[0].xyzw)));
   outputs[0].xyzw = floatBitsToUint((gl_in[2].gl_Position.xyzw * uintBitsToFloat(sysvals[0].zzzz) + uintBitsToFloat(temps[0].xyzw)));
   temps[1].xyzw = floatBitsToUint((tco_g0[0].xyzw * uintBitsToFloat(inputs[2].xxxx)));
   outputs[1].xyzw = floatBitsToUint((uintBitsToFloat(temps[1].xyzw) + uintBitsToFloat(inputs[3].xxxx)));
   store_outputs();
}
